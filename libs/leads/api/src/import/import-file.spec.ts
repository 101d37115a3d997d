import { cellText, decodeText, detectDelimiter, detectFormat, inspectFile, readRows } from './import-file';

const rows = async (buf: Buffer) => {
  const out: { rowNo: number; cells: string[] }[] = [];
  for await (const r of readRows(buf, 'csv')) out.push(r);
  return out;
};

describe('import files', () => {
  it('detects the format by content', () => {
    expect(detectFormat(Buffer.from('a,b\n1,2'), 'x.csv')).toBe('csv');
    expect(detectFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), 'x.csv')).toBe('xlsx');
    expect(() => detectFormat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), 'x.xls')).toThrow(/\.xls/);
    expect(() => detectFormat(Buffer.from('a,b'), 'x.xlsx')).toThrow(/not a valid \.xlsx/);
    expect(() => detectFormat(Buffer.from([1, 0, 2]), 'x.bin')).toThrow(/CSV or \.xlsx/);
    expect(() => detectFormat(Buffer.alloc(0), 'x.csv')).toThrow(/empty/);
  });

  it('decodes UTF-8 with BOM, UTF-16 and GB18030', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('姓名')]))).toBe('姓名');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('姓名', 'utf16le')]))).toBe('姓名');
    // "王敏" in GBK.
    expect(decodeText(Buffer.from([0xcd, 0xf5, 0xc3, 0xf4]))).toBe('王敏');
  });

  it('detects the delimiter of the header line, ignoring quoted text', () => {
    expect(detectDelimiter('a;b;"c,d,e"\n1,2,3')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('name')).toBe(',');
  });

  it('numbers rows as a spreadsheet does and skips blank ones', async () => {
    expect(await rows(Buffer.from('Name,Note\nAnn,"two\nlines"\n\n,\nBob,x\n'))).toEqual([
      { rowNo: 1, cells: ['Name', 'Note'] },
      { rowNo: 2, cells: ['Ann', 'two\nlines'] },
      { rowNo: 5, cells: ['Bob', 'x'] },
    ]);
  });

  it('reports an unreadable CSV on the file field', async () => {
    await expect(rows(Buffer.from('a,b\n"x,y\n'))).rejects.toMatchObject({ fields: [{ path: 'file', message: expect.stringMatching(/could not be read/) }] });
  });

  it('shows spreadsheet cells as people see them', () => {
    expect(cellText(13800138000)).toBe('13800138000');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(new Date('2024-03-01T00:00:00Z'))).toBe('2024-03-01');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('true');
  });

  it('inspects headers, a preview and the row count', async () => {
    const csv = ['Email,Email,', ...Array.from({ length: 25 }, (_, i) => `a${i}@x.cn,b,c`)].join('\r\n');
    const f = await inspectFile(Buffer.from(csv), 'list.csv');
    expect(f).toMatchObject({ format: 'csv', columns: ['Email', 'Email (2)', 'Column 3'], totalRows: 25 });
    expect(f.preview).toHaveLength(20);
    expect(f.preview[0]).toEqual(['a0@x.cn', 'b', 'c']);
    await expect(inspectFile(Buffer.from('Email\n'), 'x.csv')).rejects.toMatchObject({ fields: [{ path: 'file', message: 'The file has a header row but no data.' }] });
  });
});

describe('text PostgreSQL cannot store', () => {
  it('reads UTF-16 without a byte-order mark, and drops NUL characters inside cells', async () => {
    const utf16 = Buffer.from('lastName,email\nLi,li@example.cn\n', 'utf16le');
    expect(decodeText(utf16)).toBe('lastName,email\nLi,li@example.cn\n');
    const rows = [];
    for await (const r of readRows(Buffer.from('lastName,company\nnul at end\u0000,Acme\n'), 'csv')) rows.push(r.cells);
    expect(rows).toEqual([['lastName', 'company'], ['nul at end', 'Acme']]);
  });
});
