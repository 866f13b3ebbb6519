import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { LineAssembler } from '../../../../server/telnet/line-assembler.js';

function texts(assembler: LineAssembler, input: Buffer | string): string[] {
  return assembler.push(Buffer.isBuffer(input) ? input : Buffer.from(input, 'utf8')).map((line) => line.text);
}

describe('LineAssembler', () => {
  it('ends lines on CR LF, LF, CR NUL and a lone CR', () => {
    const assembler = new LineAssembler();
    assert.deepEqual(texts(assembler, 'one\r\ntwo\nthree\r\0four\rfive\r\n'), ['one', 'two', 'three', 'four', 'five']);
  });

  it('keeps a CR LF split across two chunks as one line ending', () => {
    const assembler = new LineAssembler();
    assert.deepEqual(texts(assembler, 'look\r'), ['look']);
    assert.deepEqual(texts(assembler, '\nsay hi\r\n'), ['say hi']);
  });

  it('holds a partial line until it ends', () => {
    const assembler = new LineAssembler();
    assert.deepEqual(texts(assembler, 'sa'), []);
    assert.equal(assembler.pendingBytes, 2);
    assert.deepEqual(texts(assembler, 'y hi\n'), ['say hi']);
  });

  it('erases whole UTF-8 characters on backspace and DEL', () => {
    const assembler = new LineAssembler();
    assert.deepEqual(texts(assembler, 'caf\u00e9\b\u00e8\n'), ['caf\u00e8']);
    assert.deepEqual(texts(assembler, 'hi \u{1F525}\x7f!\n'), ['hi !']);
    assert.deepEqual(texts(assembler, '\b\b\bok\n'), ['ok']);
  });

  it('decodes UTF-8 and replaces invalid bytes instead of failing', () => {
    const assembler = new LineAssembler();
    assert.deepEqual(texts(assembler, 'say \u00e9t\u00e9 \u2713\n'), ['say \u00e9t\u00e9 \u2713']);
    assert.deepEqual(texts(assembler, Buffer.from([0x61, 0xc3, 0x28, 0x62, 0x0a])), ['a\ufffd(b']);
  });

  it('drops control bytes and ANSI escapes typed by the client, and turns tabs into spaces', () => {
    const assembler = new LineAssembler();
    assert.deepEqual(texts(assembler, 'say \x1b[31mred\x07\tx\n'), ['say [31mred x']);
    assert.deepEqual(texts(assembler, 'a\u009bb\n'), ['ab']);
  });

  it('cuts a line at the limit, marks it truncated, and discards the rest of it', () => {
    const assembler = new LineAssembler(16);
    const lines = assembler.push(Buffer.from(`${'x'.repeat(1000)}\nnext\n`));
    assert.deepEqual(lines, [
      { text: 'x'.repeat(16), truncated: true },
      { text: 'next', truncated: false },
    ]);
    assert.equal(assembler.pendingBytes, 0);
  });

  it('does not leave half a character where a cut splits one', () => {
    const assembler = new LineAssembler(5);
    const [line] = assembler.push(Buffer.from('ab\u00e9\u00e9\u00e9\n'));
    assert.deepEqual(line, { text: 'ab\u00e9', truncated: true });
  });

  it('never buffers more than the limit, whatever arrives', () => {
    const assembler = new LineAssembler(1024);
    for (let round = 0; round < 100; round += 1) {
      assembler.push(Buffer.from(randomBytes(4096).map((byte) => (byte === 0x0a || byte === 0x0d ? 0x41 : byte))));
      assert.ok(assembler.pendingBytes <= 1024);
    }
  });
});
