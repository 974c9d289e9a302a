/**
 * Function words that say nothing about which event an article reports, for English and the
 * most common other Latin-script news languages. Kept short on purpose: a word missing here only
 * gets a low IDF weight, while a content word listed here by mistake is lost for matching.
 */
const ENGLISH =
  'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself ' +
  // News boilerplate: verbs of saying and vague time words every story uses.
  'says said say new news report reports reported according told tells week weeks year years day days monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow first last one two three may might must us mr mrs ms get got make made amid via per since still back like many much even well around ' +
  // Feed labels that outlets add to any story's headline ("Live updates:", "Opinion |", "WATCH").
  'live update updates latest opinion analysis explainer explained exclusive breaking watch video videos photos highlights';

const FRENCH =
  'le la les un une des du de et en au aux ce ces cet cette il elle ils elles est sont été être avoir pour par sur dans avec sans pas plus ne qui que quoi dont où se sa son ses leur leurs nous vous je tu lui mais ou donc car';
const SPANISH =
  'el la los las un una unos unas y o de del al en con por para sin sobre entre es son fue ser estar está han ha que se su sus lo le les como más pero muy ya no';
const GERMAN =
  'der die das den dem des ein eine einer eines einem einen und oder aber in im am an auf aus bei mit nach von vor zu zum zur für über unter ist sind war wird werden hat haben nicht auch als wie dass sich es er sie wir ihr';
const ITALIAN_PORTUGUESE =
  'il lo gli della delle dei degli nel nella con per tra fra che non sono è di da e um uma os as do da dos das na no nas nos em com por para que não ao aos pelo pela';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, FRENCH, SPANISH, GERMAN, ITALIAN_PORTUGUESE].join(' ').split(/\s+/),
);
