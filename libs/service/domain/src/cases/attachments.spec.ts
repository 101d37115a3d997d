import { attachmentKind, looksLikeText, sanitizeFilename, screenAttachments, sniffType, type IncomingAttachment } from './attachments';

const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const PDF = bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n');
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ');
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0], '[Content_Types].xml');
const OLE = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], [0, 0, 0, 0]);
const EXE = bytes('MZ', [0x90, 0, 3, 0], 'This program cannot be run in DOS mode.');
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
const SCRIPT = bytes('#!/bin/sh\nrm -rf ~\n');
const TEXT = Uint8Array.from(Buffer.from('水泵型号 P-200\r\n序列号 12345\n', 'utf8'));

const file = (filename: string | null, contentType: string | null, content: Uint8Array): IncomingAttachment => ({ filename, contentType, content });
const kindOf = (filename: string, contentType: string | null, content: Uint8Array) => attachmentKind(file(filename, contentType, content), filename);
const LIMITS = { maxFileBytes: 1000, maxMessageBytes: 2500, maxFiles: 50 };

describe('sniffType', () => {
  it.each([
    ['pdf', PDF, 'application/pdf'],
    ['png', PNG, 'image/png'],
    ['jpeg', JPEG, 'image/jpeg'],
    ['gif', GIF, 'image/gif'],
    ['webp', WEBP, 'image/webp'],
    ['zip', ZIP, 'application/zip'],
    ['ole', OLE, 'application/x-ole-storage'],
  ])('knows a %s by its first bytes', (_, content, type) => {
    expect(sniffType(content)).toBe(type);
  });

  it('knows nothing of text, executables, a RIFF that is not WebP (a WAV) or a truncated signature', () => {
    expect(sniffType(TEXT)).toBeNull();
    expect(sniffType(EXE)).toBeNull();
    expect(sniffType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffType(bytes([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffType(new Uint8Array())).toBeNull();
  });
});

describe('attachmentKind', () => {
  it('keeps the allowed kinds under the type their content has, whatever was declared', () => {
    expect(kindOf('manual.pdf', 'application/octet-stream', PDF)).toEqual({ contentType: 'application/pdf' });
    // A PNG saved as .jpg is an honest mistake: kept, as what it is.
    expect(kindOf('photo.jpg', 'image/jpeg', PNG)).toEqual({ contentType: 'image/png' });
    expect(kindOf('IMG_0001.JPEG', 'image/jpeg', JPEG)).toEqual({ contentType: 'image/jpeg' });
    expect(kindOf('a.gif', null, GIF)).toEqual({ contentType: 'image/gif' });
    expect(kindOf('a.webp', 'image/webp', WEBP)).toEqual({ contentType: 'image/webp' });
  });

  it('names zip and OLE containers by their Office name, and lets OLE in only under a document’s name', () => {
    expect(kindOf('报价.docx', 'application/octet-stream', ZIP)).toEqual({ contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(kindOf('Book1.XLSX', null, ZIP)).toEqual({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(kindOf('deck.pptx', null, ZIP)).toEqual({ contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
    expect(kindOf('logs.zip', 'application/zip', ZIP)).toEqual({ contentType: 'application/zip' });
    expect(kindOf('old.doc', null, OLE)).toEqual({ contentType: 'application/msword' });
    expect(kindOf('old.xls', null, OLE)).toEqual({ contentType: 'application/vnd.ms-excel' });
    expect(kindOf('setup', 'application/x-msi', OLE)).toEqual({ refused: 'type' });
    // Names and types spelled like Object.prototype's members find nothing.
    expect(kindOf('x.constructor', null, OLE)).toEqual({ refused: 'type' });
    expect(kindOf('x.toString', 'constructor', TEXT)).toEqual({ refused: 'type' });
    expect(kindOf('x.__proto__', '__proto__', ZIP)).toEqual({ contentType: 'application/zip' });
    expect(sanitizeFilename(null, 'constructor')).toBe('attachment');
  });

  it('refuses executables and scripts by name whatever their content, and by content whatever their name', () => {
    expect(kindOf('setup.exe', 'application/octet-stream', EXE)).toEqual({ refused: 'type' });
    expect(kindOf('tool.jar', 'application/java-archive', ZIP)).toEqual({ refused: 'type' });
    expect(kindOf('macro.docm', null, ZIP)).toEqual({ refused: 'type' });
    expect(kindOf('run.ps1', 'text/plain', bytes('Get-ChildItem'))).toEqual({ refused: 'type' });
    expect(kindOf('page.html', 'text/plain', bytes('<script>alert(1)</script>'))).toEqual({ refused: 'type' });
    expect(kindOf('logo.svg', 'image/svg+xml', bytes('<svg onload="alert(1)"/>'))).toEqual({ refused: 'type' });
    expect(kindOf('a.out', 'application/octet-stream', ELF)).toEqual({ refused: 'type' });
    // Disguised: the name or the type says document, the bytes say program.
    expect(kindOf('invoice.pdf', 'application/pdf', EXE)).toEqual({ refused: 'mismatch' });
    expect(kindOf('notes.txt', 'text/plain', SCRIPT)).toEqual({ refused: 'mismatch' });
    expect(kindOf('invoice.pdf.exe', 'application/pdf', PDF)).toEqual({ refused: 'type' });
  });

  it('keeps text declared or named as text when it looks like text, and refuses a document that is not one', () => {
    expect(kindOf('readme.txt', 'text/plain', TEXT)).toEqual({ contentType: 'text/plain' });
    expect(kindOf('export.csv', 'application/vnd.ms-excel', bytes('a,b\n1,2\n'))).toEqual({ contentType: 'text/csv' });
    expect(kindOf('forwarded.eml', 'message/rfc822', bytes('From: a@b.example\r\nSubject: hi\r\n\r\nhello'))).toEqual({ contentType: 'message/rfc822' });
    expect(kindOf('noname', 'text/plain', TEXT)).toEqual({ contentType: 'text/plain' });
    expect(kindOf('report.pdf', 'text/plain', TEXT)).toEqual({ refused: 'mismatch' });
    expect(kindOf('data.txt', 'text/plain', bytes([0, 1, 2, 3]))).toEqual({ refused: 'mismatch' });
    expect(kindOf('data.bin', 'application/octet-stream', bytes([0, 1, 2, 3]))).toEqual({ refused: 'type' });
  });
});

describe('looksLikeText', () => {
  it('takes UTF-8 with tabs and line breaks, not NUL or other control bytes', () => {
    expect(looksLikeText(TEXT)).toBe(true);
    expect(looksLikeText(bytes('a\tb\r\n'))).toBe(true);
    expect(looksLikeText(bytes('a', [0], 'b'))).toBe(false);
    expect(looksLikeText(bytes('a', [7]))).toBe(false);
  });
});

describe('sanitizeFilename', () => {
  it('keeps the last segment of a path, and drops control, invisible and Windows-reserved characters', () => {
    expect(sanitizeFilename('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFilename('C:\\Users\\ann\\报价单.pdf')).toBe('报价单.pdf');
    expect(sanitizeFilename('a\u0000b\r\nc.txt')).toBe('ab c.txt');
    // A right-to-left override would show invoice‮fdp.exe as "invoiceexe.pdf".
    expect(sanitizeFilename('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFilename('what?<now>:"x"|*.txt')).toBe('what__now___x___.txt');
    expect(sanitizeFilename('  .htaccess  ')).toBe('htaccess');
    expect(sanitizeFilename('report.pdf...  ')).toBe('report.pdf');
    expect(sanitizeFilename('CON.txt')).toBe('_CON.txt');
    expect(sanitizeFilename('multiple   spaces\there.txt')).toBe('multiple spaces here.txt');
  });

  it('composes decomposed characters (NFC) and names an empty name after its kind', () => {
    expect(sanitizeFilename('Cafe\u0301.txt')).toBe('Café.txt');
    expect(sanitizeFilename(null, 'image/png')).toBe('attachment.png');
    expect(sanitizeFilename('../', 'application/pdf; name=x')).toBe('attachment.pdf');
    expect(sanitizeFilename('', 'application/x-unknown')).toBe('attachment');
  });

  it('cuts a long name to 255 UTF-8 bytes, whole characters, the extension kept', () => {
    const long = sanitizeFilename(`${'工'.repeat(200)}.pdf`);
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long.endsWith('工.pdf')).toBe(true);
    expect(long).toBe(`${'工'.repeat(83)}.pdf`);
    expect(sanitizeFilename('a'.repeat(300))).toBe('a'.repeat(255));
  });
});

describe('screenAttachments', () => {
  it('keeps the allowed files and says which were refused and why, in the order they came', () => {
    const { kept, refused } = screenAttachments([file('manual.pdf', 'application/pdf', PDF), file('setup.exe', 'application/octet-stream', EXE), file('photo.png', 'image/png', PNG)], LIMITS);
    expect(kept.map((k) => [k.filename, k.contentType, k.size])).toEqual([
      ['manual.pdf', 'application/pdf', PDF.length],
      ['photo.png', 'image/png', PNG.length],
    ]);
    expect(kept[0]!.content).toBe(PDF);
    expect(refused).toEqual([{ filename: 'setup.exe', reason: 'type', size: EXE.length }]);
  });

  it('refuses a file over the file cap, then files that would take the message over its total (a smaller one after may still fit)', () => {
    const big = new Uint8Array(1001).fill(0x41);
    const kb = (n: number) => new Uint8Array(n).fill(0x41);
    const { kept, refused } = screenAttachments(
      [file('big.txt', 'text/plain', big), file('a.txt', 'text/plain', kb(1000)), file('b.txt', 'text/plain', kb(1000)), file('c.txt', 'text/plain', kb(600)), file('d.txt', 'text/plain', kb(500))],
      LIMITS,
    );
    expect(kept.map((k) => k.filename)).toEqual(['a.txt', 'b.txt', 'd.txt']);
    expect(refused).toEqual([
      { filename: 'big.txt', reason: 'file_size', size: 1001 },
      { filename: 'c.txt', reason: 'message_size', size: 600 },
    ]);
  });

  it('keeps at most maxFiles files and names a nameless part after what it turned out to be', () => {
    const { kept, refused } = screenAttachments([file(null, 'image/jpeg', PNG), file(null, 'image/png', PNG), file('x.png', null, PNG)], { ...LIMITS, maxFiles: 2 });
    expect(kept.map((k) => k.filename)).toEqual(['attachment.png', 'attachment.png']);
    expect(refused).toEqual([{ filename: 'x.png', reason: 'count', size: PNG.length }]);
  });
});
