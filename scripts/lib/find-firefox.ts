import { findBrowser } from './find-browser';

/** Where Firefox (ESR or release) usually lives; SPOILER_SHIELD_FIREFOX overrides. */
const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const HOW_TO_GET_FIREFOX =
  'No Firefox found. Install one (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set SPOILER_SHIELD_FIREFOX=/path/to/firefox.';

/** The Firefox to drive, or null when there is none on this machine. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  return findBrowser(['SPOILER_SHIELD_FIREFOX'], CANDIDATES, env);
}
