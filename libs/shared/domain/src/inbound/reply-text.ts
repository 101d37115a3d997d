/**
 * What a person wrote in a reply, without the quoted original below it, so the timeline and the
 * reply inbox show the new words. Mail programs quote in different ways: "> " prefixes, an
 * attribution line ("On … wrote:", Gmail's "于…写道：", Apple's "在…写道：", Outlook's "於…寫道："),
 * or Outlook's header block ("-----Original Message-----", "From: … Sent: …", "发件人：…").
 */

const MAX_LINES = 5000;
const ATTRIBUTION = /^(?:on\b.*\bwrote|.*(?:写道|寫道|寫了|写了|a écrit|schrieb)|le .* a écrit)\s*[:：]\s*$/i;
const SEPARATOR = [
  /^-{2,}\s*(?:original message|forwarded message|原始邮件|原始郵件|原始信件|转发的邮件|轉寄的郵件)\s*-{2,}$/i,
  /^_{10,}$/,
  // QQ Mail: "------------------ 原始邮件 ------------------".
  /^-{5,}\s*\S.*-{5,}$/,
];
// Outlook's block starts with From: and is followed by Sent:/Date: (in the program's language).
const HEADER_FROM = /^\*?(?:from|发件人|寄件者|寄件人)\s*\*?\s*[:：]/i;
const HEADER_NEXT = /^\*?(?:sent|date|发送时间|日期|寄件日期|傳送時間|to|收件人|收件者)\s*\*?\s*[:：]/i;

export function replyText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n', MAX_LINES);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (ATTRIBUTION.test(line) || SEPARATOR.some((re) => re.test(line))) break;
    // Gmail wraps a long attribution over two lines: "On Mon, … Jane Doe <" / "jane@example.com> wrote:".
    if (i + 1 < lines.length && /^on\b/i.test(line) && ATTRIBUTION.test(`${line} ${lines[i + 1].trim()}`)) break;
    if (HEADER_FROM.test(line) && i + 1 < lines.length && HEADER_NEXT.test(lines[i + 1].trim())) break;
    if (line.startsWith('>')) continue;
    kept.push(lines[i].replace(/\s+$/, ''));
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  while (kept.length > 0 && kept[0] === '') kept.shift();
  return kept.join('\n');
}
