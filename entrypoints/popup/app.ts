import type { EpisodeRef } from '@/src/core/episode';
import { NOT_STARTED } from '@/src/core/episode';
import type { TabCommand, TabStatus } from '@/src/core/messages';
import { activePacks } from '@/src/core/pack/library';
import type { Pack } from '@/src/core/pack/schema';
import { nextEpisode } from '@/src/settings/episodes';
import { hostInList } from '@/src/settings/hosts';
import { readSettings } from '@/src/settings/library-read';
import { type RawSettings, watchSettings } from '@/src/settings/settings';
import {
  pauseEverywhere,
  resumeEverywhere,
  setProgress,
  setSitePaused,
  updatePrefs,
} from '@/src/settings/update';
import { replaceKeepingFocus } from './dom';
import { type PopupEnv, type PopupHandlers, renderPopup, type TabState } from './view';

/** What the popup needs from the browser, injected so tests can play the tab. */
export interface PopupDeps extends PopupEnv {
  builtins: readonly Pack[];
  now(): number;
  /** The active tab: its id and its host ('' when it is not a web page). */
  activeTab(): Promise<{ id: number; host: string } | null>;
  /** Sends a command to the tab's content script; null when none answers. */
  sendToTab(tabId: number, command: TabCommand): Promise<TabStatus | null>;
  openOptions(): void;
  /** Subscribes to "the count on this tab changed" pings; returns the unsubscribe. */
  onTabCount?(tabId: number, listener: () => void): () => void;
}

export interface PopupController {
  /** Settles when the last re-render a user action started has finished (tests wait on it). */
  idle(): Promise<void>;
  destroy(): void;
}

/**
 * Renders from one settings read, then keeps the view in step with storage.
 * Every user action is written to storage at once; the content scripts of
 * open tabs watch storage and follow without a reload.
 */
export async function mountPopup(root: HTMLElement, deps: PopupDeps): Promise<PopupController> {
  const [initial, tab] = await Promise.all([readSettings(), deps.activeTab()]);
  let settings: RawSettings = initial;
  let tabState: TabState = tab ? { kind: 'loading' } : { kind: 'unreachable' };
  let pending: Promise<unknown> = Promise.resolve();
  let expiry: ReturnType<typeof setTimeout> | undefined;
  /** Where focus goes when the pressed button is replaced ("Pause" by "Resume" and back). */
  let focusNext: string | undefined;

  const shows = () => {
    const packs = new Map(activePacks(settings.library, [...deps.builtins]).map((p) => [p.id, p]));
    return settings.followed.flatMap((id) => {
      const pack = packs.get(id);
      return pack ? [{ pack, reached: settings.progress[id] ?? NOT_STARTED }] : [];
    });
  };

  const render = () => {
    const now = deps.now();
    const host = tab?.host ?? '';
    const model = {
      shows: shows(),
      prefs: settings.prefs,
      now,
      host,
      sitePaused: hostInList(host, settings.prefs.pausedSites),
      tab: tabState,
    };
    if (replaceKeepingFocus(root, renderPopup(model, handlers, deps), focusNext)) {
      focusNext = undefined;
    }
    // The "Paused until" line must turn back into the button when the hour is up.
    clearTimeout(expiry);
    const until = settings.prefs.pausedUntil;
    if (until !== null && until > now) expiry = setTimeout(render, until - now + 50);
  };

  const reload = async () => {
    settings = await readSettings();
    render();
  };

  const askTab = async (command: TabCommand) => {
    if (!tab) return;
    const status = await deps.sendToTab(tab.id, command).catch(() => null);
    tabState = status ? { kind: 'status', status } : { kind: 'unreachable' };
    render();
  };

  /** Runs a write; the storage watch re-renders, `idle()` lets tests wait for it. */
  const act = (work: () => Promise<unknown>) => {
    pending = pending.then(work).then(reload, reload);
  };

  const progressOf = (showId: string): EpisodeRef => settings.progress[showId] ?? NOT_STARTED;
  const handlers: PopupHandlers = {
    pickEpisode: (showId, reached) => act(() => setProgress(showId, reached)),
    nextEpisode: (showId) => {
      const pack = shows().find((s) => s.pack.id === showId)?.pack;
      const next = pack && nextEpisode(pack, progressOf(showId));
      if (next) act(() => setProgress(showId, next));
    },
    setEnabled: (on) => act(() => updatePrefs(() => ({ enabled: on }))),
    setSitePaused: (paused) => {
      if (tab?.host) act(() => setSitePaused(tab.host, paused));
    },
    pauseHour: () => {
      focusNext = 'resume';
      act(() => pauseEverywhere(deps.now()));
    },
    resume: () => {
      focusNext = 'pause-hour';
      act(() => resumeEverywhere());
    },
    revealAll: () => act(() => askTab({ type: 'reveal-all' })),
    hideAgain: () => act(() => askTab({ type: 'hide-again' })),
    openOptions: () => deps.openOptions(),
  };

  render();
  const unwatch = watchSettings(() => void reload());
  const unCount = tab && deps.onTabCount?.(tab.id, () => void askTab({ type: 'get-status' }));
  await askTab({ type: 'get-status' });

  return {
    idle: async () => {
      await pending;
      await pending;
    },
    destroy: () => {
      clearTimeout(expiry);
      unwatch();
      unCount?.();
    },
  };
}
