// Which container a file is, from its bytes: ZIP packages by the parts they hold (Word, Excel, OFD),
// OLE compound files by their streams (WordDocument vs Workbook), PDF and RTF by signature. The name
// only decides one thing: a file named as a ZIP package (.docx, .xlsx, .ofd) that is not one is refused,
// never read as text. A .doc, .xls or .pdf that is really a saved web page or text is read as what it is.
import { InputError } from '../errors.js';
import type { DocModel } from '../model.js';

const startsWith = (b: Buffer, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_EXT = /\.(docx|docm|dotx|xlsx|xlsm|ofd)$/i;

/** OLE directory entries name their streams in UTF-16LE; these names decide Word vs Excel. */
const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const WORD_STREAM = utf16('WordDocument');
const EXCEL_STREAMS = [utf16('Workbook'), utf16('Book\0')];

/**
 * Entry names from the ZIP central directory, read here without inflating anything (node:zlib and the
 * zip reader load only when a package is read: a text file's start-up does not pay for them).
 */
function zipNames(b: Buffer): string[] {
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) if (b.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  if (end < 0) return []; // the package reader says what is broken
  const names: string[] = [];
  const count = Math.min(b.readUInt16LE(end + 10), 10000);
  let at = b.readUInt32LE(end + 16);
  for (let i = 0; i < count && at + 46 <= b.length && b.readUInt32LE(at) === 0x02014b50; i++) {
    const len = b.readUInt16LE(at + 28);
    names.push(b.subarray(at + 46, at + 46 + len).toString('utf8').replace(/\\/g, '/'));
    at += 46 + len + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
  }
  return names;
}

function zipKind(bytes: Buffer): DocModel['format'] {
  const names = zipNames(bytes);
  if (names.includes('OFD.xml') || names.some((n) => /^ofd\.xml$/i.test(n))) return 'ofd';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  // Word packages, and anything else the .docx reader explains (OpenDocument, a plain archive)
  return 'docx';
}

function oleKind(bytes: Buffer): DocModel['format'] {
  if (bytes.includes(WORD_STREAM)) return 'doc';
  if (EXCEL_STREAMS.some((s) => bytes.includes(s))) return 'xls';
  if (bytes.includes(utf16('PowerPoint Document'))) throw new InputError('a PowerPoint presentation (OLE), not a notice document');
  if (bytes.includes(utf16('EncryptedPackage'))) throw new InputError('an encrypted (password-protected) Office file: save an unprotected copy');
  throw new InputError('an OLE compound file with neither a Word (WordDocument) nor an Excel (Workbook) stream: not a document this tool reads');
}

/** The container format of these bytes, or null for text and HTML (which the decoder reads). */
export function containerFormat(bytes: Buffer, path: string): DocModel['format'] | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, OLE)) return oleKind(bytes);
  // %PDF- may follow a few bytes of junk (the header only has to be in the first 1024 bytes)
  const pdfAt = bytes.subarray(0, 1024).indexOf('%PDF-');
  if (pdfAt >= 0 && !bytes.subarray(0, pdfAt).some((b) => b === 0x3c)) return 'pdf';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf';
  if (ZIP_EXT.test(path)) {
    const ext = path.slice(path.lastIndexOf('.'));
    throw new InputError(`named ${ext} but not a ZIP package (${ext} files are ZIP archives): the download may be an error page or a renamed file`);
  }
  return null;
}
