// TelnetOutput on a real socket pair: plain bytes, then an MCCP2 stream, then plain again.
import assert from 'node:assert/strict';
import { type Socket, connect, createServer } from 'node:net';
import { describe, it } from 'node:test';
import { constants, createInflate, inflateSync } from 'node:zlib';
import { TelnetOutput } from '../../../../server/telnet/telnet-output.js';

const MARKER = Buffer.from([255, 250, 86, 255, 240]);

async function socketPair(): Promise<{ serverSide: Socket; received: Promise<Buffer>; client: Socket }> {
  return new Promise((resolve) => {
    const listener = createServer((serverSide) => {
      listener.close();
      resolve({ serverSide, received, client });
    });
    let received: Promise<Buffer>;
    let client: Socket;
    listener.listen(0, '127.0.0.1', () => {
      const address = listener.address() as { port: number };
      client = connect(address.port, '127.0.0.1');
      const chunks: Buffer[] = [];
      client.on('data', (chunk) => chunks.push(chunk));
      received = new Promise((done) => client.on('end', () => done(Buffer.concat(chunks))));
    });
  });
}

/** Length of the complete zlib stream at the start of `bytes` (each shorter prefix fails to inflate). */
function zlibStreamLength(bytes: Buffer): number {
  for (let length = 1; length <= bytes.length; length += 1) {
    try {
      inflateSync(bytes.subarray(0, length));
      return length;
    } catch {
      // not complete yet
    }
  }
  throw new Error('no complete zlib stream');
}

describe('TelnetOutput', () => {
  it('compresses between the MCCP2 marker and the end of compression, and is plain around it', async () => {
    const { serverSide, received } = await socketPair();
    const output = new TelnetOutput(serverSide, 1024 * 1024);
    output.write(Buffer.from('before\r\n'));
    output.startCompression(MARKER);
    assert.equal(output.compressing, true);
    output.write(Buffer.from('inside one\r\n'));
    output.write(Buffer.from('inside two\r\n'));
    output.stopCompression();
    output.write(Buffer.from('after\r\n'));
    output.end();
    const bytes = await received;
    const markerAt = bytes.indexOf(MARKER);
    assert.equal(bytes.subarray(0, markerAt).toString(), 'before\r\n');
    const compressed = bytes.subarray(markerAt + MARKER.length);
    const length = zlibStreamLength(compressed);
    assert.equal(inflateSync(compressed.subarray(0, length)).toString(), 'inside one\r\ninside two\r\n');
    assert.equal(compressed.subarray(length).toString(), 'after\r\n');
  });

  it('sends what one turn wrote to a compressing client at once, in order, without waiting for more', async () => {
    const { serverSide, client } = await socketPair();
    const output = new TelnetOutput(serverSide, 1024 * 1024);
    output.startCompression(MARKER);
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i}\r\n`);
    for (const line of lines) output.write(Buffer.from(line));
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    let text = '';
    let skipped = 0;
    const expected = lines.join('');
    const complete = new Promise<void>((resolve) => {
      inflate.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.length >= expected.length) resolve();
      });
    });
    client.on('data', (chunk: Buffer) => {
      // The marker comes plain, before the stream.
      const rest = chunk.subarray(Math.max(0, MARKER.length - skipped));
      skipped += chunk.length - rest.length;
      if (rest.length > 0) inflate.write(rest);
    });
    await complete;
    assert.equal(text, expected);
    output.end();
    client.destroy();
  });

  it('finishes the compressed stream before closing, so the last words arrive', async () => {
    const { serverSide, received } = await socketPair();
    const output = new TelnetOutput(serverSide, 1024 * 1024);
    output.startCompression(MARKER);
    output.write(Buffer.from('Goodbye.\r\n'));
    output.end();
    const bytes = await received;
    assert.equal(inflateSync(bytes.subarray(MARKER.length)).toString(), 'Goodbye.\r\n');
  });
});
