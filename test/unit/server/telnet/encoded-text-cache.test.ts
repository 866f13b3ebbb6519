import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientProfile } from '../../../../server/telnet/client-profile.js';
import { encodeForClient } from '../../../../server/telnet/encoded-text-cache.js';
import { encodeTelnetText } from '../../../../server/telnet/telnet-text.js';

function profile(fields: Partial<Pick<ClientProfile, 'terminalType' | 'charset' | 'width'>> = {}): ClientProfile {
  return Object.assign(new ClientProfile(), fields);
}

describe('encodeForClient', () => {
  it('encodes a line once for every client of the same kind', () => {
    const line = '\u001b[1mAlice\u001b[0m says, "caf\u00e9 for everyone"';
    const first = encodeForClient(line, profile());
    assert.equal(encodeForClient(line, profile()), first, 'the same bytes, not a copy');
    assert.deepEqual(first, encodeTelnetText(`${line}\n`, profile()));
  });

  it('shapes the line for each kind: colour or not, charset, window width', () => {
    const line = `\u001b[31mBob\u001b[0m says, "${'na\u00efve words '.repeat(12)}"`;
    const kinds = [profile(), profile({ terminalType: 'DUMB' }), profile({ charset: 'refused' }), profile({ width: 40 })];
    const encodings = kinds.map((kind) => encodeForClient(line, kind));
    for (const [index, kind] of kinds.entries()) assert.deepEqual(encodings[index], encodeTelnetText(`${line}\n`, kind));
    assert.equal(new Set(encodings.map((bytes) => bytes.toString('latin1'))).size, 4, 'each kind got its own shape');
  });

  it('stays bounded when every line is different', () => {
    for (let i = 0; i < 5000; i += 1) encodeForClient(`line ${i}`, profile());
    assert.deepEqual(encodeForClient('line 4999', profile()), encodeTelnetText('line 4999\n', profile()));
  });
});
