import { isShieldLabel } from './marks';
import { VEIL_TAG } from './veil';

const VEIL_UPPER = VEIL_TAG.toUpperCase();
/** The shield's own elements: their comings and goings are not the page's changes. */
const ours = (node: Node) =>
  isShieldLabel(node) || (node.nodeType === 1 && (node as Element).tagName === VEIL_UPPER);

const NOT_BLANK = /\S/;

/** Records reduced between two looks at the clock. */
const RECORDS_PER_LOOK = 256;

/** A batch of changes, already reduced to the smallest set of subtrees to look at again. */
export interface ChangeBatch {
  /** Added nodes and changed text nodes, none inside another one of the list. */
  nodes: Node[];
  /** True when nodes were removed (hidden passages may have left the page). */
  removed: boolean;
  /** Where nodes were removed: the passages around them lost text. */
  removedFrom: Node[];
  /** Too many changes to go one by one: rescan every root. */
  rescan: boolean;
  /** When this piece of work began (0 without a clock): the batch's time includes reduce. */
  start?: number;
}

/**
 * Above this many added or changed nodes in one batch, drop the per-node bookkeeping and
 * rescan everything. Collecting added subtrees is linear, so this only bounds the batch's
 * memory: at 2,000 the parser's own batches on a 2.6 MB page triggered a full rescan every
 * few tasks (700 ms each), so it is set far above what a parser task or a feed produces.
 */
export const RESCAN_THRESHOLD = 200_000;

/** Turns raw records into top-most changed nodes, all at once (see Reducer). */
export function reduce(records: MutationRecord[], threshold = RESCAN_THRESHOLD): ChangeBatch {
  const reducer = new Reducer(threshold);
  reducer.run(records, 0);
  return reducer.take();
}

/**
 * Turns raw records into top-most changed nodes: a node added inside an added node counts once.
 * It can stop after any record and go on later (take() hands over what it found so far): one
 * batch while a 20,000-paragraph page parsed held 91,000 records and took ~250 ms to read.
 * The nodes it took stay known, so later records inside them are still skipped.
 *
 * Hot while a big page parses: ~5 records per paragraph. The parser inserts an element, then
 * its children, then theirs, so a record whose target (or the target's parent) was added in
 * this batch is covered by that node's walk: its NodeLists are not even read. Plain index
 * loops, no iterator objects. A Chromium micro-benchmark of those 100,000 records: ~2.5x
 * faster than reading every record's nodes and climbing from each.
 */
export class Reducer {
  private readonly touched = new Set<Node>();
  private fresh: Node[] = [];
  private removedFrom = new Set<Node>();
  private removed = false;
  private rescan = false;

  constructor(private readonly threshold = RESCAN_THRESHOLD) {}

  /**
   * Reduces records[from..] to the end, or until `stop()` (asked every few hundred records,
   * once `atLeast` were read) says so; returns the index of the first record not read.
   */
  run(
    records: MutationRecord[],
    from: number,
    stop?: () => boolean,
    atLeast = RECORDS_PER_LOOK,
  ): number {
    const touched = this.touched;
    for (let r = from; r < records.length; r++) {
      const read = r - from;
      if (stop && read >= atLeast && read % RECORDS_PER_LOOK === 0 && stop()) return r;
      const record = records[r] as MutationRecord;
      const target = record.target;
      if (record.type === 'characterData') {
        this.take1(target);
        continue;
      }
      // Only a shortcut: what it lets through, topMost below drops. Checked before the
      // record's NodeLists are read: in the content script's world each one is a new wrapper.
      // A target added in this batch (or inside one) is walked whole, and what was removed
      // from it came into the page in this batch too (a node moved there has a removal record
      // of its own, from where it was): its removedNodes need no read either.
      if (touched.has(target) || touched.has(target.parentNode as Node)) continue;
      const nodes = record.addedNodes;
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i] as Node;
        // Blank text adds nothing to a passage (collect skips it), and a parser's batch is
        // half of them (the newlines between paragraphs): 18,000 of 37,000 nodes in one.
        const type = node.nodeType;
        if (type === 3 ? !NOT_BLANK.test((node as Text).data) : ours(node)) continue;
        this.take1(node);
      }
      const removed = record.removedNodes;
      for (let i = 0; i < removed.length; i++) {
        if (!ours(removed[i] as Node)) {
          this.removedFrom.add(target);
          this.removed = true;
          break;
        }
      }
      if (touched.size > this.threshold) {
        this.rescan = true;
        return records.length;
      }
    }
    return records.length;
  }

  /** What was found since the last take(). */
  take(): ChangeBatch {
    if (this.rescan) return { nodes: [], removed: true, removedFrom: [], rescan: true };
    const nodes = topMost(this.fresh.filter((n) => n.isConnected));
    const from = [...this.removedFrom].filter((n) => n.isConnected);
    const batch = { nodes, removed: this.removed, removedFrom: from, rescan: false };
    this.fresh = [];
    this.removedFrom = new Set();
    this.removed = false;
    return batch;
  }

  private take1(node: Node): void {
    if (this.touched.has(node)) return;
    this.touched.add(node);
    this.fresh.push(node);
  }
}

/**
 * Drops nodes that sit inside another node of the list (a walk of the outer one covers them).
 * Siblings share the answer for their parent: 5,000 new paragraphs under one <main> climb
 * from <main> once, not 5,000 times.
 */
export function topMost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  const out: Node[] = [];
  // Ancestor -> whether it, or one above it, is in the set.
  const known = new Map<Node, boolean>();
  for (const node of set) {
    const parent = node.parentNode;
    let inside = false;
    if (parent) {
      const cached = known.get(parent);
      if (cached !== undefined) inside = cached;
      else {
        for (let up: Node | null = parent; up; up = up.parentNode) {
          if (set.has(up)) {
            inside = true;
            break;
          }
        }
        known.set(parent, inside);
      }
    }
    if (!inside) out.push(node);
  }
  return out;
}
