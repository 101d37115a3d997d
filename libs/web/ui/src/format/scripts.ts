/** Kana and CJK ideographs: scripts written without spaces between words. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;

/** Whether the text holds Chinese or Japanese characters (words there are not separated by spaces). */
export const hasCjk = (text: string): boolean => CJK.test(text);
