import type { Decision, Matcher, PageScan } from '../core/match/types';
import { TextWalk } from './collect';
import { FIRST_PAINT_GROUP, firstContentPainted, splitForFirstPaint } from './first-paint';
import { HarmlessPassages } from './harmless-passages';
import { listenForReveal } from './interaction';
import { ENGLISH_LABELS } from './label';
import { type ChangeBatch, RootObserver, topMost } from './observe';
import { PassageMarks } from './passage-marks';
import { PassageResolver } from './passages';
import { Rescan, type RescanHost } from './rescan';
import { ShadowRoots } from './shadow-roots';
import type { SettingsChange, ShieldCounts, ShieldOptions } from './shield-options';
import { FrameLoop, type FrameTask, GROUP, SLICE_MS, WaitingRoots } from './slices';
import { BodyHold } from './veil';

export type { SettingsChange, ShieldCounts, ShieldOptions } from './shield-options';

/**
 * Hides the passages of one document (and its open shadow roots) that spoil an episode the
 * user has not reached. Call attach() as early as possible, then update(matcher) whenever the
 * settings resolve or change (null = shield off: the page is restored).
 */
export class Shield {
  private scan: PageScan | null = null;
  private matcher: Matcher | null = null;
  private rescan: Rescan | null = null;
  private seenVersion = 0;
  private lastTitle: string | null = null;
  private lastCount = -1;
  private readonly marks: PassageMarks;
  /** Passages judged harmless, re-checked (without a new DOM walk) when the context grows. */
  private readonly harmless = new HarmlessPassages();
  private observedText = new WeakMap<Element, string>();
  /** Passages a mutation batch read while a rescan runs: their text is newer than its walk's. */
  private readSinceRescan = new WeakSet<Element>();
  private readonly observer: RootObserver;
  private readonly shadows: ShadowRoots;
  private readonly frames: FrameLoop;
  private readonly hold: BodyHold;
  private readonly waiting: WaitingRoots;
  private readonly rescanTask: FrameTask = (deadline) => this.rescanStep(deadline);
  private readonly sliceMs: number;
  /**
   * Where the page is relative to its first frame with content (only with firstPaintSliceMs):
   * 'before' it, 'coming' (a frame is asked for, batches still take the first-paint slice),
   * or 'after'.
   */
  private firstFrame: 'before' | 'coming' | 'after' = 'after';
  private readonly abort = new AbortController();

  constructor(private readonly opts: ShieldOptions) {
    this.sliceMs = opts.sliceMs ?? SLICE_MS;
    this.frames = new FrameLoop(opts.window, this.sliceMs);
    this.hold = new BodyHold(opts.document);
    // Each frame runs, in this order: records not read yet, new content waiting, a rescan.
    this.observer = new RootObserver(
      opts.window.MutationObserver,
      (b) => this.onBatch(b),
      () => this.scan !== null,
      opts.rescanThreshold,
      () => opts.window.performance.now(),
      {
        frames: this.frames,
        hold: this.hold,
        sliceMs: this.sliceMs,
        minRecords: opts.veilMinRecords,
      },
    );
    this.waiting = new WaitingRoots(
      this.frames,
      (roots, deadline) => {
        const start = opts.window.performance.now();
        const done = this.runWaiting(roots, deadline);
        opts.onWork?.('batch', start, opts.window.performance.now());
        return done;
      },
      opts.contentPainted ?? (() => firstContentPainted(opts.window)),
    );
    this.frames.add(this.rescanTask);
    this.shadows = new ShadowRoots(opts.window, this.observer, opts.shadowCss);
    this.marks = new PassageMarks(opts.document, opts.labels ?? ENGLISH_LABELS, (p) =>
      this.shadows.style(p),
    );
    opts.signal?.addEventListener('abort', () => this.stop(), { once: true });
  }

  /** Starts watching the document now; changes before the first update() are covered by its scan. */
  attach(): void {
    this.observer.observe(this.opts.document);
    // Until the frame that paints the first content, batches take the first-paint slice.
    if (this.opts.firstPaintSliceMs !== undefined) this.firstFrame = 'before';
    listenForReveal(
      this.opts.window,
      (p) => this.reveal(p),
      () => this.marks.hiddenPassages(),
      this.abort.signal,
    );
  }

