import { exportPack } from '@/src/core/pack/library';
import type { Pack } from '@/src/core/pack/schema';
import { parseEpisodeKey } from '@/src/settings/episodes';
import { parseSiteList } from '@/src/settings/hosts';
import { readSettings } from '@/src/settings/library-read';
import {
  addTerm,
  deletePack,
  enablePack,
  importPack,
  listPacks,
  removeTerm,
} from '@/src/settings/packs';
import { type RawSettings, watchSettings } from '@/src/settings/settings';
import { resetAll, setFollowed, setSitePaused, updatePrefs } from '@/src/settings/update';
import { replaceKeepingFocus } from '../popup/dom';
import { afterImport, blankTermDraft, emptyDrafts } from './drafts';
import type { OptionsEnv, OptionsHandlers, OptionsModel, TermDraft } from './model';
import { renderOptions } from './view';

/** What the options page needs from the browser, injected so tests can answer. */
export interface OptionsDeps extends OptionsEnv {
  builtins: readonly Pack[];
  now(): number;
  confirm(question: string): boolean;
  download(filename: string, text: string): void;
  readFile(file: File): Promise<string>;
}

export interface OptionsController {
  /** Settles when the work a user action started has finished (tests wait on it). */
  idle(): Promise<void>;
  destroy(): void;
}

/** Renders from one settings read and re-renders on every change, keeping what the user typed. */
export async function mountOptions(
  root: HTMLElement,
  deps: OptionsDeps,
): Promise<OptionsController> {
  const { t } = deps;
  let settings: RawSettings = await readSettings();
  let drafts = emptyDrafts(settings.prefs.neverSites.join('\n'));
  let sitesEdited = false;
  let pending: Promise<unknown> = Promise.resolve();

  const model = (): OptionsModel => {
    const followed = new Set(settings.followed);
    return {
      packs: listPacks(settings.library, deps.builtins).map((e) => ({
        ...e,
        followed: followed.has(e.pack.id),
      })),
      ownTerms: settings.library.ownTerms,
      prefs: settings.prefs,
      drafts,
    };
  };
  /** Where focus goes when the focused control disappears (its pack or term was deleted). */
  let focusNext: string | undefined;
  const render = () => {
    if (replaceKeepingFocus(root, renderOptions(model(), handlers, deps), focusNext)) {
      focusNext = undefined;
    }
  };
  const reload = async () => {
    settings = await readSettings();
    // Sites changed elsewhere (another window, a reset) show up unless the user is editing them.
    if (!sitesEdited) drafts.sitesText = settings.prefs.neverSites.join('\n');
    render();
  };
  const act = (work: () => Promise<unknown>) => {
    pending = pending.then(work).then(reload, reload);
  };
  const packTitle = (id: string) => model().packs.find((p) => p.pack.id === id)?.pack.title ?? id;
  const termDraft = (showId: string): TermDraft =>
    drafts.terms[showId] ?? blankTermDraft(model().packs.find((p) => p.pack.id === showId)?.pack);

  const runImport = async (text: string) => {
    if (text.trim() === '') {
      drafts = { ...drafts, importErrors: [t('optionsImportEmpty')], importNotice: '' };
      return;
    }
    const result = await importPack(text, deps.now(), deps.builtins);
    // Someone importing a new show wants its spoilers hidden; a re-import keeps their choice.
    if (result.ok && !result.replaced) await setFollowed(result.pack.id, true);
    drafts = afterImport(drafts, result, t);
  };

  const handlers: OptionsHandlers = {
    setFollowed: (id, follow) => act(() => setFollowed(id, follow)),
    setEnabled: (id, enabled) => act(() => enablePack(id, enabled, deps.builtins)),
    exportPack: (id) => {
      const pack = model().packs.find((p) => p.pack.id === id)?.pack;
      if (pack) deps.download(`${id}.json`, exportPack(pack));
    },
    deletePack: (id) => {
      if (!deps.confirm(t('optionsConfirmDelete', packTitle(id)))) return;
      focusNext = 'packs-heading';
      act(() => deletePack(id));
    },
    editImport: (text) => {
      drafts.importText = text;
    },
    importPasted: () => act(() => runImport(drafts.importText)),
    importFile: (file) => act(async () => runImport(await deps.readFile(file))),
    editTerm: (showId, change) => {
      drafts.terms = { ...drafts.terms, [showId]: { ...termDraft(showId), ...change } };
    },
    addTerm: (showId) =>
      act(async () => {
        const draft = termDraft(showId);
        const at = parseEpisodeKey(draft.episode);
        const result = at
          ? await addTerm(showId, draft.term, at.season, at.episode, deps.builtins)
          : { ok: false as const, errors: [] };
        drafts.terms = {
          ...drafts.terms,
          [showId]: result.ok
            ? { ...draft, term: '', errors: [] }
            : { ...draft, errors: result.errors },
        };
      }),
    removeTerm: (showId, term) => {
      focusNext = `term-${showId}`;
      act(() => removeTerm(showId, term.term));
    },
    setSensitivity: (value) => act(() => updatePrefs(() => ({ sensitivity: value }))),
    setHideStyle: (value) => act(() => updatePrefs(() => ({ hideStyle: value }))),
    editSites: (text) => {
      drafts.sitesText = text;
      sitesEdited = true;
    },
    saveSites: () =>
      act(async () => {
        const { hosts, errors } = parseSiteList(drafts.sitesText);
        drafts.sitesNotice = '';
        drafts.siteErrors = errors.map((e) => t('optionsSiteError', String(e.line), e.text));
        if (errors.length > 0) return;
        await updatePrefs(() => ({ neverSites: hosts }));
        sitesEdited = false;
        drafts.sitesNotice = t('optionsSaved');
      }),
    resumeSite: (host) => {
      focusNext = 'paused-sites-heading';
      act(() => setSitePaused(host, false));
    },
    reset: () => {
      if (!deps.confirm(t('optionsConfirmReset'))) return;
      act(async () => {
        await resetAll();
        drafts = { ...emptyDrafts(''), resetNotice: t('optionsResetDone') };
        sitesEdited = false;
      });
    },
  };

  render();
  const unwatch = watchSettings(() => void reload());
  return {
    idle: async () => {
      await pending;
      await pending;
    },
    destroy: unwatch,
  };
}
