// The cluster bench's traffic figures come from the kernel's count of bytes a process passed to
// read and write calls; on Linux they are read for a live process, and nothing for one that is gone.
import assert from 'node:assert/strict';
import { writeFile, rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readIoBytes } from '../../../../bench/load/process-sampler.js';

describe('a process\'s read and write bytes', { skip: process.platform !== 'linux' && 'only Linux has /proc/<pid>/io' }, () => {
  it('grows by at least what this process writes', async () => {
    const before = await readIoBytes(process.pid);
    assert.ok(before, 'this process\'s own counts are readable');
    const folder = await mkdtemp(join(tmpdir(), 'hearth-io-'));
    try {
      await writeFile(join(folder, 'bytes'), Buffer.alloc(64 * 1024, 1));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const after = await readIoBytes(process.pid);
    assert.ok(after);
    assert.ok(after.written - before.written >= 64 * 1024, `written grew by ${after.written - before.written}`);
  });

  it('is null for a process that does not exist', async () => {
    // Linux process ids stop well below this (pid_max is at most 2^22).
    assert.equal(await readIoBytes(2 ** 30), null);
  });
});
