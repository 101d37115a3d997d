import PDFDocument from 'pdfkit';
import { cjkFont } from './pdf-font';

/**
 * The quote as a PDF in English, Simplified or Traditional Chinese, with the company letterhead.
 * Chinese needs a CJK font: Noto Sans SC from @fontsource (OFL). Its "chinese-simplified" slice
 * covers the common Simplified and Traditional characters plus Latin and digits. The WOFF (not
 * WOFF2) file is used because pdfkit subsets it: a quote PDF stays a few KB instead of megabytes;
 * it is unpacked once per process (pdf-font.ts), which is what makes a PDF take milliseconds.
 */
export const PDF_LOCALES = ['en', 'zh-CN', 'zh-TW'] as const;
export type PdfLocale = (typeof PDF_LOCALES)[number];

export const isPdfLocale = (value: unknown): value is PdfLocale => (PDF_LOCALES as readonly unknown[]).includes(value);

/** A stored quote language as a PDF language; anything else (none is stored, the input allows only these) prints in English. */
export const pdfLocaleOf = (language: string | null | undefined): PdfLocale => (isPdfLocale(language) ? language : 'en');

export interface QuotePdfData {
  company: { name: string; address: string };
  quote: { name: string; version: number; currency: string; pricedOn: string; validUntil: string | null; discountPercent: number; subtotal: number; total: number; notes: string | null; status: string };
  account: { name: string };
  owner: { name: string; email: string };
  lines: { lineNo: number; sku: string; productName: string; quantity: number; unitPrice: number; discountPercent: number; netAmount: number }[];
}

const LABELS: Record<PdfLocale, Record<string, string>> = {
  en: { title: 'Quotation', to: 'Prepared for', by: 'Prepared by', date: 'Date', valid: 'Valid until', sku: 'SKU', product: 'Product', qty: 'Qty', price: 'Unit price', disc: 'Disc.', amount: 'Amount', subtotal: 'Subtotal', discount: 'Quote discount', total: 'Total', notes: 'Notes', version: 'Version', draft: 'DRAFT — not an offer' },
  'zh-CN': { title: '报价单', to: '客户', by: '报价人', date: '日期', valid: '有效期至', sku: '编号', product: '产品', qty: '数量', price: '单价', disc: '折扣', amount: '金额', subtotal: '小计', discount: '整单折扣', total: '合计', notes: '备注', version: '版本', draft: '草稿——非正式报价' },
  'zh-TW': { title: '報價單', to: '客戶', by: '報價人', date: '日期', valid: '有效期至', sku: '編號', product: '產品', qty: '數量', price: '單價', disc: '折扣', amount: '金額', subtotal: '小計', discount: '整單折扣', total: '合計', notes: '備註', version: '版本', draft: '草稿——非正式報價' },
};

export function money(n: number, currency: string, locale: PdfLocale): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : locale, { style: 'currency', currency }).format(n);
}

export function renderQuotePdf(data: QuotePdfData, locale: PdfLocale): Promise<Buffer> {
  const t = LABELS[locale];
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${t.title} ${data.quote.name}`, Author: data.company.name } });
  doc.registerFont('cjk', cjkFont(locale));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const write = (text: string, x: number, y: number, opts: PDFKit.Mixins.TextOptions = {}) => doc.font('cjk').text(text, x, y, opts);

  doc.fontSize(18);
  write(data.company.name, 50, 50);
  doc.fontSize(9).fillColor('#555');
  write(data.company.address, 50, 74);
  doc.moveTo(50, 92).lineTo(545, 92).strokeColor('#1677ff').lineWidth(2).stroke();
  doc.fillColor('#000').fontSize(22);
  write(t.title, 50, 110);
  doc.fontSize(10);
  write(`${data.quote.name} · ${t.version} ${data.quote.version}`, 50, 140);
  if (data.quote.status !== 'approved' && data.quote.status !== 'accepted') {
    doc.fillColor('#cf1322');
    write(t.draft, 350, 115, { width: 195, align: 'right' });
    doc.fillColor('#000');
  }
  write(`${t.to}: ${data.account.name}`, 50, 165);
  write(`${t.by}: ${data.owner.name} <${data.owner.email}>`, 50, 180);
  write(`${t.date}: ${data.quote.pricedOn}`, 350, 165, { width: 195, align: 'right' });
  if (data.quote.validUntil) write(`${t.valid}: ${data.quote.validUntil}`, 350, 180, { width: 195, align: 'right' });

  const cols = [
    { key: 'sku', x: 50, w: 70, align: 'left' as const },
    { key: 'product', x: 122, w: 170, align: 'left' as const },
    { key: 'qty', x: 294, w: 40, align: 'right' as const },
    { key: 'price', x: 336, w: 75, align: 'right' as const },
    { key: 'disc', x: 413, w: 45, align: 'right' as const },
    { key: 'amount', x: 460, w: 85, align: 'right' as const },
  ];
  let y = 215;
  doc.rect(50, y - 4, 495, 18).fill('#f0f5ff').fillColor('#000');
  for (const c of cols) write(t[c.key], c.x, y, { width: c.w, align: c.align });
  y += 22;
  for (const l of data.lines) {
    const cells: Record<string, string> = {
      sku: l.sku,
      product: l.productName,
      qty: String(l.quantity),
      price: money(l.unitPrice, data.quote.currency, locale),
      disc: l.discountPercent ? `${l.discountPercent}%` : '—',
      amount: money(l.netAmount, data.quote.currency, locale),
    };
    const h = Math.max(...cols.map((c) => doc.heightOfString(cells[c.key], { width: c.w })));
    if (y + h > 760) {
      doc.addPage();
      y = 50;
    }
    for (const c of cols) write(cells[c.key], c.x, y, { width: c.w, align: c.align });
    y += h + 6;
  }
  doc.moveTo(300, y).lineTo(545, y).strokeColor('#999').lineWidth(0.5).stroke();
  y += 8;
  const sum = (label: string, value: string, bold = false) => {
    doc.fontSize(bold ? 12 : 10);
    write(label, 300, y, { width: 140 });
    write(value, 440, y, { width: 105, align: 'right' });
    y += bold ? 20 : 16;
  };
  sum(t.subtotal, money(data.quote.subtotal, data.quote.currency, locale));
  if (data.quote.discountPercent) sum(`${t.discount} (${data.quote.discountPercent}%)`, `− ${money(data.quote.subtotal - data.quote.total, data.quote.currency, locale)}`);
  sum(t.total, money(data.quote.total, data.quote.currency, locale), true);
  if (data.quote.notes) {
    doc.fontSize(10);
    write(`${t.notes}:`, 50, y + 10);
    write(data.quote.notes, 50, y + 26, { width: 495 });
  }
  doc.end();
  return done;
}