  /**
   * New settings: a matcher to hide with, or null to restore the page. Pass `change: 'fewer'`
   * only when the new settings hide no passage the old ones showed (see SettingsChange). A page
   * that fits in one slice is rescanned before this returns; a bigger one in later frames.
   */
  update(matcher: Matcher | null, change: SettingsChange = 'any'): void {
    this.observer.flush();
    const previous = this.rescan;
    // An unfinished rescan that could hide more left passages undecided: still "more".
    const hideMore = change !== 'fewer' || (previous?.hideMore ?? false) || !this.scan;
    this.stopRescan();
    if (!matcher) {
      this.scan = null;
      this.matcher = null;
      this.restore();
      return;
    }
    // The same matcher (only the progress moved: it is read at evaluation time) keeps its page
    // context; when it hides fewer, only the marked passages can change (monotonic decisions).
    if (!hideMore && !previous && matcher === this.matcher && this.scan) {
      this.startRescan(false, this.marks.marked());
      return;
    }
    this.matcher = matcher;
    this.scan = matcher.newPage();
    this.observedText = new WeakMap();
    this.harmless.clear();
    this.lastTitle = null;
    // A fresh context: batches during the rescan compare with its versions, not the old one's.
    this.seenVersion = this.scan.contextVersion;
    this.startRescan(hideMore, null);
  }

  /** Reveals one hidden passage until its text changes. */
  reveal(passage: Element): void {
    // Mid-rescan its text may not be known in the new context yet: read it, so the decision
    // to come keeps it revealed.
    const text =
      this.observedText.get(passage) ??
      this.collectAll([passage], new PassageResolver()).get(passage) ??
      '';
    if (this.marks.reveal(passage, text)) this.emitCount();
  }

  revealAll(): void {
    for (const passage of [...this.marks.hiddenPassages()]) this.reveal(passage);
  }

  /**
   * Hides again every revealed passage that still spoils something. Only those can change:
   * their text is known (the observer keeps it current), so no walk of the page is needed.
   */
  hideAgain(): void {
    const scan = this.scan;
    if (!scan) return;
    const revealed = [...this.marks.revealedPassages()];
    this.marks.forgetRevealed();
    for (const passage of revealed) {
      const text = this.observedText.get(passage);
      if (passage.isConnected && text !== undefined) this.decideKnown(scan, passage, text);
    }
    this.emitCount();
  }

  counts(): ShieldCounts {
    this.marks.prune();
    return { hidden: this.marks.hiddenCount, revealed: this.marks.revealedCount };
  }

  /** Stops watching and removes every mark, leaving the page as it was. */
  stop(): void {
    this.abort.abort();
    this.observer.disconnect();
    this.hold.dispose();
    this.waiting.clear();
    this.scan = null;
    this.restore();
  }

  /** Starts a rescan and runs its first piece now; the rest goes to later frames. */
  private startRescan(hideMore: boolean, known: Element[] | null): void {
    const scan = this.scan;
    if (!scan) return;
    this.readSinceRescan = new WeakSet();
    const job = new Rescan(this.rescanHost(scan), this.hold, hideMore, known);
    this.rescan = job;
    if (!known) this.observeTitle(scan);
    const now = this.opts.window.performance.now();
    if (!job.step(now + this.sliceMs)) return this.finishRescan(job);
    // Content waiting for a frame: the rescan's walk covers it, and when the settings may
    // hide more, the page is covered until the end anyway.
    if (hideMore) this.waiting.clear();
    this.frames.want(this.rescanTask);
  }

  private rescanStep(deadline: number): boolean {
    const job = this.rescan;
    if (!job) return false;
    if (job.step(deadline)) return true;
    this.finishRescan(job);
    return false;
  }

  private finishRescan(job: Rescan): void {
    const scan = this.scan;
    this.rescan = null;
    if (!scan) return;
    if (!job.fromKnown) {
      // Marks on passages that no longer have text (or are now skipped) go away.
      for (const passage of this.marks.marked()) {
        if (!job.found(passage) && !this.readSinceRescan.has(passage)) this.marks.unmark(passage);
      }
    }
    // Batches keep seenVersion current (runRoots) and observedAll() caught up once: a
    // recheck here would be of every passage (the rescan's own decisions are harmless too).
    if (scan.contextVersion !== this.seenVersion) this.recheckHarmless(scan);
    this.emitCount();
    // All in one task: the walk covered the content waiting for a slice: it is decided. Not
    // when only known passages were decided again ('fewer'): what waits was never read, and
    // showing it now would paint it undecided.
    if (job.wholeInOne && !job.fromKnown) this.waiting.clear();
    this.opts.onWork?.('scan-done', job.started, this.opts.window.performance.now());
  }

