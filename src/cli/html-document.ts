import { Window as HappyWindow } from 'happy-dom';
import type { Decision, Matcher, PageScan } from '../core/match/types';
import { Shield } from '../dom/shield';

export interface HtmlCheck {
  /** Every passage the shield judged, with its decision (the hidden ones are the report). */
  passages: { text: string; decision: Decision }[];
  /** The document as the content script leaves it: the page plus the shield's marks and labels. */
  html: string;
}

/**
 * Runs the content script's own DOM code (src/dom/shield.ts) over an HTML file in
 * happy-dom, so `check --html-out` shows what a browser user would see hidden.
 * The matcher is wrapped only to record each decision the shield asked for.
 */
export async function checkHtmlDocument(html: string, matcher: Matcher): Promise<HtmlCheck> {
  const window = new HappyWindow({
    url: 'https://check.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = window.document;
  document.write(html);
  const decisions = new Map<string, Decision>();
  const recording: Matcher = {
    evaluateDocument: (text) => matcher.evaluateDocument(text),
    newPage(): PageScan {
      const page = matcher.newPage();
      return {
        observe: (text) => page.observe(text),
        evaluate(text) {
          const decision = page.evaluate(text);
          decisions.set(text, decision);
          return decision;
        },
        get contextVersion() {
          return page.contextVersion;
        },
      };
    },
  };
  const shield = new Shield({
    document: document as unknown as Document,
    window: window as unknown as Window & typeof globalThis,
  });
  shield.attach();
  shield.update(recording);
  await window.happyDOM.waitUntilComplete();
  const out = `<!doctype html>\n${document.documentElement.outerHTML}`;
  shield.stop();
  await window.happyDOM.close();
  return { passages: [...decisions].map(([text, decision]) => ({ text, decision })), html: out };
}
