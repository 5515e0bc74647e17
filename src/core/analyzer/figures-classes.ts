// The word classes of the figures recogniser (Tok.cls): one bit per word table, see wordClasses()
// in figures-words.ts. Constants only, so the date and number code can test them without
// importing the tables' module.

export const K_UNIT = 1 << 0;
export const K_TEN = 1 << 1;
export const K_SCALE = 1 << 2;
export const K_SHORT_SCALE = 1 << 3;
export const K_VAGUE = 1 << 4;
export const K_ORDINAL = 1 << 5;
export const K_DENOMINATOR = 1 << 6;
export const K_MONTH = 1 << 7;
export const K_WEEKDAY = 1 << 8;
export const K_DEICTIC_DAY = 1 << 9;
export const K_PERIOD = 1 << 10;
export const K_TIME_UNIT = 1 << 11;
export const K_CURRENCY_CODE = 1 << 12;
export const K_CURRENCY_WORD = 1 << 13;
export const K_DOLLAR_NATION = 1 << 14;
export const K_MEASURE = 1 << 15;
export const K_UNIT_MODIFIER = 1 << 16;
/** a word after a number that is not the thing counted (NOT_NOUNS) */
export const K_NOT_NOUN = 1 << 17;
/** a word suffixAt() reads after a quantity: %, money and unit words */
export const K_SUFFIX = 1 << 18;
