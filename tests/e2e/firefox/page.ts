import type { BiDi, Json } from './bidi';

/** One tab (a BiDi top-level browsing context) and the few things the tests do in it. */
export interface Tab {
  context: string;
  /** Loads `url` and waits for the load event. */
  goto(url: string, timeoutMs?: number): Promise<void>;
  /**
   * Runs `fn` in the page (its own source text, so it may use nothing from this file) with
   * JSON arguments, and returns its JSON result. A throw in the page rejects here.
   */
  evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Polls `fn` until it returns true; the error names `what` was awaited. */
  waitFor<A extends unknown[]>(
    what: string,
    fn: (...args: A) => boolean,
    args: A,
    timeoutMs?: number,
  ): Promise<void>;
  /** A real mouse click (trusted events) at the centre of the first match of `selector`. */
  click(selector: string): Promise<void>;
  close(): Promise<void>;
}

export async function openTab(bidi: BiDi): Promise<Tab> {
  const { context } = await bidi.send('browsingContext.create', { type: 'tab' });
  const call = async (fn: string, args: unknown[]): Promise<Json> => {
    const answer = await bidi.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify((await (${fn})(...JSON.parse(json))) ?? null)`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (answer.type === 'exception') {
      throw new Error(`in the page: ${answer.exceptionDetails?.text ?? 'an exception'}`);
    }
    return JSON.parse(answer.result.value);
  };
  const tab: Tab = {
    context,
    async goto(url, timeoutMs = 20_000) {
      try {
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' }, timeoutMs);
      } catch (error) {
        throw new Error(`loading ${url}: ${(error as Error).message}`);
      }
    },
    evaluate: (fn, ...args) => call(fn.toString(), args),
    async waitFor(what, fn, args, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!(await call(fn.toString(), args))) {
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async click(selector) {
      // Scrolled to the middle first: a pointer origin outside the viewport is an error.
      const found = await bidi.send('script.callFunction', {
        functionDeclaration: `(selector) => {
          const el = document.querySelector(selector);
          el?.scrollIntoView({ block: 'center' });
          return el;
        }`,
        arguments: [{ type: 'string', value: selector }],
        target: { context },
        awaitPromise: false,
      });
      const element = found.result;
      if (element?.type !== 'node') throw new Error(`click: nothing matches ${selector}`);
      await bidi.send('input.performActions', {
        context,
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              {
                type: 'pointerMove',
                x: 0,
                y: 0,
                origin: { type: 'element', element: { sharedId: element.sharedId } },
              },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
    },
    close: () => bidi.send('browsingContext.close', { context }).then(() => undefined),
  };
  return tab;
}
