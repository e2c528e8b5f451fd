/**
 * Everyday English words that must never be taken for a misspelled name or
 * term ("better" is one edit from "Bette", "bet" two, "nice" one from "Nick").
 * A fuzzy match is refused when the page word is one of these; exact matches
 * are unaffected. A one-word name that is itself one of these ("Will", "Rose")
 * only matches when the page writes it with a capital letter. Month names such
 * as "June" are left out on purpose: chat writes names in lowercase ("june
 * signing an nda") far more often than a show page mentions the month.
 * Hand-picked: function words plus frequent short verbs, nouns and adjectives.
 */
const WORDS = `
a about above after again against ago all almost alone along already also although always am among an and
another any anyone anything are around as ask asked at away back bad be became because become been before
began behind being below best bet better between big bit both boy bring brought but buy by call called came
can cannot car care case cast cause change child city class close cold come could couldn dark day days dead
did didn die died does doesn dog done don door down during each early end even ever every eye eyes face fact
fall family far fast father feel fell felt few find fine first five for found four free friend from full fun
game gave get gets getting girl give go goes going gone good got great guy guys had half hand hard has have
he head hear heard help her here hers herself high him himself his hit hold home hope hot house how however
i if in into is it its just keep kept kid kind knew know known last late later least leave left less let
life light like line little live lived long look looked lose lost lot love made make man many may me mean
men might mind miss mom more most mother move much must my myself name near need never new next nice night
no none nor not nothing now of off often oh ok okay old on once one only open or other our out over own part
people place play point put rather read real really right room run said same saw say says school see seen
seem set she should show side since sister six so some someone something soon still stop such sure take
taken talk tell than that the their them then there these they thing things think this those though three
through time to told too took top toward try turn two under until up upon us use used very wait want was
watch watched way we week well went were what when where which while who whole why will with without woman
women word work world would year years yes yet you young your yours yeah wow lol omg lmao haha
ball better bitter cassia rose mark will may grace hope faith joy rich
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
