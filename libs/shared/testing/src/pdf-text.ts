import zlib from 'node:zlib';

/**
 * The text a PDF written by pdfkit with an embedded (Identity-H) font draws, one string per text
 * operation (a line or a table cell), in drawing order. Enough to assert what a document *says*
 * without a PDF library: pdfkit's content streams show glyph ids as hex strings in `TJ` arrays,
 * and the font's ToUnicode CMap maps each id back to its characters. Standard fonts (Helvetica)
 * have no such map and are not read.
 */
export function pdfText(pdf: Buffer): string[] {
  const streams = inflatedStreams(pdf);
  const toUnicode = new Map<number, string>();
  for (const s of streams) {
    for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) readRanges(block[1], toUnicode);
    for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const m of block[1].matchAll(/<([0-9a-f]+)>\s*<([0-9a-f ]+)>/gi)) toUnicode.set(parseInt(m[1], 16), unitsToString(m[2]));
    }
  }
  const lines: string[] = [];
  for (const s of streams) {
    if (!/\bTJ\b/.test(s)) continue;
    for (const op of s.matchAll(/\[((?:<[0-9a-f]*>|[-\d.\s])*)\]\s*TJ/gi)) {
      let text = '';
      for (const hex of op[1].matchAll(/<([0-9a-f]*)>/gi)) {
        for (let i = 0; i + 4 <= hex[1].length; i += 4) text += toUnicode.get(parseInt(hex[1].slice(i, i + 4), 16)) ?? '\uFFFD';
      }
      lines.push(text);
    }
  }
  return lines;
}

function inflatedStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString('latin1');
  // Each stream is read by the /Length its dictionary declares, not up to the next "endstream":
  // compressed bytes may end in 0x0D, which a search for "\r\nendstream" would take as the line
  // break and cut off, so roughly one PDF in a few hundred lost its ToUnicode map that way.
  for (const m of text.matchAll(/\/Length (\d+)(?![\d ]* R)[^>]*>>\s*stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    try {
      out.push(zlib.inflateSync(pdf.subarray(start, start + Number(m[1]))).toString('latin1'));
    } catch {
      // Not a Flate stream (an image, a font program stored raw): it draws no text.
    }
  }
  return out;
}

const unitsToString = (hex: string) => String.fromCharCode(...hex.trim().split(/\s+/).flatMap((u) => u.match(/.{1,4}/g) ?? []).map((u) => parseInt(u, 16)));

/** `<lo> <hi> [<dst> <dst> …]` (one destination per code) or `<lo> <hi> <dst>` (consecutive). */
function readRanges(block: string, into: Map<number, string>): void {
  for (const m of block.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f ]+>)/gi)) {
    const lo = parseInt(m[1], 16);
    const hi = parseInt(m[2], 16);
    if (m[3].startsWith('[')) {
      [...m[3].matchAll(/<([0-9a-f ]+)>/gi)].forEach((d, i) => into.set(lo + i, unitsToString(d[1])));
    } else {
      const first = parseInt(m[3].slice(1, -1).replace(/\s+/g, ''), 16);
      for (let code = lo; code <= hi; code++) into.set(code, String.fromCharCode(first + code - lo));
    }
  }
}
