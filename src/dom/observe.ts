import { type ChangeBatch, RESCAN_THRESHOLD, Reducer } from './reduce';
import type { FrameLoop, FrameTask } from './slices';
import type { BodyHold } from './veil';

export { type ChangeBatch, RESCAN_THRESHOLD, reduce, topMost } from './reduce';

/**
 * Records an observer callback always reads before it may leave the rest to later frames under
 * a veil: ~2 us each in the content script's world, so ~16 ms. A burst of 4,000 new
 * paragraphs (4,000 records) is read at once; a parser's task of 91,000 is not.
 */
export const VEIL_MIN_RECORDS = 8192;

/** What the observer needs to spread one huge batch of records over frames. */
export interface RecordSlices {
  frames: FrameLoop;
  hold: BodyHold;
  sliceMs: number;
  /** Records always read in the callback (default VEIL_MIN_RECORDS; tests lower it). */
  minRecords?: number;
}

/**
 * Watches the document and every open shadow root given to `observe()` with one
 * MutationObserver (childList + subtree + characterData). The callback runs before the next
 * paint, so the caller hides new spoilers in it directly: deferring to requestIdleCallback
 * or a timer let spoilers flash on screen. Attribute changes are not observed, so the
 * shield's own attributes never come back here; its label insertions are filtered out.
 */
export class RootObserver {
  private readonly mo: MutationObserver;
  private readonly roots = new WeakSet<Node>();
  /** Records of a batch too big for one slice, read on in later frames. */
  private pending: { records: MutationRecord[]; at: number; reducer: Reducer } | null = null;
  private readonly task: FrameTask = (deadline) => this.readOn(deadline);

  constructor(
    MO: typeof MutationObserver,
    private readonly onChange: (batch: ChangeBatch) => void,
    private readonly wanted: () => boolean,
    private readonly rescanThreshold = RESCAN_THRESHOLD,
    private readonly clock?: () => number,
    private readonly slices?: RecordSlices,
  ) {
    this.mo = new MO((records) => this.handle(records));
    slices?.frames.add(this.task);
  }

  observe(root: Document | ShadowRoot): boolean {
    if (this.roots.has(root)) return false;
    this.roots.add(root);
    this.mo.observe(root, { childList: true, subtree: true, characterData: true });
    return true;
  }

  /** Drops records queued so far (a full scan is about to cover them). */
  discard(): void {
    this.mo.takeRecords();
  }

  /** Handles queued records now, e.g. before answering a message. */
  flush(): void {
    const records = this.mo.takeRecords();
    if (records.length > 0) this.handle(records);
  }

  disconnect(): void {
    this.mo.disconnect();
    this.dropPending();
  }

  /** Forgets records not read yet (the shield stops or turns off: the next scan covers all). */
  dropPending(): void {
    if (!this.pending) return;
    this.pending = null;
    this.slices?.hold.release(this);
    this.slices?.frames.drop(this.task);
  }

  /**
   * Reads records until the slice is used up. The rest waits for later frames, and until then
   * the page is covered (BodyHold): what those records added may be anything, anywhere, and
   * finding out where is the very reading that did not fit (~2 us a record in the content
   * script's world). So one parser batch of 91,000 records on a 20,000-paragraph page costs a
   * few frames of blank page instead of a 250 ms task; batches that fit, all others, never do.
   */
  private handle(records: MutationRecord[]): void {
    // Off, paused or not ready: drop the records unread (the next scan covers the page).
    if (!this.wanted()) return this.dropPending();
    if (this.pending) {
      // Read in order, behind the records still waiting (hidden, like them).
      for (const record of records) this.pending.records.push(record);
      return;
    }
    const start = this.clock?.() ?? 0;
    const reducer = new Reducer(this.rescanThreshold);
    const slices = this.slices;
    const clock = this.clock;
    // In the callback, reading may take the whole slice, and never stops before
    // VEIL_MIN_RECORDS: a batch read to its end needs no veil, and one of a few thousand
    // records (~8 ms) costs less read at once than a covered page costs the eye. That it
    // depends on the record count, not on a clock, keeps it the same on a busy machine.
    const stop = slices && clock ? () => clock() >= start + slices.sliceMs : undefined;
    const at = reducer.run(records, 0, stop, slices?.minRecords ?? VEIL_MIN_RECORDS);
    this.emit(reducer.take(), start);
    if (at >= records.length || !slices) return;
    this.pending = { records, at, reducer };
    slices.hold.hold(this);
    slices.frames.want(this.task);
  }

  private readOn(deadline: number): boolean {
    const pending = this.pending;
    if (!pending) return false;
    if (!this.wanted()) {
      this.dropPending();
      return false;
    }
    const clock = this.clock ?? (() => 0);
    const start = clock();
    // In later frames, half of it: the rest is for what the records added (their text now,
    // their first elements, the others hidden in WaitingRoots).
    const half = start + (deadline - start) / 2;
    pending.at = pending.reducer.run(pending.records, pending.at, () => clock() >= half);
    // New content of these records is now decided, or waits hidden on its own (WaitingRoots).
    this.emit(pending.reducer.take(), start);
    if (pending.at < pending.records.length) return true;
    this.pending = null;
    this.slices?.hold.release(this);
    return false;
  }

  private emit(batch: ChangeBatch, start: number): void {
    batch.start = start;
    if (batch.rescan || batch.removed || batch.nodes.length > 0) this.onChange(batch);
  }
}
