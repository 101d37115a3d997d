/**
 * What of a customer's attachments is kept (issue 18 item 3): a size cap per file and per message,
 * and an allow-list of kinds decided by the file's first bytes, not by what the sender's mail
 * program declared or how the file is named (an executable named invoice.pdf is still an
 * executable). What is refused is said by name and reason, so the agent knows to ask for it another
 * way; the mail's text is always kept.
 */

export interface AttachmentLimits {
  /** Bytes one file may have. */
  maxFileBytes: number;
  /** Bytes the kept files of one message may have together. */
  maxMessageBytes: number;
  /** Files kept of one message (a mail of thousands of tiny parts is not a customer's problem report). */
  maxFiles: number;
}

export const ATTACHMENT_MAX_FILES = 50;

/** type: a kind not accepted (executables, scripts, HTML, unknown binaries); mismatch: the content is not what its name or type says; file_size / message_size / count: over a cap. */
export const ATTACHMENT_REFUSALS = ['type', 'mismatch', 'file_size', 'message_size', 'count'] as const;
export type AttachmentRefusal = (typeof ATTACHMENT_REFUSALS)[number];

/** A part of a mail as the parser hands it over: the name and type are the sender's claims. */
export interface IncomingAttachment {
  filename: string | null | undefined;
  contentType: string | null | undefined;
  content: Uint8Array;
}

export interface KeptAttachment {
  filename: string;
  /** From the content (and, for containers that look alike, the name): never the sender's claim alone. */
  contentType: string;
  size: number;
  content: Uint8Array;
}

export interface RefusedAttachment {
  filename: string;
  reason: AttachmentRefusal;
  size: number;
}

/** The filename length cap of common file systems, in UTF-8 bytes. */
const NAME_MAX_BYTES = 255;

const OOXML: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};
// OLE compound files are also installers (.msi) and other things: only these names are let through.
const OLE: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
};
const TEXT_BY_EXTENSION: Record<string, string> = { txt: 'text/plain', log: 'text/plain', csv: 'text/csv', eml: 'message/rfc822' };
const TEXT_TYPES: Record<string, string> = { 'text/plain': 'text/plain', 'text/csv': 'text/csv', 'message/rfc822': 'message/rfc822' };
/** A table's own entry: a name like `x.constructor` or a type `__proto__` must not find Object.prototype's members. */
const own = (table: Record<string, string>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
const EXTENSION_OF_TYPE: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/zip': 'zip',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'message/rfc822': 'eml',
  ...Object.fromEntries(Object.entries({ ...OOXML, ...OLE }).map(([ext, type]) => [type, ext])),
};

/**
 * Names that run or are opened as active content whatever their bytes: installers, scripts,
 * shortcuts, macro-enabled Office files, Java archives (a zip), HTML and SVG (script in a browser
 * opened from disk).
 */
const BLOCKED_EXTENSIONS = new Set([
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'cpl', 'msi', 'msp', 'mst', 'dll', 'sys', 'drv', 'ocx',
  'jar', 'apk', 'app', 'dmg', 'pkg', 'deb', 'rpm', 'run', 'bin', 'elf', 'sh', 'bash', 'zsh', 'csh', 'ksh', 'command',
  'ps1', 'psm1', 'psd1', 'vb', 'vbs', 'vbe', 'js', 'jse', 'mjs', 'cjs', 'wsf', 'wsh', 'wsc', 'hta', 'lnk', 'url', 'reg', 'inf', 'scf', 'gadget', 'application', 'appx', 'msix', 'py', 'pyw', 'pl', 'rb', 'php',
  'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'pptm', 'potm', 'ppsm', 'sldm',
  'html', 'htm', 'xhtml', 'shtml', 'svg', 'svgz', 'xml', 'xsl', 'mht', 'mhtml',
  'iso', 'img', 'vhd', 'vhdx',
]);

type Magic = { at?: number; bytes: readonly number[] };
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Allowed kinds recognised by their leading bytes. */
const SIGNATURES: { type: string; magic: Magic[] }[] = [
  { type: 'application/pdf', magic: [{ bytes: ascii('%PDF-') }] },
  { type: 'image/png', magic: [{ bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }] },
  { type: 'image/jpeg', magic: [{ bytes: [0xff, 0xd8, 0xff] }] },
  { type: 'image/gif', magic: [{ bytes: ascii('GIF87a') }, { bytes: ascii('GIF89a') }] },
  { type: 'image/webp', magic: [{ bytes: ascii('RIFF') }, { at: 8, bytes: ascii('WEBP') }] },
  { type: 'application/zip', magic: [{ bytes: [0x50, 0x4b, 0x03, 0x04] }] },
  { type: 'application/x-ole-storage', magic: [{ bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }] },
];
// webp needs both of its parts; the others any one of theirs.
const ALL_PARTS = new Set(['image/webp']);

/** Programs and scripts by their leading bytes: Windows PE, ELF, Mach-O (and fat/Java class), a shebang. */
const EXECUTABLE: readonly (readonly number[])[] = [
  ascii('MZ'),
  [0x7f, 0x45, 0x4c, 0x46],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe],
  ascii('#!'),
];

const startsWith = (content: Uint8Array, bytes: readonly number[], at = 0) => content.length >= at + bytes.length && bytes.every((b, i) => content[at + i] === b);

/** The allowed kind the bytes are (OLE reported as such: its name decides), or null. */
export function sniffType(content: Uint8Array): string | null {
  for (const s of SIGNATURES) {
    const hits = s.magic.map((m) => startsWith(content, m.bytes, m.at));
    if (ALL_PARTS.has(s.type) ? hits.every(Boolean) : hits.some(Boolean)) return s.type;
  }
  return null;
}

