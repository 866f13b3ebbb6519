// Backups are gzipped tar archives (POSIX ustar), so an operator can look inside one with `tar tzf`
// and take it apart with `tar xzf`. Only what backups hold is supported: regular files and
// folders, names up to 255 bytes. Reading is strict, since a backup file may come from anywhere:
// a bad checksum, an entry that is not a file or folder, a name that is absolute or climbs out
// with `..`, or an archive that ends early is refused with E_BACKUP_INVALID before anything lands
// outside the folder it is unpacked into.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { once } from 'node:events';
import { createGunzip, createGzip, type Gzip } from 'node:zlib';
import { BackupError } from '../../core/errors.js';

const BLOCK = 512;

/** Writes a .tar.gz file entry by entry; call `finish` to complete it. */
export class TarWriter {
  private readonly gzip: Gzip;
  private readonly file: WriteStream;
  private readonly closed: Promise<unknown>;

  constructor(target: string) {
    this.gzip = createGzip();
    this.file = createWriteStream(target, { mode: 0o600 });
    this.gzip.pipe(this.file);
    this.closed = once(this.file, 'close');
    // Surfaced by the next write or by finish.
    this.gzip.on('error', () => {});
    this.file.on('error', () => {});
  }

  async addDirectory(name: string): Promise<void> {
    await this.write(header(name.endsWith('/') ? name : `${name}/`, 0, '5', 0o755));
  }

  /** Adds a file from memory or from disk (streamed, so a large database dump is never held whole). */
  async addFile(name: string, source: Uint8Array | { path: string }): Promise<void> {
    const size = source instanceof Uint8Array ? source.length : (await stat(source.path)).size;
    await this.write(header(name, size, '0', 0o644));
    if (source instanceof Uint8Array) {
      await this.write(source);
    } else {
      for await (const chunk of createReadStream(source.path)) await this.write(chunk as Buffer);
    }
    const padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (padding > 0) await this.write(Buffer.alloc(padding));
  }

