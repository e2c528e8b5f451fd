/**
 * The toolbar badge: how many passages are hidden on a tab. Each frame of a
 * tab reports its own count (content scripts run in every frame), so the
 * badge is the sum over the tab's frames. Pure: the caller injects setText
 * and, optionally, where the counts are kept across restarts.
 */
export interface BadgeCounter {
  count(tabId: number, frameId: number, hidden: number): void;
  /** A new document is loading in the tab: its old counts no longer apply. */
  reset(tabId: number): void;
  forget(tabId: number): void;
}

/** Per tab, per frame: the last count reported. JSON-safe (keys are strings). */
export type BadgeState = Record<string, Record<string, number>>;

/**
 * Where the counts outlive the background: an MV3 service worker is stopped after ~30 s
 * idle and started again on the next message, and a count from one frame must not then
 * replace the tab's sum with that frame's own count.
 */
export interface BadgeStore {
  load(): Promise<BadgeState>;
  save(state: BadgeState): void;
}

export function badgeText(total: number): string {
  if (total <= 0) return '';
  // The badge fits about four characters.
  return total > 999 ? '999+' : String(total);
}

export function createBadgeCounter(
  setText: (tabId: number, text: string) => void,
  store?: BadgeStore,
): BadgeCounter {
  const tabs = new Map<number, Map<number, number>>();
  // Until the kept counts are read, what arrives waits, then applies on top of them in order.
  let waiting: (() => void)[] | null = store ? [] : null;
  const show = (tabId: number) => {
    let total = 0;
    for (const n of tabs.get(tabId)?.values() ?? []) total += n;
    setText(tabId, badgeText(total));
  };
  const save = () => {
    if (!store || waiting) return;
    const state: BadgeState = {};
    for (const [tabId, frames] of tabs) state[tabId] = Object.fromEntries(frames);
    store.save(state);
  };
  const counter: BadgeCounter = {
    count(tabId, frameId, hidden) {
      if (waiting) return void waiting.push(() => counter.count(tabId, frameId, hidden));
      const frames = tabs.get(tabId) ?? new Map<number, number>();
      frames.set(frameId, Math.max(0, Math.floor(hidden) || 0));
      tabs.set(tabId, frames);
      show(tabId);
      save();
    },
    reset(tabId) {
      if (waiting) return void waiting.push(() => counter.reset(tabId));
      if (!tabs.has(tabId)) return;
      tabs.delete(tabId);
      setText(tabId, '');
      save();
    },
    forget(tabId) {
      if (waiting) return void waiting.push(() => counter.forget(tabId));
      if (tabs.delete(tabId)) save();
    },
  };
  store
    ?.load()
    .catch((): BadgeState => ({}))
    .then((state) => {
      for (const [tabId, frames] of Object.entries(state ?? {})) {
        const map = new Map<number, number>();
        for (const [frameId, n] of Object.entries(frames ?? {})) {
          if (Number.isFinite(n) && n > 0) map.set(Number(frameId), n);
        }
        if (map.size > 0) tabs.set(Number(tabId), map);
      }
      const queued = waiting ?? [];
      waiting = null;
      for (const run of queued) run();
    });
  return counter;
}
