import type { Decision, Matcher, PageScan } from '@/src/core/match/types';

/**
 * A matcher that is made only when a page first needs a decision.
 *
 * Why: the content script runs in every frame, and a page can hold many frames with no text
 * of their own (ad slots, trackers, about:blank frames a script fills with an image). Making
 * the matcher (~30-50 ms of cold script, even restored from the snapshot) in each of them, on
 * the main thread the page itself needs to load, buys nothing. Subframes get this instead of
 * the speculative matcher of the top frame; a frame that does show text makes its matcher at
 * its first passage, before that passage is painted.
 *
 * Pages built from a LazyMatcher keep what they are given to observe (title, passages) until
 * the first evaluate(), then hand it to the real page in the same order: the context, and so
 * every decision, is the one an eager page would have.
 */
export class LazyMatcher implements Matcher {
  private made: Matcher | null = null;

  constructor(private readonly make: () => Matcher) {}

  /** Whether the real matcher has been made (tests, timing). */
  get isMade(): boolean {
    return this.made !== null;
  }

  newPage(): PageScan {
    return new LazyPage(() => this.real().newPage());
  }

  evaluateDocument(text: string): Decision {
    return this.real().evaluateDocument(text);
  }

  private real(): Matcher {
    this.made ??= this.make();
    return this.made;
  }
}

class LazyPage implements PageScan {
  private page: PageScan | null = null;
  private observed: string[] = [];

  constructor(private readonly newPage: () => PageScan) {}

  get contextVersion(): number {
    return this.page?.contextVersion ?? 0;
  }

  observe(text: string): void {
    if (this.page) this.page.observe(text);
    else this.observed.push(text);
  }

  evaluate(text: string): Decision {
    if (!this.page) {
      const page = this.newPage();
      for (const t of this.observed) page.observe(t);
      this.observed = [];
      this.page = page;
    }
    return this.page.evaluate(text);
  }
}