  async finish(): Promise<void> {
    await this.write(Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.closed;
    if (this.file.errored) throw this.file.errored;
  }

  /** Stops writing; the caller removes the partial file. */
  async abort(): Promise<void> {
    this.gzip.destroy();
    this.file.destroy();
    await this.closed.catch(() => undefined);
  }

  private async write(bytes: Uint8Array): Promise<void> {
    if (this.file.errored) throw this.file.errored;
    if (!this.gzip.write(bytes)) await once(this.gzip, 'drain');
  }
}

/** Unpacks a .tar.gz into `folder` (which must exist); returns the names of the files and folders in it. */
export async function extractTar(archive: string, folder: string): Promise<string[]> {
  const root = resolve(folder);
  const names: string[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let current: { out: WriteStream; remaining: number; padding: number } | null = null;
  let ended = false;

  const input = createReadStream(archive).pipe(createGunzip());
  try {
    for await (const chunk of input) {
      pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      while (!ended) {
        if (current) {
          if (current.remaining > 0) {
            if (pending.length === 0) break;
            const piece = pending.subarray(0, Math.min(current.remaining, pending.length));
            pending = pending.subarray(piece.length);
            current.remaining -= piece.length;
            if (!current.out.write(piece)) await once(current.out, 'drain');
            continue;
          }
          if (pending.length < current.padding) break;
          pending = pending.subarray(current.padding);
          current.out.end();
          await once(current.out, 'close');
          current = null;
          continue;
        }
        if (pending.length < BLOCK) break;
        const block = pending.subarray(0, BLOCK);
        pending = pending.subarray(BLOCK);
        if (block.every((byte) => byte === 0)) {
          ended = true;
          break;
        }
        const entry = parseHeader(block);
        const path = insideFolder(root, entry.name);
        names.push(entry.name);
        if (entry.type === '5') {
          await mkdir(path, { recursive: true });
          continue;
        }
        await mkdir(dirname(path), { recursive: true });
        const out = createWriteStream(path, { mode: 0o600, flags: 'wx' });
        out.on('error', () => {});
        try {
          await once(out, 'open');
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          throw new BackupError('E_BACKUP_INVALID', `The backup holds ${entry.name.slice(0, 120)} twice; it is damaged or was not made by Hearth.`);
        }
        current = { out, remaining: entry.size, padding: (BLOCK - (entry.size % BLOCK)) % BLOCK };
      }
      if (ended) break;
    }
  } catch (error) {
    current?.out.destroy();
    if (error instanceof BackupError) throw error;
    throw new BackupError('E_BACKUP_INVALID', `${archive} is not a Hearth backup (not a readable .tar.gz: ${(error as Error).message}).`, { cause: error });
  }
  if (!ended || current) {
    current?.out.destroy();
    throw new BackupError('E_BACKUP_INVALID', `${archive} ends early; the backup is incomplete (was it copied whole?).`);
  }
  return names;
}

function header(name: string, size: number, type: '0' | '5', mode: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  const bytes = Buffer.from(name, 'utf8');
  let prefix = Buffer.alloc(0);
  let base = bytes;
  if (bytes.length > 100) {
    // ustar keeps up to 155 bytes of folders in `prefix`, split at a slash.
    const cut = name.lastIndexOf('/', name.length - 2);
    prefix = Buffer.from(name.slice(0, cut), 'utf8');
    base = Buffer.from(name.slice(cut + 1), 'utf8');
    if (cut <= 0 || prefix.length > 155 || base.length > 100) throw new BackupError('E_BACKUP_FAILED', `The path ${name} is too long for a backup archive.`);
  }
  base.copy(block, 0);
  block.write(octal(mode, 8), 100, 'ascii');
  block.write(octal(0, 8), 108, 'ascii');
  block.write(octal(0, 8), 116, 'ascii');
  block.write(octal(size, 12), 124, 'ascii');
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136, 'ascii');
  block.fill(' ', 148, 156);
  block.write(type, 156, 'ascii');
  block.write('ustar\u000000', 257, 'ascii');
  prefix.copy(block, 345);
  block.write(octal(checksum(block), 8), 148, 'ascii');
  return block;
}

function parseHeader(block: Buffer): { name: string; size: number; type: '0' | '5' } {
  const stored = parseOctal(block.subarray(148, 156));
  const copy = Buffer.from(block);
  copy.fill(' ', 148, 156);
  if (stored === null || stored !== checksum(copy)) throw new BackupError('E_BACKUP_INVALID', 'The backup is damaged: an entry fails its checksum.');
  const typeByte = block.toString('ascii', 156, 157);
  const type = typeByte === '\u0000' ? '0' : typeByte;
  if (type !== '0' && type !== '5') throw new BackupError('E_BACKUP_INVALID', `The backup holds an entry of tar type "${typeByte}" (a link or device?); Hearth backups hold only files and folders.`);
  const size = parseOctal(block.subarray(124, 136));
  if (size === null) throw new BackupError('E_BACKUP_INVALID', 'The backup is damaged: an entry has no readable size.');
  const base = cString(block.subarray(0, 100));
  const prefix = block.toString('ascii', 257, 262) === 'ustar' ? cString(block.subarray(345, 500)) : '';
  return { name: prefix ? `${prefix}/${base}` : base, size: type === '5' ? 0 : size, type };
}

/** Where `name` lands inside `root`; refuses names that are absolute or would land elsewhere. */
function insideFolder(root: string, name: string): string {
  const clean = name.replace(/\/+$/, '');
  const parts = clean.split('/');
  if (clean === '' || name.startsWith('/') || name.includes('\\') || name.includes('\u0000') || parts.some((part) => part === '..' || part === '')) {
    throw new BackupError('E_BACKUP_INVALID', `The backup holds an entry named "${name.slice(0, 120)}", which would land outside the restore; refusing it.`);
  }
  const path = resolve(root, ...parts);
  if (!path.startsWith(`${root}${sep}`)) throw new BackupError('E_BACKUP_INVALID', `The backup holds an entry named "${name.slice(0, 120)}", which would land outside the restore; refusing it.`);
  return path;
}

function checksum(block: Buffer): number {
  let sum = 0;
  for (const byte of block) sum += byte;
  return sum;
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\u0000`;
}

function parseOctal(field: Buffer): number | null {
  const text = cString(field).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : null;
}

function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return field.toString('utf8', 0, end === -1 ? field.length : end);
}
