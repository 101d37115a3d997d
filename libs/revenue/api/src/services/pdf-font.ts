import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The CJK font of the quote PDF, unpacked once per process.
 *
 * Why: @fontsource ships Noto Sans SC as WOFF, whose tables are zlib-compressed one by one, and
 * fontkit (pdfkit's font engine) inflates a table in pure JavaScript on *every* read of it. Each
 * glyph drawn or subset reads the 2.4 MB `glyf` table again, so a one-page quote inflated it a
 * few dozen times: 12–16 s per download. Unpacked to a plain sfnt (what the WOFF wraps), fontkit
 * reads the tables in place and a quote renders in milliseconds.
 */
// Noto Sans SC's Simplified slice lacks Traditional characters that Taiwan readers meet in our own
// labels (駁 of 駁回, 篩 of 篩選) and in their customers' names; a Traditional quote prints with
// Noto Sans TC's Traditional slice, which also covers Latin, digits and currency signs.
const CJK_FONTS = {
  simplified: { pkg: '@fontsource/noto-sans-sc', file: 'noto-sans-sc-chinese-simplified-400-normal.woff' },
  traditional: { pkg: '@fontsource/noto-sans-tc', file: 'noto-sans-tc-chinese-traditional-400-normal.woff' },
} as const;
type CjkScript = keyof typeof CJK_FONTS;

const unpacked = new Map<CjkScript, Buffer>();

/** The sfnt bytes of the CJK font for a PDF's language; read and unpacked on first use, then shared by every PDF. */
export function cjkFont(locale: string): Buffer {
  const script: CjkScript = locale === 'zh-TW' ? 'traditional' : 'simplified';
  let font = unpacked.get(script);
  if (!font) {
    const { pkg, file } = CJK_FONTS[script];
    font = woffToSfnt(fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'files', file)));
    unpacked.set(script, font);
  }
  return font;
}

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

/**
 * A WOFF 1.0 file as the TrueType/OpenType file it wraps (W3C WOFF §4–5): the same tables,
 * inflated, in the same (tag) order, 4-byte aligned behind a rebuilt table directory. Metadata and
 * private blocks are dropped; they are not part of the font.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < WOFF_HEADER || woff.readUInt32BE(0) !== WOFF_SIGNATURE) throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? zlib.inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error(`WOFF table ${tag.toString(16)} is ${data.length} bytes, expected ${origLength}`);
    return { tag, checksum, data };
  });
  const pad4 = (n: number) => (n + 3) & ~3;
  let offset = SFNT_HEADER + numTables * SFNT_ENTRY;
  const size = tables.reduce((sum, t) => sum + pad4(t.data.length), offset);
  const out = Buffer.alloc(size);
  // Binary-search hints of the table directory (OpenType "Table Directory").
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * SFNT_ENTRY;
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(searchRange, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * SFNT_ENTRY - searchRange, 10);
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad4(t.data.length);
  });
  return out;
}
