import zlib from 'node:zlib';
import { cjkFont, woffToSfnt } from './pdf-font';
import { QuotePdfData, renderQuotePdf } from './quote-pdf';

const data = (account: string, product: string, notes: string): QuotePdfData => ({
  company: { name: 'Rapport', address: '1 Example Road' },
  quote: { name: 'Q-1', version: 2, currency: 'TWD', pricedOn: '2026-01-02', validUntil: '2026-02-01', discountPercent: 5, subtotal: 2000, total: 1900, notes, status: 'draft' },
  account: { name: account },
  owner: { name: 'Rep One', email: 'rep1@rapport.dev' },
  lines: [{ lineNo: 1, sku: 'SKU-1', productName: product, quantity: 2, unitPrice: 1000, discountPercent: 0, netAmount: 2000 }],
});

/**
 * The characters the PDF's fonts map a real glyph to, read from their ToUnicode CMaps. pdfkit maps
 * only glyphs it embedded; a character the font lacks becomes .notdef (glyph 0) and is not listed.
 */
function mappedCharacters(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  const body = pdf.toString('latin1');
  for (const m of body.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let text: string;
    try {
      text = zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      continue; // not a Flate stream
    }
    const ranges = text.match(/beginbfrange([\s\S]*?)endbfrange/);
    if (!ranges) continue;
    for (const hex of ranges[1].matchAll(/<([0-9a-f ]+)>/gi)) {
      const units = hex[1].split(' ').map((u) => parseInt(u, 16));
      if (units.length === 1 && hex.index < ranges[1].indexOf('[')) continue; // the range bounds
      chars.add(String.fromCharCode(...units));
    }
  }
  return chars;
}

const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c));

describe('renderQuotePdf', () => {
  it.each([
    // 駁 and 篩 are Traditional-only: the Simplified font has no glyph for them.
    ['zh-TW', '臺灣測試股份有限公司', '雲端軟體授權（專業版）', '謝謝惠顧，駁回後請篩選後再簽回。', ['報價單', '客戶', '報價人', '編號', '產品', '數量', '單價', '金額', '小計', '整單折扣', '合計', '備註', '草稿——非正式報價']],
    ['zh-CN', '上海测试有限公司', '云端软件许可（专业版）', '谢谢惠顾，请于期限内签回。', ['报价单', '客户', '报价人', '编号', '产品', '数量', '单价', '金额', '小计', '整单折扣', '合计', '备注', '草稿——非正式报价']],
  ] as const)('draws every Chinese character of a %s quote with a real glyph', async (locale, account, product, notes, labels) => {
    const pdf = await renderQuotePdf(data(account, product, notes), locale);
    const mapped = mappedCharacters(pdf);
    const wanted = new Set(han([account, product, notes, ...labels].join('')));
    expect(wanted.size).toBeGreaterThan(30);
    expect([...wanted].filter((c) => !mapped.has(c))).toEqual([]);
    // A subset, not the whole 2.5 MB font.
    expect(pdf.length).toBeLessThan(100_000);
  });

  it('keeps Latin text and amounts on the English quote', async () => {
    const mapped = mappedCharacters(await renderQuotePdf(data('Acme Ltd', 'Platform licence', 'Thanks'), 'en'));
    for (const c of 'QuotationAcmePlatformNT$,.01269') expect(mapped).toContain(c);
  });
});

describe('woffToSfnt', () => {
  /** OpenType table checksum: the sum of the table's big-endian uint32s, zero-padded, mod 2^32. */
  function checksum(bytes: Buffer): number {
    const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
    let sum = 0;
    for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
    return sum;
  }

  it.each(['zh-CN', 'zh-TW'])('unpacks every table of the %s CJK font to the bytes its checksum names', (locale) => {
    const sfnt = cjkFont(locale);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000); // TrueType outlines
    const numTables = sfnt.readUInt16BE(4);
    expect(numTables).toBeGreaterThan(10);
    const tags: string[] = [];
    for (let i = 0; i < numTables; i++) {
      const at = 12 + i * 16;
      const tag = sfnt.subarray(at, at + 4).toString('latin1');
      const offset = sfnt.readUInt32BE(at + 8);
      const table = Buffer.from(sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12)));
      expect(offset % 4).toBe(0);
      // head's checksum is taken with checkSumAdjustment (bytes 8–11) as zero.
      if (tag === 'head') table.writeUInt32BE(0, 8);
      expect({ tag, sum: checksum(table) }).toEqual({ tag, sum: sfnt.readUInt32BE(at + 4) });
      tags.push(tag);
    }
    expect(tags).toEqual([...tags].sort());
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
  });

  it('refuses what is not a WOFF file', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not a font at all, not a font'))).toThrow('not a WOFF');
  });
});
