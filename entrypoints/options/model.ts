import type { OwnTerm, Sensitivity } from '@/src/core/match/types';
import type { Pack } from '@/src/core/pack/schema';
import type { Translate } from '@/src/settings/i18n';
import type { HideStyle, Prefs } from '@/src/settings/prefs';

/** One pack as the options page lists it. */
export interface PackRow {
  pack: Pack;
  builtin: boolean;
  enabled: boolean;
  followed: boolean;
}

export interface TermDraft {
  term: string;
  /** Episode key, "S1E4". */
  episode: string;
  errors: string[];
}

/** What the user is typing, and the answers to it; kept across re-renders. */
export interface Drafts {
  importText: string;
  importErrors: string[];
  importWarnings: string[];
  importNotice: string;
  sitesText: string;
  siteErrors: string[];
  sitesNotice: string;
  resetNotice: string;
  terms: Record<string, TermDraft>;
}

export interface OptionsModel {
  packs: PackRow[];
  ownTerms: Record<string, OwnTerm[]>;
  prefs: Prefs;
  drafts: Drafts;
}

export interface OptionsHandlers {
  setFollowed(packId: string, follow: boolean): void;
  setEnabled(packId: string, enabled: boolean): void;
  exportPack(packId: string): void;
  deletePack(packId: string): void;
  editImport(text: string): void;
  importPasted(): void;
  importFile(file: File): void;
  editTerm(showId: string, change: Partial<TermDraft>): void;
  addTerm(showId: string): void;
  removeTerm(showId: string, term: OwnTerm): void;
  setSensitivity(value: Sensitivity): void;
  setHideStyle(value: HideStyle): void;
  editSites(text: string): void;
  saveSites(): void;
  resumeSite(host: string): void;
  reset(): void;
}

export interface OptionsEnv {
  t: Translate;
}
