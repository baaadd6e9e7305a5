// A small ZIP reader for .docx: the central directory, and inflation capped on the bytes actually
// produced (node:zlib maxOutputLength), so a zip bomb stops at the cap whatever its headers claim.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';

export const MAX_UNZIPPED = 100 * 1024 * 1024;
const MAX_ENTRIES = 10000;

interface Entry { name: string; method: number; compressed: number; size: number; offset: number; flags: number }

export class Zip {
  private readonly entries = new Map<string, Entry>();
  private budget = MAX_UNZIPPED;

  constructor(private readonly bytes: Buffer) {
    const eocd = findEnd(bytes);
    const count = bytes.readUInt16LE(eocd + 10);
    let at = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || at === 0xffffffff) throw new InputError('ZIP64 archive: not a .docx this tool reads');
    if (count > MAX_ENTRIES) throw new InputError(`archive has ${count} entries (limit ${MAX_ENTRIES}): not a .docx`);
    let declared = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new InputError('broken ZIP archive (central directory)');
      const nameLen = bytes.readUInt16LE(at + 28), extra = bytes.readUInt16LE(at + 30), comment = bytes.readUInt16LE(at + 32);
      const e: Entry = {
        flags: bytes.readUInt16LE(at + 8), method: bytes.readUInt16LE(at + 10), compressed: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24), offset: bytes.readUInt32LE(at + 42),
        name: bytes.subarray(at + 46, at + 46 + nameLen).toString('utf8'),
      };
      declared += e.size;
      this.entries.set(e.name.replace(/\\/g, '/'), e);
      at += 46 + nameLen + extra + comment;
    }
    if (declared > MAX_UNZIPPED) throw tooBig(declared);
  }

  has(name: string): boolean { return this.entries.has(name); }
  names(): string[] { return [...this.entries.keys()]; }

  /** The entry's bytes as UTF-8 text, or null when the archive has no such entry. */
  text(name: string): string | null {
    const e = this.entries.get(name);
    if (!e) return null;
    if (e.flags & 1) throw new InputError('the .docx is encrypted (password-protected): save an unprotected copy');
    const b = this.bytes;
    if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== 0x04034b50) throw new InputError(`broken ZIP archive (entry ${name})`);
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    const data = b.subarray(start, start + e.compressed);
    let out: Buffer;
    if (e.method === 0) out = data;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, this.budget) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooBig(MAX_UNZIPPED + 1);
        throw new InputError(`broken ZIP archive (cannot inflate ${name})`);
      }
    } else throw new InputError(`ZIP compression method ${e.method} not supported (entry ${name})`);
    this.budget -= out.length;
    if (this.budget < 0) throw tooBig(MAX_UNZIPPED + 1);
    // fewer bytes than the directory declares: the entry is cut off, and half a part is never read as a whole one
    if (out.length !== e.size) throw new InputError(`broken ZIP archive (entry ${name} is cut off: ${out.length} of ${e.size} bytes)`);
    // XML parts are UTF-8, or UTF-16 with a BOM
    if (out[0] === 0xff && out[1] === 0xfe) return new TextDecoder('utf-16le').decode(out.subarray(2));
    if (out[0] === 0xfe && out[1] === 0xff) return new TextDecoder('utf-16be').decode(out.subarray(2));
    return out.toString('utf8').replace(/^\uFEFF/, '');
  }
}

function tooBig(n: number): InputError {
  return new InputError(`archive unpacks to more than ${MAX_UNZIPPED / 1048576} MB (${n > MAX_UNZIPPED + 1 ? `${(n / 1048576).toFixed(0)} MB declared` : 'zip bomb?'}): refused`);
}

function findEnd(b: Buffer): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) if (b.readUInt32LE(i) === 0x06054b50) return i;
  throw new InputError('broken ZIP archive (no end of central directory): not a readable .docx');
}
