import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BiDi, connectBiDi } from './bidi';
import { type PrefValue, QUIET_PREFS, userJs } from './prefs';

export interface LaunchOptions {
  executablePath: string;
  headless?: boolean;
  /** Added to QUIET_PREFS (and winning over them). */
  prefs?: Record<string, PrefValue>;
  startTimeoutMs?: number;
  /**
   * `--remote-allow-system-access`: without it BiDi refuses to navigate a tab to a
   * moz-extension:// page (only http, https, file, blob and about:blank are allowed).
   */
  allowSystemAccess?: boolean;
}

export interface Firefox {
  bidi: BiDi;
  /** Ends the session, stops the whole process group and deletes the profile. Never throws. */
  close(): Promise<void>;
}

const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;

/**
 * Firefox with a fresh temporary profile and a WebDriver BiDi session, driven directly: no
 * geckodriver, no patched build. Port 0 lets Firefox pick a free port, which it prints.
 */
export async function launchFirefox(options: LaunchOptions): Promise<Firefox> {
  const { executablePath, headless = true, startTimeoutMs = 30_000 } = options;
  const profile = mkdtempSync(join(tmpdir(), 'spoiler-shield-firefox-'));
  writeFileSync(join(profile, 'user.js'), userJs({ ...QUIET_PREFS, ...options.prefs }));
  const args = ['--no-remote', '--profile', profile, '--remote-debugging-port', '0'];
  if (options.allowSystemAccess) args.push('--remote-allow-system-access');
  // Its own process group, so stopping it also stops the content processes it started.
  const child = spawn(executablePath, headless ? ['--headless', ...args] : args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  // Safety net if the test process ends without close(): a detached group outlives it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const stop = () =>
    stopProcess(child).finally(() => {
      process.off('exit', killOnExit);
      removeProfile(profile);
    });
  let bidi: BiDi | undefined;
  try {
    const url = await waitForListening(child, startTimeoutMs);
    bidi = await connectBiDi(`${url}/session`, 10_000);
    // Firefox answers session.new once its first window is up, slow on a busy machine.
    await bidi.send('session.new', { capabilities: {} }, startTimeoutMs);
  } catch (error) {
    await bidi?.close();
    await stop();
    throw error;
  }
  const session = bidi;
  return {
    bidi: session,
    async close() {
      await session.send('session.end', {}, 3_000).catch(() => undefined);
      await session.close();
      await stop();
    },
  };
}

/** Resolves with the BiDi address Firefox prints on stderr; keeps its last lines for errors. */
function waitForListening(child: ChildProcess, timeoutMs: number): Promise<string> {
  const tail: string[] = [];
  const stderr = child.stderr;
  if (!stderr) return Promise.reject(new Error('Firefox was started without a stderr pipe'));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`${why}. Last stderr lines:\n${tail.join('\n') || '(none)'}`));
    };
    const timer = setTimeout(
      () => fail(`Firefox did not announce WebDriver BiDi within ${timeoutMs} ms`),
      timeoutMs,
    );
    let partial = '';
    stderr.setEncoding('utf8');
    stderr.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        tail.push(line);
        if (tail.length > 20) tail.shift();
        const match = LISTENING.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      }
    });
    child.once('error', (error) => fail(`Firefox could not be started: ${error.message}`));
    child.once('exit', (code, signal) =>
      fail(`Firefox exited before WebDriver BiDi was ready (code ${code}, signal ${signal})`),
    );
  });
}

/** SIGTERM to the group, SIGKILL if it is still there after 5 s. */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<boolean>((resolve) => child.once('exit', () => resolve(true)));
  signalGroup(child, 'SIGTERM');
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000));
  if (!(await Promise.race([exited, timeout]))) {
    signalGroup(child, 'SIGKILL');
    await exited;
  }
}

/** Signals Firefox and the content processes it started (its own process group). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 200 });
}
