import type { ImportResult } from '@/src/core/pack/library';
import type { Pack } from '@/src/core/pack/schema';
import { episodeKey, listEpisodes } from '@/src/settings/episodes';
import type { Translate } from '@/src/settings/i18n';
import type { Drafts, TermDraft } from './model';

export const emptyDrafts = (sitesText: string): Drafts => ({
  importText: '',
  importErrors: [],
  importWarnings: [],
  importNotice: '',
  sitesText,
  siteErrors: [],
  sitesNotice: '',
  resetNotice: '',
  terms: {},
});

/** A blank own-term form: the picker starts at the show's first episode. */
export function blankTermDraft(pack: Pack | undefined): TermDraft {
  const first = pack ? listEpisodes(pack)[0] : undefined;
  return { term: '', episode: first ? episodeKey(first) : '', errors: [] };
}

/**
 * The import form after an attempt: the validator's messages on failure (the
 * pasted text stays, to be fixed), or a notice and any warnings on success.
 */
export function afterImport(drafts: Drafts, result: ImportResult, t: Translate): Drafts {
  const cleared = { ...drafts, importErrors: [], importWarnings: [], importNotice: '' };
  if (!result.ok) return { ...cleared, importErrors: result.errors };
  return {
    ...cleared,
    importText: '',
    importWarnings: result.warnings,
    importNotice: t(result.replaced ? 'optionsReplaced' : 'optionsImportDone', result.pack.title),
  };
}
