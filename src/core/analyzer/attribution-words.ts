// Closed-class words the speaker-phrase rules stop at. The tokenizer caches membership as word
// flags (word-flags.ts), so the hot scans test a bit instead of a Set on the token's string.

/** auxiliaries and adverbs between a speaker and a cue verb ("has also said") */
export const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'has', 'did', 'does', 'do', 'had', 'could', 'may', 'might', 'also', 'now', 'later', 'then', 'once', 'again', 'previously', 'recently', 'further', 'reportedly', 'repeatedly', 'earlier', 'first', 'publicly', 'privately', 'simply', 'even', 'still', 'only', 'just', 'never', 'not', 'separately', 'often', 'always', 'quickly', 'flatly']);
/** words a speaker phrase never runs across */
export const NP_STOP = new Set([
  'that', 'which', 'who', 'whom', 'and', 'but', 'or', 'as', 'after', 'because', 'when', 'while', 'though', 'although',
  'if', 'since', 'before', 'to', 'with', 'on', 'in', 'at', 'for', 'from', 'by', 'than', 'so', 'about', 'into', 'over',
  'under', 'what', 'where', 'how', 'why', 'not', 'it', 'there', 'this', 'is', 'was', 'be', 'been', 'being', 'are',
  'were', 'would', 'could', 'should', 'will', 'can', 'did', 'do', 'does', 'has', 'had', 'have', 'during', 'until',
  'unless', 'whether', 'yet', 'then', 'also', 'more', 'less', 'most', 'just', 'even', 'such', 'very',
]);
/** words a speaker phrase never ends with */
export const NP_BAD_END = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'some', 'many', 'all']);
/** Words that open a clause of its own inside a sentence ("…, and as Trump went on about “…”"): context-cues.ts */
export const CLAUSE_OPENERS = new Set(['as', 'while', 'when', 'because', 'although', 'though', 'whereas', 'after', 'before', 'since', 'and', 'but']);
/** Cue forms that are also plural nouns ("late-night tweets", "reports on the deal"). */
export const NOUN_LIKE = new Set(['state', 'tweets', 'reports', 'claims', 'notes', 'states', 'questions', 'hopes', 'fears', 'shows', 'calls', 'promises', 'vows', 'pledges', 'estimates', 'blasts', 'slams']);
/** Tokens other than cue verbs that the attribution passes' one walk over a paragraph stops at
 *  (sentences in attribution.ts): "according" (of "according to") and the marks that may end a sentence. */
export const WALK_STOPS = ['according', '.', '!', '?', '”', '"', '»', "'"];
