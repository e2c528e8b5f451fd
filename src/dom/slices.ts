import { WAIT_ATTR } from './marks';

/**
 * Main-thread time one piece of shield work may take before the rest of a batch waits for the
 * next frame: under the 50 ms long-task line, with room for the browser's own work. A
 * 20,000-paragraph page arrived from the parser in batches that took one piece of ~790 ms.
 */
export const SLICE_MS = 30;

/** Roots run between two looks at the clock: one look per paragraph would cost more than it saves. */
export const GROUP = 16;

/** Waiting roots looked at per frame: far more than a slice gets through. */
const LOOK_AHEAD = 1024;

/**
 * Frames at most (~100 ms at 60 Hz) that content deferred before the page's first paint waits
 * for that paint to be on screen. Why wait at all: deciding it in the very next frame kept the
 * main thread busy while the first frame was still being rastered (2 cores here), and the
 * first contentful paint of the article page came 40-80 ms later (traces; bench:dom went from
 * +132 to +72 ms). The cap is for pages whose first paint has no content, or browsers without
 * Paint Timing.
 */
export const FIRST_PAINT_WAIT_FRAMES = 6;

/** One kind of work spread over frames: runs up to the deadline, says whether more is left. */
export type FrameTask = (deadline: number) => boolean;

/**
 * One requestAnimationFrame callback per frame for all the shield's deferred work, run in a
 * fixed order under one deadline: two callbacks of 30 ms each in the same frame would make
 * one 60 ms task. rAF callbacks run before that frame's paint, so whatever a task hides or
 * decides in it is on screen only as decided.
 */
export class FrameLoop {
  private readonly tasks: FrameTask[] = [];
  private readonly wanted = new Set<FrameTask>();
  private frame = 0;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly sliceMs: number,
  ) {}

  /** Registers a task; earlier registrations run first in each frame. */
  add(task: FrameTask): void {
    this.tasks.push(task);
  }

  /** Asks for a frame in which `task` runs. */
  want(task: FrameTask): void {
    this.wanted.add(task);
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => this.run());
  }

  drop(task: FrameTask): void {
    this.wanted.delete(task);
    if (this.wanted.size > 0 || !this.frame) return;
    this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private run(): void {
    this.frame = 0;
    const deadline = this.win.performance.now() + this.sliceMs;
    const due = this.tasks.filter((t) => this.wanted.has(t));
    this.wanted.clear();
    // Every task runs at least a little each frame (each makes its own minimum of progress),
    // so a feed that keeps new content waiting cannot starve a rescan.
    for (const task of due) if (task(deadline)) this.want(task);
  }
}

/**
 * The roots of a batch that did not fit in its slice. Each waits hidden (WAIT_ATTR, manifest
 * CSS: visibility hidden) and is run in a later requestAnimationFrame callback, which comes
 * before that frame's paint: so a root is shown only in the same task that decided it, never
 * before. Idle callbacks and timers are not used: work deferred to them let spoilers flash.
 * The effect is that of the page having sent the batch in smaller pieces, with the pieces not
 * yet read hidden instead of absent.
 */
export class WaitingRoots {
  private queue: Element[] = [];
  private head = 0;
  /** Frames left to wait for the first paint (FIRST_PAINT_WAIT_FRAMES; 0: not waiting). */
  private paintWait = 0;
  private readonly task: FrameTask = (deadline) => this.drain(deadline);

  constructor(
    private readonly frames: FrameLoop,
    /** Runs roots up to the deadline; returns how many of them it took. */
    private readonly run: (roots: readonly Element[], deadline: number) => number,
    /** Whether the page's first contentful paint is on screen yet. */
    private readonly painted: () => boolean = () => false,
  ) {
    frames.add(this.task);
  }

  get size(): number {
    return this.queue.length - this.head;
  }

  /**
   * Hides the roots until a later frame runs them. `afterPaint`: not in the coming frame, whose
   * paint is the page's first (first-paint.ts), but once that paint is on screen.
   */
  defer(roots: readonly Element[], afterPaint = false): void {
    for (const root of roots) {
      root.setAttribute(WAIT_ATTR, '');
      this.queue.push(root);
    }
    if (afterPaint) this.paintWait = FIRST_PAINT_WAIT_FRAMES;
    this.frames.want(this.task);
  }

  /** Shows every waiting root without running it: a full scan covers them, or the shield stops. */
  clear(): void {
    for (let i = this.head; i < this.queue.length; i++) {
      (this.queue[i] as Element).removeAttribute(WAIT_ATTR);
    }
    this.queue = [];
    this.head = 0;
    this.paintWait = 0;
    this.frames.drop(this.task);
  }

  private drain(deadline: number): boolean {
    if (this.paintWait > 0) {
      // The coming frame paints what was decided; the rest waits until that is on screen.
      const coming = this.paintWait === FIRST_PAINT_WAIT_FRAMES;
      if (coming || !this.painted()) {
        this.paintWait--;
        return this.size > 0;
      }
      this.paintWait = 0;
    }
    // A bounded look ahead: copying the whole queue each frame was O(queue) per frame.
    const chunk = this.queue.slice(this.head, this.head + LOOK_AHEAD);
    this.head += chunk.length;
    const live = chunk.filter((root) => {
      if (root.isConnected) return true;
      root.removeAttribute(WAIT_ATTR);
      return false;
    });
    const taken = live.length > 0 ? this.run(live, deadline) : 0;
    // Shown only now, after the marks of what they hold were set, in this same task.
    for (let i = 0; i < taken; i++) (live[i] as Element).removeAttribute(WAIT_ATTR);
    // What this frame did not reach goes back to the front of the queue, in order.
    const rest = live.slice(taken);
    this.head -= rest.length;
    for (let i = 0; i < rest.length; i++) this.queue[this.head + i] = rest[i] as Element;
    if (this.head > LOOK_AHEAD && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return this.size > 0;
  }
}
