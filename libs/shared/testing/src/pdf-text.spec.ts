import zlib from 'node:zlib';
import { pdfText } from './pdf-text';

/** A stream object as pdfkit writes it: its dictionary declares the compressed length. */
const stream = (n: number, body: Buffer) =>
  Buffer.concat([Buffer.from(`${n} 0 obj\n<<\n/Length ${body.length}\n/Filter /FlateDecode\n>>\nstream\n`, 'latin1'), body, Buffer.from('\nendstream\nendobj\n', 'latin1')]);

const cmap = (padding: string) => `/CIDInit /ProcSet findresource begin\n${padding}\nbeginbfchar\n<0001> <5831>\n<0002> <50F9>\nendbfchar\nend\n`;

/** A ToUnicode map whose compressed bytes end in 0x0D, the byte a line-break search mistakes. */
function cmapEndingInCarriageReturn(): Buffer {
  for (let i = 0; ; i++) {
    const body = zlib.deflateSync(Buffer.from(cmap(`% ${i}`), 'latin1'));
    if (body[body.length - 1] === 0x0d) return body;
  }
}

describe('pdfText', () => {
  it('reads every stream by its declared length, even when the compressed bytes end in a carriage return', () => {
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.3\n', 'latin1'),
      stream(1, cmapEndingInCarriageReturn()),
      stream(2, zlib.deflateSync(Buffer.from('BT\n[<00010002> 0] TJ\nET\n', 'latin1'))),
    ]);
    expect(pdfText(pdf)).toEqual(['報價']);
  });

  it('shows a glyph with no mapping as U+FFFD rather than dropping it', () => {
    const pdf = Buffer.concat([stream(1, zlib.deflateSync(Buffer.from(cmap(''), 'latin1'))), stream(2, zlib.deflateSync(Buffer.from('[<00010003>] TJ', 'latin1')))]);
    expect(pdfText(pdf)).toEqual(['報\uFFFD']);
  });
});
