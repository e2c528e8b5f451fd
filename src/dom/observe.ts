import { isShieldLabel } from './marks';

const NOT_BLANK = /\S/;

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
  /** When the observer callback began (0 without a clock): the batch's time includes reduce. */
  start?: number;
}

/**
 * Above this many added or changed nodes in one batch, drop the per-node bookkeeping and
 * rescan everything. Collecting added subtrees is linear, so this only bounds the batch's
 * memory: at 2,000 the parser's own batches on a 2.6 MB page triggered a full rescan every
 * few tasks (700 ms each), so it is set far above what a parser task or a feed produces.
 */
export const RESCAN_THRESHOLD = 200_000;

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

  constructor(
    MO: typeof MutationObserver,
    private readonly onChange: (batch: ChangeBatch) => void,
    private readonly wanted: () => boolean,
    private readonly rescanThreshold = RESCAN_THRESHOLD,
    private readonly clock?: () => number,
  ) {
    this.mo = new MO((records) => this.handle(records));
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
  }

  private handle(records: MutationRecord[]): void {
    // Off, paused or not ready: drop the records unread (the next scan covers the page).
    if (!this.wanted()) return;
    const start = this.clock?.() ?? 0;
    const batch = reduce(records, this.rescanThreshold);
    batch.start = start;
    if (batch.rescan || batch.removed || batch.nodes.length > 0) this.onChange(batch);
  }
}

/**
 * Turns raw records into top-most changed nodes: a node added inside an added node counts once.
 *
 * Hot while a big page parses: ~5 records per paragraph, 100,000 on a 20,000-paragraph page.
 * The parser inserts an element, then its children, then theirs, so a record whose target (or
 * the target's parent) was added in this batch is covered by that node's walk: its NodeList is
 * not even read. Plain index loops, no iterator objects. A Chromium micro-benchmark of those
 * 100,000 records: ~2.5x faster than reading every record's nodes and climbing from each.
 */
export function reduce(records: MutationRecord[], threshold = RESCAN_THRESHOLD): ChangeBatch {
  const touched = new Set<Node>();
  const removedFrom = new Set<Node>();
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as MutationRecord;
    const target = record.target;
    if (record.type === 'characterData') {
      touched.add(target);
      continue;
    }
    // Only a shortcut: what it lets through, topMost below drops. Checked before the record's
    // NodeList is even read: in the content script's world each one read is a new wrapper.
    // A target added in this batch (or inside one) is walked whole, and what was removed from
    // it came into the page in this batch too (a node moved there has a removal record of its
    // own, from where it was): its removedNodes need no read either. Parsing a 20,000-paragraph
    // page gave one batch of 91,000 records, most of them inside new paragraphs.
    if (touched.has(target) || touched.has(target.parentNode as Node)) continue;
    const nodes = record.addedNodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as Node;
      // Blank text adds nothing to a passage (collect skips it), and a parser's batch is half
      // of them (the newlines between paragraphs): 18,000 of 37,000 nodes in that batch.
      const type = node.nodeType;
      if (type === 3 ? !NOT_BLANK.test((node as Text).data) : isShieldLabel(node)) continue;
      touched.add(node);
    }
    const removed = record.removedNodes;
    for (let i = 0; i < removed.length; i++) {
      if (!isShieldLabel(removed[i] as Node)) {
        removedFrom.add(target);
        break;
      }
    }
    if (touched.size > threshold) {
      return { nodes: [], removed: true, removedFrom: [], rescan: true };
    }
  }
  const nodes = topMost([...touched].filter((n) => n.isConnected));
  const from = [...removedFrom].filter((n) => n.isConnected);
  return { nodes, removed: removedFrom.size > 0, removedFrom: from, rescan: false };
}

/** Drops nodes that sit inside another node of the list (a walk of the outer one covers them). */
export function topMost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  const out: Node[] = [];
  for (const node of set) {
    let inside = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      if (set.has(up)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(node);
  }
  return out;
}
