// The per-address connection cap: counted while a connection is open, released once when it
// closes, IPv6 by /64, exempt addresses never counted; refused sockets close at once.
import assert from 'node:assert/strict';
import { connect, createServer, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { ConnectionGate, refuseConnection } from '../../../server/connection-gate.js';

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('ConnectionGate', () => {
  it('admits an address up to its cap and again after one closes, releasing each only once', () => {
    const gate = new ConnectionGate(2);
    const releases: Array<() => void> = [];
    const admit = (address: string) => gate.admitAddress(address, (release) => releases.push(release));
    assert.deepEqual([admit('10.0.0.1'), admit('10.0.0.1'), admit('10.0.0.1'), admit('10.0.0.2')], [true, true, false, true]);
    releases[0]!();
    releases[0]!();
    assert.equal(gate.held('10.0.0.1'), 1);
    assert.equal(admit('10.0.0.1'), true);
    assert.equal(admit('10.0.0.1'), false);
  });

  it('counts an IPv6 /64 as one address, and IPv4-mapped addresses as IPv4', () => {
    const gate = new ConnectionGate(1);
    assert.equal(gate.admitAddress('2001:db8:1:2::1', () => {}), true);
    assert.equal(gate.admitAddress('2001:db8:1:2::ffff', () => {}), false);
    assert.equal(gate.held('::ffff:10.0.0.9'), 0);
  });

  it('admits sockets until the cap, never counts exempt addresses, and releases on close', async () => {
    const gate = new ConnectionGate(1, (address) => address === '127.0.0.2');
    const admitted: boolean[] = [];
    const server = createServer((socket) => {
      const ok = gate.admit(socket);
      admitted.push(ok);
      if (!ok) refuseConnection(socket, 'no\r\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const open = async (localAddress: string): Promise<{ socket: Socket; answer: () => string; closed: Promise<void> }> => {
      const socket = connect({ port, host: '127.0.0.1', localAddress });
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      await new Promise((resolve) => socket.once('connect', resolve));
      return { socket, answer: () => text, closed };
    };
    try {
      const first = await open('127.0.0.1');
      const refused = await open('127.0.0.1');
      await refused.closed;
      assert.equal(refused.answer(), 'no\r\n');
      const exempt = [await open('127.0.0.2'), await open('127.0.0.2')];
      first.socket.destroy();
      await until(() => gate.held('127.0.0.1') === 0);
      const again = await open('127.0.0.1');
      await until(() => admitted.length === 5);
      assert.deepEqual(admitted, [true, false, true, true, true]);
      for (const item of [...exempt, again]) item.socket.destroy();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
