/**
 * Very common English words. A fact marked `context: "self"` whose every term
 * group is made only of these would fire on ordinary pages that have nothing to
 * do with the show ("he left her"), so validation warns about it. Hand-picked:
 * function words plus the everyday verbs and nouns that plot summaries lean on.
 *
 * Deliberately not the matcher's list (src/core/text/common-words.ts): that one names the words
 * that never start a term or a typo match, and plot words such as "kissed", "killed" or "death"
 * must stay out of it so that they count as plot evidence. Here they belong in, because a fact
 * made of nothing else fires on any page that tells any story.
 */
const WORDS = `
a about above after again against all almost also always am an and another any anyone anything
are around as at away back bad be became because become been before being below best better
between big both but by came can cannot come could day days did do does doing done down during
each end even ever every everyone everything few find first for found from full gave get gets
getting give given go goes going gone good got great had has have having he her here hers herself
him himself his home how however i if in into is it its itself just keep kept know knew known last
later least leave left less let like little long look made make makes making man many may me might
more most much must my myself never new next night no not nothing now of off old on once one only
or other others our out over own part people place put really right said same saw say says see seen
she should show shows since so some someone something soon still such take taken takes tell than
that the their them themselves then there these they thing things think this those though thought
through time to told too took two under until up upon us use used very want wants was way we well
went were what when where which while who whom whose why will with without woman work would year
years yes yet you your yours yourself
ask asked back bring brought call called change changed comes coming dead death die died dies end
ends face family feel feels fell felt friend friends girl girls guy guys hand head hear heard help
hurt kill killed kiss kissed life live lives love loved loves meet met mother father mom dad move
moved need needs open play played plays run said save school seems sees start started stay stays
stop stopped talk talked team thinks tries try trying turn turns wait walk watch watched win won
world wrong yeah
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

/** True when every word of `term` (a word or a phrase) is a very common word. */
export function isCommonTerm(term: string): boolean {
  const words = term.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.length > 0 && words.every((word) => COMMON_WORDS.has(word));
}
