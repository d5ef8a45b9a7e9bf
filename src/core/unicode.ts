// A UTF-16 surrogate without its pair: not a character, and no UTF-8 encoder can write it. Node's
// turns it into U+FFFD, so two different strings would become the same bytes.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasLoneSurrogate = (text: string): boolean => LONE_SURROGATE.test(text);
