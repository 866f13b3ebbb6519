import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TarWriter, extractTar } from '../../../../server/backup/tar-archive.js';

const run = promisify(execFile);
const LONG = `plugins/${'a'.repeat(60)}/1.2.3-beta.4/${'a'.repeat(60)}.wasm`;

/** A one-entry tar written by hand, for entries TarWriter would never write. */
function rawTar(name: string, type: string, body = Buffer.alloc(0), corrupt = false): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0);
  header.write('0000644\0', 100);
  header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar\u000000', 257);
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${(sum + (corrupt ? 1 : 0)).toString(8).padStart(7, '0')}\0`, 148);
  const padded = Buffer.concat([body, Buffer.alloc((512 - (body.length % 512)) % 512)]);
  return gzipSync(Buffer.concat([header, padded, Buffer.alloc(1024)]));
}

describe('backup archives (tar.gz)', () => {
  let folder: string;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'hearth-tar-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('round-trips files from memory and disk, folders and long names, and tar reads them', async () => {
    const big = Buffer.alloc(700_000, 7);
    await writeFile(join(folder, 'dump.bin'), big);
    const archive = join(folder, 'a.tar.gz');
    const writer = new TarWriter(archive);
    await writer.addFile('hearth-backup.json', Buffer.from('{"format":"hearth-backup"}'));
    await writer.addDirectory('plugins');
    await writer.addFile('database/postgres.pgdump', { path: join(folder, 'dump.bin') });
    await writer.addFile(LONG, Buffer.from('wasm'));
    await writer.finish();

    const { stdout } = await run('tar', ['tzf', archive]);
    assert.deepEqual(stdout.trim().split('\n'), ['hearth-backup.json', 'plugins/', 'database/postgres.pgdump', LONG]);

    const into = join(folder, 'out');
    await mkdir(into);
    assert.deepEqual(await extractTar(archive, into), ['hearth-backup.json', 'plugins/', 'database/postgres.pgdump', LONG]);
    assert.ok((await readFile(join(into, 'database/postgres.pgdump'))).equals(big));
    assert.equal(await readFile(join(into, LONG), 'utf8'), 'wasm');
  });

  it('reads what tar writes', async () => {
    const source = join(folder, 'src');
    await mkdir(join(source, 'plugins', 'echo'), { recursive: true });
    await writeFile(join(source, 'plugins', 'echo', 'current'), '1.0.0\n');
    const archive = join(folder, 'b.tar.gz');
    await run('tar', ['czf', archive, '--format=ustar', '-C', source, 'plugins']);
    const into = join(folder, 'b');
    await mkdir(into);
    await extractTar(archive, into);
    assert.equal(await readFile(join(into, 'plugins', 'echo', 'current'), 'utf8'), '1.0.0\n');
  });

  const hostile: Array<[string, Buffer, RegExp]> = [
    ['a name climbing out with ..', rawTar('../escaped.txt', '0', Buffer.from('x')), /outside the restore/],
    ['an absolute name', rawTar('/tmp/escaped.txt', '0', Buffer.from('x')), /outside the restore/],
    ['a symbolic link', rawTar('link', '2'), /tar type "2"/],
    ['a bad checksum', rawTar('file.txt', '0', Buffer.from('x'), true), /checksum/],
    ['a truncated archive', gzipSync(Buffer.alloc(100, 1)), /ends early/],
    ['the same file twice', gzipSync(Buffer.concat([gunzipSync(rawTar('twice.txt', '0', Buffer.from('a'))).subarray(0, 1024), gunzipSync(rawTar('twice.txt', '0', Buffer.from('b')))])), /twice/],
    ['something that is not gzip', Buffer.from('hello, not a backup'), /not a Hearth backup/],
  ];
  for (const [what, bytes, message] of hostile) {
    it(`refuses ${what}, writing nothing outside`, async () => {
      const archive = join(folder, 'hostile.tar.gz');
      await writeFile(archive, bytes);
      const into = join(folder, `hostile-${what.replaceAll(' ', '-')}`);
      await mkdir(into);
      await assert.rejects(extractTar(archive, into), { code: 'E_BACKUP_INVALID', message });
      assert.ok(!(await readdir(folder)).includes('escaped.txt'));
    });
  }
});
