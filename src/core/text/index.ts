export { normalize, normalizeWords } from './normalize';
export { type Sentence, splitSentences } from './sentences';
export { CAPITALIZED, FROM_HASHTAG, HAS_DIGIT, type Tokens, tokenize } from './tokenize';
