import type { BiDi } from './bidi';

export interface ConsoleError {
  source: string;
  line: number;
  column: number;
  message: string;
  /** Where it was thrown, when Firefox kept the stack. */
  stack: string;
}

/**
 * Firefox's own note, not a throw of ours, when an extension API answer (a storage read)
 * arrives for a page that was left or went into the back-forward cache meanwhile
 * (ExtensionCommon wrapPromise). Any content script that reads storage at document_start
 * gets it when a tab navigates away within the read, which in Firefox takes 100-550 ms.
 */
export function isLifecycleNotice(error: ConsoleError): boolean {
  return /^Promise (resolved|rejected) (after context unloaded|while context is inactive)/.test(
    error.message,
  );
}

/**
 * Uncaught errors and unhandled rejections Firefox's console service has recorded, in any
 * process, from scripts whose address starts with `sourcePrefix` (an extension's
 * moz-extension://<uuid>/ covers its popup, background page and content scripts).
 *
 * Why not `log.entryAdded`: Firefox 153 reports it, and runs preload scripts, for web pages
 * only; from a moz-extension:// page neither arrives (tried: a throw in the popup was silent).
 * The console service in the parent process hears them all, but reading it needs the chrome
 * window, so Firefox must run with `--remote-allow-system-access`.
 */
export async function consoleErrors(bidi: BiDi, sourcePrefix: string): Promise<ConsoleError[]> {
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chrome = tree.contexts?.[0]?.context;
  if (!chrome) throw new Error('consoleErrors: no chrome window (is system access allowed?)');
  const answer = await bidi.send('script.callFunction', {
    // Chrome-privileged code, so a string: Services and Ci exist only in the browser window.
    functionDeclaration: `(prefix) => JSON.stringify(
      Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && m.logLevel === Ci.nsIConsoleMessage.error)
        .filter((m) => m.sourceName.startsWith(prefix))
        .map((m) => ({
          source: m.sourceName,
          line: m.lineNumber,
          column: m.columnNumber,
          message: m.errorMessage,
          stack: m.stack ? String(m.stack) : '',
        }))
    )`,
    arguments: [{ type: 'string', value: sourcePrefix }],
    target: { context: chrome },
    awaitPromise: false,
  });
  if (answer.type === 'exception') {
    throw new Error(`consoleErrors: ${answer.exceptionDetails?.text ?? 'an exception'}`);
  }
  return JSON.parse(answer.result.value);
}
