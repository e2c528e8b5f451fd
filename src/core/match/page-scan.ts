import { analyse } from './analyse';
import type { Compiled } from './compiled';
import { emptyContexts, isAbout, mergeContext } from './context';
import { decide } from './decide';
import { type Summary, summarise } from './summary';
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
  private readonly remembered = new Map<string, Summary>();

  constructor(private readonly c: Compiled) {
    this.context = emptyContexts(c);
    this.about = c.shows.map(() => false);
  }

  observe(text: string): void {
    const s = this.summary(text);
    if (!mergeContext(s.context, this.context)) return;
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
    return decide(this.c, text, this.summary(text), this.context);
  }

  private summary(text: string): Summary {
    let s = this.remembered.get(text);
    if (!s) {
      s = summarise(this.c, analyse(this.c, text));
      if (this.remembered.size >= MAX_REMEMBERED) this.remembered.clear();
      // Only what evaluate() may need is kept: a passage that names the show but
      // gives nothing away has already given observe() its context.
      const needed = s.candidates.length > 0 || s.mentions.length > 0;
      this.remembered.set(text, needed ? s : EMPTY);
      return s; // The first caller (observe) still sees the context.
    }
    return s;
  }
}

const EMPTY: Summary = { spans: [], context: [], candidates: [], mentions: [] };
