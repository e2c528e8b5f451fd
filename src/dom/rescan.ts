import type { TextWalk } from './collect';
import type { BodyHold } from './veil';

/** Passages observed or decided between two looks at the clock. */
const GROUP = 64;

/** What a rescan needs from the shield: its walk, its decisions and its marks. */
export interface RescanHost {
  now(): number;
  /** A walk over the document and its open shadow roots. */
  walk(): TextWalk;
  /** Feeds a passage's text to the page context (the walked one, unless the shield saw a newer). */
  observe(passage: Element, walked: string): void;
  /** Decides a passage with its observed text. */
  decide(passage: Element): void;
  /** Every passage's text is in the context now: what mutation batches decided before may be stale. */
  observedAll(): void;
  /** The walk is done (the shield remembers what it found besides text). */
  walked(walk: TextWalk): void;
  /** Emitted per piece of work (and per piece of the walk), as onWork does. */
  work(kind: 'scan' | 'scan-walk', start: number, end: number): void;
}

/**
 * A full rescan (settings changed) spread over animation frames: a 20,000-paragraph page took
 * ~320 ms in one task (walk ~100 ms, matching the rest). Three phases, each in pieces that
 * stop at the deadline: walk the page, feed every passage's text to the fresh page context,
 * then decide every passage. Deciding only after everything was observed is what makes the
 * result equal one synchronous scan; deciding as it goes (as a page load does) would show a
 * passage that only later context reveals as a spoiler, for the frames in between.
 *
 * What may be on screen in between: every passage keeps its old marks until it is decided
 * again. When the new settings hide no more than the old ones (`hideMore` false: the user only
 * advanced within a season, see tests/dom/progress-monotonic.test.ts), that is safe as it is:
 * what was shown stays safe to show. Otherwise an unmarked passage may now be a spoiler, and
 * nothing tells which before it is decided: the page is covered (BodyHold's veil)
 * from the end of the first piece (before the first paint) to the last. Pages that fit in one
 * piece never see it. Later pieces run only in requestAnimationFrame callbacks, which come
 * before their frame's paint; never in idle callbacks or timers (they let spoilers flash).
 */
export class Rescan {
  private walk: TextWalk | null;
  private entries: [Element, string][];
  private texts: Map<Element, string> = new Map();
  private observed = 0;
  private decided = 0;
  private pieces = 0;
  readonly started: number;
  /** True when it decides known passages again instead of walking. */
  readonly fromKnown: boolean;

  constructor(
    private readonly host: RescanHost,
    private readonly hold: BodyHold,
    /** True when the new settings may hide passages shown now. */
    readonly hideMore: boolean,
    /** Passages to decide again with their known text (no walk, no observing), or null. */
    known: Element[] | null,
  ) {
    this.fromKnown = known !== null;
    this.walk = known ? null : host.walk();
    this.entries = known ? known.map((p) => [p, '']) : [];
    if (known) this.observed = known.length;
    this.started = host.now();
  }

  get done(): boolean {
    return this.walk === null && this.decided >= this.entries.length;
  }

  /** True when the first piece finished everything (no frame ever saw a partial rescan). */
  get wholeInOne(): boolean {
    return this.done && this.pieces === 1;
  }

  /** Works until the deadline (at least one group of nodes or passages); true if more is left. */
  step(deadline: number): boolean {
    const host = this.host;
    const start = host.now();
    this.pieces++;
    const late = () => host.now() >= deadline;
    if (this.walk) {
      const finished = this.walk.run(late);
      host.work('scan-walk', start, host.now());
      if (!finished) return this.pause(start);
      this.texts = this.walk.texts;
      this.entries = [...this.texts];
      host.walked(this.walk);
      this.walk = null;
    }
    const entries = this.entries;
    while (this.observed < entries.length) {
      const end = Math.min(this.observed + GROUP, entries.length);
      for (; this.observed < end; this.observed++) {
        const [passage, text] = entries[this.observed] as [Element, string];
        if (passage.isConnected) host.observe(passage, text);
      }
      if (this.observed < entries.length && late()) return this.pause(start);
      if (this.observed >= entries.length) host.observedAll();
    }
    while (this.decided < entries.length) {
      const end = Math.min(this.decided + GROUP, entries.length);
      for (; this.decided < end; this.decided++) {
        const passage = (entries[this.decided] as [Element, string])[0];
        if (passage.isConnected) host.decide(passage);
      }
      if (this.decided < entries.length && late()) return this.pause(start);
    }
    this.showAll();
    host.work('scan', start, host.now());
    return false;
  }

  /** Whether the walk found text for this passage. */
  found(passage: Element): boolean {
    return this.texts.has(passage);
  }

  /** Stops where it is and shows what it kept waiting (a new rescan or stop() follows). */
  cancel(): void {
    this.walk = null;
    this.entries = [];
    this.observed = 0;
    this.decided = 0;
    this.showAll();
  }

  /** Ends a piece with work left: before this task ends (and the frame paints), hide. */
  private pause(start: number): true {
    // The page has been painted before a settings change: the veil can take its colours.
    if (this.hideMore) this.hold.hold(this, true);
    this.host.work('scan', start, this.host.now());
    return true;
  }

  private showAll(): void {
    this.hold.release(this);
  }
}
