import { findBrowser } from './find-browser';

/** Where Chromium or Chrome usually lives; SPOILER_SHIELD_CHROMIUM overrides. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_CHROMIUM =
  'No Chromium or Chrome found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set SPOILER_SHIELD_CHROMIUM=/path/to/chrome.';

/** The browser to drive, or null when there is none on this machine. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return findBrowser(['SPOILER_SHIELD_CHROMIUM', 'CHROME_PATH'], CANDIDATES, env);
}