export function isExecutable(content: Uint8Array): boolean {
  return EXECUTABLE.some((magic) => startsWith(content, magic));
}

/**
 * Text as far as the first 8 KB tell: no NUL byte (binary formats have them early, text never),
 * and no other control characters than tab, line breaks, form feed and escape.
 */
export function looksLikeText(content: Uint8Array): boolean {
  const n = Math.min(content.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = content[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) return false;
    if (b === 0x7f) return false;
  }
  return true;
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Cuts a string to a number of UTF-8 bytes without splitting a character. */
function cutToBytes(s: string, max: number): string {
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = new TextEncoder().encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out;
}

/**
 * A name safe to store, show and offer for download: the last segment of any path (a name like
 * `../../x` or `C:\x` keeps `x`), without control and invisible formatting characters (a
 * right-to-left override makes `invoice\u202Efdp.exe` read as `invoiceexe.pdf`), without the
 * characters Windows refuses, no leading dots (hidden files), not a reserved device name, NFC, at
 * most 255 UTF-8 bytes with the extension kept. Encoded words and RFC 2231 names arrive decoded
 * (mailparser). Empty after all that: `attachment` with the extension of its kind.
 */
export function sanitizeFilename(raw: string | null | undefined, contentType?: string | null): string {
  const name = cleanName(raw);
  if (!name) {
    const ext = contentType ? own(EXTENSION_OF_TYPE, bareType(contentType)) : undefined;
    return ext ? `attachment.${ext}` : 'attachment';
  }
  return name;
}

/** The sanitised name, '' when nothing is left of it. */
function cleanName(raw: string | null | undefined): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    // Tabs and line breaks become spaces; every other control or formatting character goes.
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name) return '';
  if (RESERVED_WINDOWS.test(name)) name = `_${name}`;
  if (new TextEncoder().encode(name).length <= NAME_MAX_BYTES) return name;
  const ext = extensionOf(name);
  const tail = ext && ext.length <= 16 ? `.${ext}` : '';
  return cutToBytes(name.slice(0, name.length - tail.length), NAME_MAX_BYTES - tail.length).trimEnd() + tail;
}

/** The media type without parameters, lower-case. */
const bareType = (t: string | null | undefined) => (t ?? '').split(';')[0]!.trim().toLowerCase();

// Names of the kinds kept, as senders spell them.
const CLAIMED_EXTENSIONS = new Set([...Object.values(EXTENSION_OF_TYPE), 'jpeg', 'jpe', 'log']);

/** Whether the name or the declared type claims one of the allowed kinds (to tell a disguise from an honest unknown file). */
function claimsAllowedKind(ext: string, declared: string): boolean {
  return CLAIMED_EXTENSIONS.has(ext) || own(EXTENSION_OF_TYPE, declared) !== undefined || declared === 'image/jpg';
}

/**
 * The type a file is kept under, or why it is refused, from its content first: an allowed
 * signature decides the type (a PNG named .jpg is kept, as a PNG); zip and OLE containers take
 * their Office type from the name (OLE only under a document's name: it is also the .msi format);
 * text has no signature, so it must be declared or named as text and look like text.
 */
export function attachmentKind(file: IncomingAttachment, filename: string): { contentType: string } | { refused: 'type' | 'mismatch' } {
  const ext = extensionOf(filename);
  const declared = bareType(file.contentType);
  if (BLOCKED_EXTENSIONS.has(ext)) return { refused: 'type' };
  if (isExecutable(file.content)) return { refused: claimsAllowedKind(ext, declared) ? 'mismatch' : 'type' };
  const sniffed = sniffType(file.content);
  if (sniffed === 'application/zip') return { contentType: own(OOXML, ext) ?? 'application/zip' };
  if (sniffed === 'application/x-ole-storage') {
    const office = own(OLE, ext);
    return office ? { contentType: office } : { refused: 'type' };
  }
  if (sniffed) return { contentType: sniffed };
  const textType = own(TEXT_TYPES, declared) ?? own(TEXT_BY_EXTENSION, ext);
  // Declared or named as text (and not named as something with a signature it lacks).
  const namedBinary = own(TEXT_BY_EXTENSION, ext) === undefined && CLAIMED_EXTENSIONS.has(ext);
  if (textType && !namedBinary && looksLikeText(file.content)) return { contentType: textType };
  return { refused: claimsAllowedKind(ext, declared) ? 'mismatch' : 'type' };
}

/**
 * Splits a message's parts into the files kept and those refused, in the order they came: the
 * kind first, then the file's size, then what the message may hold in all (a file that would take
 * the message over its total is refused, a smaller one after it may still fit).
 */
export function screenAttachments(files: readonly IncomingAttachment[], limits: AttachmentLimits): { kept: KeptAttachment[]; refused: RefusedAttachment[] } {
  const kept: KeptAttachment[] = [];
  const refused: RefusedAttachment[] = [];
  let total = 0;
  for (const file of files) {
    const size = file.content.length;
    const named = cleanName(file.filename);
    const filename = named || sanitizeFilename(null, file.contentType);
    const kind = attachmentKind(file, filename);
    if ('refused' in kind) refused.push({ filename, reason: kind.refused, size });
    else if (size > limits.maxFileBytes) refused.push({ filename, reason: 'file_size', size });
    else if (total + size > limits.maxMessageBytes) refused.push({ filename, reason: 'message_size', size });
    else if (kept.length >= limits.maxFiles) refused.push({ filename, reason: 'count', size });
    else {
      // A nameless part is named after what it turned out to be, not what it claimed.
      kept.push({ filename: named || sanitizeFilename(null, kind.contentType), contentType: kind.contentType, size, content: file.content });
      total += size;
    }
  }
  return { kept, refused };
}
