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
  /** Main-thread time per slice of a big batch (default SLICE_MS; tests set 0). */
  sliceMs?: number;
  /** Called after each scan or mutation batch with its main-thread time (benchmarks). */
  onWork?: (kind: 'scan' | 'batch' | 'scan-walk', start: number, end: number) => void;
}

export interface ShieldCounts {
  hidden: number;
  revealed: number;
}
