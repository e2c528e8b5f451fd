import { type Analysis, analyse } from './analyse';
import type { Compiled } from './compiled';
import { addContext, emptyContexts, isAbout } from './context';
import { decide } from './decide';
import type { Decision, PageScan } from './types';

/** Passages remembered between observe() and evaluate(), so each is tokenised once. */
const MAX_REMEMBERED = 20_000;

/**
 * One document's context. observe() gathers title and character mentions;
 * contextVersion bumps when some show becomes "about" the page, the only change
 * that can turn an earlier "no" into "yes" (its "show" facts start to count).
 */
export class Page implements PageScan {
  contextVersion = 0;
  private readonly context;
  private readonly about: boolean[];
  private readonly remembered = new Map<string, Analysis>();

  constructor(private readonly c: Compiled) {
    this.context = emptyContexts(c);
    this.about = c.shows.map(() => false);
  }

  observe(text: string): void {
    const a = this.analysis(text);
    if (a.occurrences.length === 0) return;
    if (!addContext(this.c, a.occurrences, this.context)) return;
    let bumped = false;
    this.context.forEach((ctx, s) => {
      if (!this.about[s] && isAbout(this.c, ctx)) {
        this.about[s] = true;
        bumped = true;
      }
    });
    if (bumped) this.contextVersion++;
  }

  evaluate(text: string): Decision {
    return decide(this.c, text, this.analysis(text), this.context);
  }

  private analysis(text: string): Analysis {
    let a = this.remembered.get(text);
    if (!a) {
      a = analyse(this.c, text);
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      // Passages without a single vocabulary word keep no tokens: nothing to explain later.
      this.remembered.set(text, a.occurrences.length === 0 ? EMPTY : a);
    }
    return a;
  }
}

const EMPTY: Analysis = {
  tokens: { count: 0, words: [], starts: [], ends: [], sentences: [], flags: [] },
  occurrences: [],
};
