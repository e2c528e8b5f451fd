/**
 * The toolbar badge: how many passages are hidden on a tab. Each frame of a
 * tab reports its own count (content scripts run in every frame), so the
 * badge is the sum over the tab's frames. Pure: the caller injects setText.
 */
export interface BadgeCounter {
  count(tabId: number, frameId: number, hidden: number): void;
  /** A new document is loading in the tab: its old counts no longer apply. */
  reset(tabId: number): void;
  forget(tabId: number): void;
}

export function badgeText(total: number): string {
  if (total <= 0) return '';
  // The badge fits about four characters.
  return total > 999 ? '999+' : String(total);
}

export function createBadgeCounter(setText: (tabId: number, text: string) => void): BadgeCounter {
  const tabs = new Map<number, Map<number, number>>();
  const show = (tabId: number) => {
    let total = 0;
    for (const n of tabs.get(tabId)?.values() ?? []) total += n;
    setText(tabId, badgeText(total));
  };
  return {
    count(tabId, frameId, hidden) {
      const frames = tabs.get(tabId) ?? new Map<number, number>();
      frames.set(frameId, Math.max(0, Math.floor(hidden) || 0));
      tabs.set(tabId, frames);
      show(tabId);
    },
    reset(tabId) {
      if (!tabs.has(tabId)) return;
      tabs.delete(tabId);
      setText(tabId, '');
    },
    forget(tabId) {
      tabs.delete(tabId);
    },
  };
}
