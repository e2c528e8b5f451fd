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

/**
 * The words of a list written one space apart, lines broken with one newline (a test keeps
 * them so). Why not split(/\s+/): the content script builds these sets in every frame before
 * first paint, and the regular expression split made that 2.2 ms instead of 1.3 (fresh
 * Chromium pages, medians of 20).
 */
export function listedWords(list: string): string[] {
  return list.trim().replaceAll('\n', ' ').split(' ');
}

export const COMMON_WORDS: ReadonlySet<string> = new Set(listedWords(WORDS));

/**
 * More frequent English words, used only to refuse typo matches for a page
 * word: "share" is one edit from "Shane" and "Shore", "bane" from "Bette"'s
 * neighbours. Unlike COMMON_WORDS these stay plot evidence ("police", "mirror").
 */
const MORE = `
share shared shore shine shone shape sharp sheet shelf shell shift shirt shoe shoes shop shot shout shut sick sign
silver simple single sit size skin sky sleep slow small smile smoke snow soft soil son song sorry sort soul sound
south space speak special speed spend spent spirit spot spread spring square staff stage stand star start state
station stay steal step stick stone stood store storm story straight strange street strong student study stuff
style subject success sudden sugar suit summer sun supply sure surface sweet table tail tale tall task taste
teach teacher team tear tears test text thank thanks theme thick thin third thirty thus tie till tiny title today
toe together tomorrow tone tonight tool tooth total touch tough tour town track trade train travel tree trip
trouble truck true trust truth twelve twenty type uncle unit upper usual valley value various view village
visit voice vote wall war warm wash waste watch water wave weak wear weather wedding weekend weight west wet
wheel white whom wide wife wild win wind window wine winter wish wood wooden wore worry worse worst worth wrap
write writer wrote yard yellow yesterday youth zero able above accept across act action actor actually add
address afraid afternoon age agree ahead air allow amount angry animal answer anybody anyway apart apple area
arm army arrive art article aside asleep attack aunt average avoid awake aware baby bag ball band bank bar base
basic bath battle bear beat beautiful beauty bed beer begin beginning believe bell belong beside beyond bill
bird birth black blame blank blind block blood blow blue board boat body bone book border born borrow boss
bottle bottom bowl box brain branch brave bread break breakfast breath brick bridge brief bright broad broke
broken brother brown build building burn burst bus business busy butter button cake calm camera camp capital
captain card career careful carry cat catch cause center central century chain chair chance charge cheap check
cheese chicken chief choice choose church circle citizen claim clean clear climb clock closed cloth clothes
cloud club coach coast coat coffee coin collect college colour color column comfort common company complete
concern condition contain continue control cook cool copy corner correct cost cotton count country couple
course court cousin cover cow crazy cream create crime cross crowd crown cry cup current curtain customer cut
damage dance danger daughter deal dear debate decide deep deer degree deliver demand depend describe desert
design desk detail develop device dig dinner direct dirt dirty discover dish distance divide doctor dollar
double doubt drag draw dream dress drink drive drop dry duck dust duty ear earn earth east easy eat edge effect
effort egg eight either else empty enemy energy engine enjoy enough enter entire equal error escape evening
event exact example except exchange excuse exercise exist expect expensive explain express extra factory fail
fair false famous fan farm fashion fat fault favour fear feature fee feed female fence field fight figure fill
film final finger finish fire firm fish fit fix flag flat flight floor flow flower fly fold follow food foot
force foreign forest forget form forth forward frame fresh fridge front fruit fuel further future garden gas
gate gather general gentle ghost gift glad glass goal god gold golden government grab grade grand grass grave
gray grey green ground group grow guard guess guest guide gun hair hall handle hang happen happy harm hat hate
heart heat heavy height hell hello hero hide hill hire history hole holiday hollow honest horse host hotel hour
huge human hungry hunt hurry husband ice idea ill image imagine include increase indeed inside instead interest
invite iron island issue item job join joke journey judge juice jump key kick kill king kitchen knee knife knock
lack lady lake land language large laugh law lay lazy lead leader leaf lean learn leather leg lend length lesson
letter level library lie lift limit link lip list listen load local lock loose lord loud lovely low luck lunch
machine mad magic mail main major male manage map market marry master match material matter meal measure meat
medium member memory mention message metal method middle milk million minute mirror mix model moment money
month moon morning mountain mouse mouth movie music narrow nation native nature neck nose note notice novel
number nurse object ocean offer office officer oil order organ origin outside owner pack page pain paint pair
palace pale pan paper parent park party pass past path pay peace pen pencil per perfect period person phone
photo pick picture piece pig pile pink pipe plan plane plant plate please plenty pocket poem poet pole police
pool poor popular port position possible post pot pound pour power practice prepare present press pretty price
pride priest print prison private prize problem produce product program project promise proof proper protect
proud prove public pull pure purpose push quarter queen question quick quiet quite race radio rain raise range
rare rate raw reach ready reason receive record red reduce region relax release remain remember remove rent
repair repeat reply report rest result return rich ride ring rise risk river road rock role roll roof root rope
rough round route row royal rule rush sad safe sail salt sand save scale scene score screen sea search season
seat second secret section seed sell send sense serve set seven several shade shadow shake shall shame
`;

export const FREQUENT_WORDS: ReadonlySet<string> = new Set([...COMMON_WORDS, ...listedWords(MORE)]);
