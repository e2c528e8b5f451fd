import type { LabelText } from './label';

export interface ShieldOptions {
  document: Document;
  window: Window & typeof globalThis;
  /** Aborting it stops the shield and restores the page. */
  signal?: AbortSignal;
  labels?: LabelText;
  /** The hide styles, adopted into open shadow roots (manifest CSS does not reach inside). */
  shadowCss?: string;
  /** Called when the number of hidden passages changes. */
  onCount?: (hidden: number) => void;
  /**
   * The title of the page around this frame, when it can be read (same-origin frames): an
   * embedded review or a srcdoc comment box belongs to the page's topic.
   */
  outerTitle?: () => string | null;
  /** Batches with more changed nodes than this trigger a full rescan (tests lower it). */
  rescanThreshold?: number;
  /** Records an observer callback reads before the rest may wait (VEIL_MIN_RECORDS; tests). */
  veilMinRecords?: number;
  /** Main-thread time per slice of a big batch (default SLICE_MS; tests set 0). */
  sliceMs?: number;
  /**
   * Until the first frame after attach(): the slice of a batch, with big containers split into
   * their children, and what does not fit waits until that first paint is on screen
   * (first-paint.ts). Unset: batches before the first frame are treated like any other.
   */
  firstPaintSliceMs?: number;
  /**
   * Whether the page's first contentful paint is on screen (default: the Paint Timing entry
   * in the page's timeline; tests set their own).
   */
  contentPainted?: () => boolean;
  /** Called after each scan or mutation batch with its main-thread time (benchmarks). */
  onWork?: (kind: WorkKind, start: number, end: number) => void;
}

/**
 * 'scan': one piece of a full scan (a big page's rescan is several, in later frames);
 * 'scan-walk': the text walk of that piece; 'scan-done': a whole rescan, from its start to its
 * end (wall time, frames between included); 'batch': one mutation batch or one slice of one.
 */
export type WorkKind = 'scan' | 'scan-walk' | 'scan-done' | 'batch';

/**
 * What the caller of Shield.update() knows about a settings change. 'fewer': the new settings
 * hide no passage that the old ones showed, so shown passages may stay shown while hidden ones
 * are decided again. True when only the progress moved forward within a season, for the same
 * shows, packs, own terms and sensitivity (tests/dom/progress-monotonic.test.ts); not across a
 * season (a bare "episode 3" means the season reached) nor for anything else. 'any' (the
 * default) is always safe.
 */
export type SettingsChange = 'any' | 'fewer';

export interface ShieldCounts {
  hidden: number;
  revealed: number;
}
