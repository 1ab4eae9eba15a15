/**
 * The words the name checks know: capitalised words that are not people (calendar words, faiths,
 * languages, therapy words, sentence openers), titles and kin words that announce a name, and
 * words that say a capitalised phrase is an organisation, a place or a title rather than a person.
 * Compared in lower case. One home for the person-name check and the capitalised-word guess.
 */

const words = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/));

/**
 * Capitalised words that are not people but proper words of their own: calendar words, holidays,
 * faiths and their books and places, languages and peoples, therapy vocabulary, apps. A capitalised
 * word right after one of these belongs to its phrase ("Sunday Assembly", "Catholic Charities").
 */
export const PROPER_NOT_PEOPLE = words(`
  god lord allah jesus christ monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december christmas easter thanksgiving
  ramadan eid diwali hanukkah passover lent halloween pride mass yom kippur rosh hashanah purim sukkot
  shavuot pesach holi navratri vesak onam pongal songkran obon chuseok losar kwanzaa nowruz hogmanay
  carnival epiphany pentecost whitsun juneteenth matariki samhain yule english spanish french german
  arabic chinese mandarin cantonese vietnamese korean japanese portuguese russian ukrainian polish farsi
  dari pashto somali swahili amharic tigrinya hindi urdu punjabi bengali tagalog haitian creole latin asl
  american british canadian mexican african european asian indigenous black white latina latino latinx
  muslim christian jewish catholic orthodox protestant buddhist hindu sikh bible quran qur'an torah
  psalms church mosque temple synagogue emdr cbt dbt ifs act polyvagal mindfulness therapy zoom teams
  obsidian markdown glimmer glimmers google internet covid
`);

/**
 * Words capitalised only because a sentence or a greeting starts with them: pronouns, function
 * words, sentence openers, the family words people use as names of address (Mum, Grandpa).
 */
export const COMMON_WORDS = words(`
  i i'm i've i'd i'll mom mum dad mama papa ma pa grandma grandpa nana granny okay ok sorry yes no thanks
  thank hello hi dear
  a an the and but or nor so if then than that this these those there here it its you your yours we our
  us he him his she her hers they them their me my mine what when where why how who whom whose which
  while because although though after before once until since as at by for from in into of on onto to
  with without about above below under over not never always sometimes maybe perhaps still just even
  also all any some someone something everyone everything nothing nobody each every both many most much
  more less few one two three first next last today tonight tomorrow yesterday now later lately finally
  please let lets is are was were be been being have has had do does did can could will would should
  must might shall again afterwards afterward earlier during between within through like
`);

/** Every capitalised word that is never a name by itself: {@link PROPER_NOT_PEOPLE} and {@link COMMON_WORDS}. */
export const NOT_NAMES: ReadonlySet<string> = new Set([...PROPER_NOT_PEOPLE, ...COMMON_WORDS]);

/** Verbs whose subject is a person ("Guadalupe asked", "Precious said"): places and things do not do these. */
export const HUMAN_VERBS = words(`
  said says asked asks told tells laughed laughs cried cries smiled smiles wept whispered shouted
  apologised apologized admitted hugged replied answered nodded sighed thanked
`);

/** Titles and forms of address: the capitalised word after one is a name ("Mrs. Okonkwo", "Aunt Rosa"). */
export const TITLES = words(`
  mr mrs ms miss mx dr prof professor sir madam madame monsieur mme mlle herr frau señor señora sr sra
  aunt auntie uncle grandma grandpa granny nana nan gran grandmother grandfather cousin
`);

/** Kin and role words: a capitalised word right after one is a name ("her son Idris", "my client Ana"). */
export const KIN = words(`
  son daughter brother sister mother father husband wife partner boyfriend girlfriend fiance fiancée
  fiancé cousin niece nephew grandson granddaughter stepson stepdaughter stepmother stepfather client
  patient friend neighbour neighbor colleague boss teacher coach sponsor caseworker therapist
  interpreter baby child kid twin
`);

/** Lower-case particles inside a surname: "Van der Berg", "Ibn Sina", "da Silva". */
export const NAME_PARTICLES = words(`
  van der den de da di du del della dos das la le bin ibn al el von ter ten y
`);

/**
 * Words that make a capitalised phrase an organisation, a place or a title, not a person
 * ("The Trevor Project", "Tavistock Centre", "Queen Street").
 */
export const NOT_PERSON_TAILS = words(`
  project foundation trust centre center council society institute clinic hospital church chapel
  cathedral mosque temple synagogue university college school academy association club army cross
  line street road avenue lane way drive square park bridge station airport method therapy therapies
  house hall group fund network service services unit ward office agency bank company inc ltd
  team league cup games award prize programme program app times post news radio collective
`);

/** Before a capitalised word these make it a place or a thing ("in Bradford", "the Cup", "her Sikh community"). */
export const NOT_PERSON_BEFORE = words(`
  a an the in near into onto across around outside throughout via inside towards toward within
  her his my their our your its
`);

/** Before a capitalised word these make it a place or a thing unless it is a known first name ("at Tesco", "at Maria"). */
export const USUALLY_NOT_PERSON_BEFORE = words(`at on through from to of`);

/** Words shortly before a capitalised phrase that make it a title ("read The Body Keeps the Score"). */
export const TITLE_CUES = words(`
  read reads reading reread quoted quote quotes book books novel film movie show song songs album
  listens listen listened listening watched watch watching copy
`);

/** Words right before a capitalised word that make it a method or a thing ("tried Brainspotting"). */
export const METHOD_CUES = words(`
  tried try trying tries practised practiced practise practice practising practicing used use using uses
  learning learned learnt learn
`);

/** Words that open a sentence and are followed by its subject ("When Kwame spoke", "Today Hannah chose"). */
export const OPENERS = words(`
  when today then even lately sometimes after afterwards later yesterday tonight once finally and but so
  also still suddenly now while as because though although if
`);