  private stopRescan(): void {
    this.rescan?.cancel();
    this.rescan = null;
    this.frames.drop(this.rescanTask);
  }

  private rescanHost(scan: PageScan): RescanHost {
    const win = this.opts.window;
    return {
      now: () => win.performance.now(),
      walk: () =>
        new TextWalk([this.opts.document, ...this.shadows.live()], new PassageResolver(), (r) =>
          this.shadows.add(r),
        ),
      walked: (walk) => this.shadows.remember(walk.shadowless),
      // Only passages decided by mutation batches are among the harmless ones yet: few.
      observedAll: () => {
        if (scan.contextVersion !== this.seenVersion) this.recheckHarmless(scan);
      },
      observe: (passage, walked) => {
        // A mutation batch may have read it since the walk did: its text is the newer one.
        if (this.readSinceRescan.has(passage)) return;
        // Known from before (a rescan with the same context): the context has it already.
        if (walked && this.observedText.get(passage) !== walked) scan.observe(walked);
        this.observedText.set(passage, walked);
      },
      decide: (passage) => {
        const text = this.observedText.get(passage);
        if (text !== undefined) this.decideKnown(scan, passage, text);
      },
      work: (kind, start, end) => this.opts.onWork?.(kind, start, end),
    };
  }

  private onBatch(batch: ChangeBatch): void {
    const scan = this.scan;
    if (!scan) return;
    if (batch.rescan) {
      // Too many changes to list: walk everything again with the same page context.
      if (!this.rescan) this.startRescan(true, null);
      return;
    }
    const now = () => this.opts.window.performance.now();
    const start = batch.start ?? now();
    const upgraded = this.shadows.upgraded().filter((root) => this.shadows.add(root));
    const roots = [...batch.nodes, ...upgraded];
    // Text changes and removals touch what is on screen already: always now. New elements
    // too, while the slice lasts; past it they wait, hidden, for the next frames.
    let elements: Element[] = [];
    const others: Node[] = [];
    for (const root of roots) (root.nodeType === 1 ? elements : others).push(root as Element);
    // Before the first frame: the top of the page first, the rest after the first paint.
    // A hidden tab (opened in the background) runs no animation frames until it is shown:
    // there, what waited would wait unread until then, so it is all read now.
    const first = this.firstFrame !== 'after' && this.opts.document.visibilityState !== 'hidden';
    if (first && elements.length > 0) {
      elements = splitForFirstPaint(elements, others);
      // The coming frame paints this content: batches after it are read as usual. (Frames
      // before it, while the page was held or empty, painted no content.)
      if (this.firstFrame === 'before') {
        this.firstFrame = 'coming';
        this.opts.window.requestAnimationFrame(() => {
          this.firstFrame = 'after';
        });
      }
    }
    this.runRoots(scan, others, batch.removedFrom, batch.removed);
    const slice = first ? Math.min(this.sliceMs, this.opts.firstPaintSliceMs ?? 0) : this.sliceMs;
    // Content already waiting goes first: new elements queue behind it, in page order.
    const done =
      this.waiting.size > 0
        ? 0
        : this.runWaiting(elements, start + slice, first ? FIRST_PAINT_GROUP : GROUP);
    if (done < elements.length) this.waiting.defer(elements.slice(done), first);
    this.opts.onWork?.('batch', start, now());
  }

  /**
   * Runs element roots GROUP at a time until the deadline, at least one group (so every
   * frame makes progress); returns how many it ran.
   */
  private runWaiting(roots: readonly Element[], deadline: number, group = GROUP): number {
    const scan = this.scan;
    if (!scan) return 0;
    let done = 0;
    while (done < roots.length) {
      this.runRoots(scan, roots.slice(done, done + group), [], false);
      done = Math.min(done + group, roots.length);
      if (this.opts.window.performance.now() >= deadline) break;
    }
    return done;
  }

  /** Reads and decides the passages in and around `roots` (one batch or one slice of it). */
  private runRoots(scan: PageScan, roots: Node[], removedFrom: Node[], removed: boolean): void {
    if (roots.length === 0 && removedFrom.length === 0 && !removed) return;
    const resolver = new PassageResolver();
    const texts = this.collectAll(roots, resolver);
    // Text added inside an existing passage (or removed from one) changes that passage's whole
    // text: read those passages again in full. Only those: re-walking every container around
    // a feed on each new post made infinite scroll quadratic.
    const partial = new Set<Node>();
    const walked = new Set<Node>(roots);
    for (const passage of texts.keys()) if (!insideAny(passage, walked)) partial.add(passage);
    for (const parent of removedFrom) {
      const passage = resolver.passageOf(parent);
      if (passage) partial.add(passage);
    }
    if (partial.size > 0) {
      const full = this.collectAll(topMost(partial), resolver);
      for (const p of partial) texts.set(p as Element, full.get(p as Element) ?? '');
      for (const [p, t] of full) texts.set(p, t);
    }
    if (removed) this.prune();
    this.observeTitle(scan);
    this.apply(scan, texts);
    // The page context grew (e.g. the show's title arrived): earlier "harmless" may be wrong.
    if (scan.contextVersion !== this.seenVersion) this.recheckHarmless(scan);
    this.emitCount();
  }

  /** Walks roots, following open shadow roots found inside them (and inside those). */
  private collectAll(roots: Node[], resolver: PassageResolver): Map<Element, string> {
    const walk = new TextWalk(roots, resolver, (root) => this.shadows.add(root));
    walk.run();
    this.shadows.remember(walk.shadowless);
    return walk.texts;
  }

  private observeTitle(scan: PageScan): void {
    const title = this.opts.document.title;
    const outer = this.opts.outerTitle?.() ?? '';
    const both = `${title}\n${outer}`;
    if (both === this.lastTitle) return;
    this.lastTitle = both;
    if (title) scan.observe(title);
    if (outer && outer !== title) scan.observe(outer);
  }

  /** Feeds all new text to the page context first, then decides each passage. */
  private apply(scan: PageScan, texts: Map<Element, string>): void {
    const rescanning = this.rescan !== null;
    for (const [passage, text] of texts) {
      if (text && this.observedText.get(passage) !== text) scan.observe(text);
      this.observedText.set(passage, text);
      if (rescanning) this.readSinceRescan.add(passage);
    }
    for (const [passage, text] of texts) this.decideKnown(scan, passage, text);
  }

  /** Decides a passage whose text the context has seen. */
  private decideKnown(scan: PageScan, passage: Element, text: string): void {
    const fits = text !== '' && PassageResolver.fits(passage, text.length);
    this.decide(passage, text, fits ? scan.evaluate(text) : null);
    if (!fits) this.harmless.delete(passage);
  }

  /**
   * Re-evaluates the passages judged harmless against the grown context. Their text is
   * already known: re-walking the page here made every context bump during a big page's
   * parse a full rescan (2 s of blocked main thread on 20,000 paragraphs).
   */
  private recheckHarmless(scan: PageScan): void {
    for (const passage of this.harmless) {
      const text = passage.isConnected ? this.observedText.get(passage) : undefined;
      if (text === undefined) {
        this.harmless.delete(passage);
        continue;
      }
      const decision = scan.evaluate(text);
      if (decision.hidden) this.decide(passage, text, decision);
    }
    this.seenVersion = scan.contextVersion;
  }

  private decide(passage: Element, text: string, decision: Decision | null): void {
    if (!decision?.hidden || !decision.episode) {
      this.marks.unmark(passage);
      if (decision) this.harmless.add(passage);
      return;
    }
    this.harmless.delete(passage);
    this.marks.apply(passage, text, decision);
  }

  private restore(): void {
    this.stopRescan();
    this.observer.dropPending();
    this.waiting.clear();
    this.harmless.clear();
    this.marks.unmarkAll();
    this.emitCount();
  }

  /** Forgets passages the page removed (the harmless ones only now and then: see sweep). */
  private prune(): void {
    this.marks.prune();
    this.harmless.sweep();
  }

  private emitCount(): void {
    const count = this.marks.hiddenCount;
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.opts.onCount?.(count);
  }
}

/** True when `node` is one of `roots` or inside one of them. */
function insideAny(node: Node, roots: Set<Node>): boolean {
  for (let up: Node | null = node; up; up = up.parentNode) if (roots.has(up)) return true;
  return false;
}
