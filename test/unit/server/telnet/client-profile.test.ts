import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientProfile, Mtts } from '../../../../server/telnet/client-profile.js';

function profile(fields: Partial<ClientProfile>): ClientProfile {
  return Object.assign(new ClientProfile(), fields);
}

describe('ClientProfile', () => {
  it('uses colour unless the client reports none', () => {
    assert.equal(profile({}).ansi, true, 'a client that said nothing gets colour');
    assert.equal(profile({ mtts: Mtts.ANSI | Mtts.UTF8 }).ansi, true);
    assert.equal(profile({ mtts: Mtts.UTF8 }).ansi, false, 'MTTS without the ANSI bit');
    assert.equal(profile({ clientName: 'DUMB' }).ansi, false);
    assert.equal(profile({ clientName: 'TINTIN++', terminalType: 'DUMB' }).ansi, false);
  });

  it('picks UTF-8 from CHARSET, falls back to MTTS after a refusal, and defaults to UTF-8', () => {
    assert.equal(profile({}).encoding, 'utf-8');
    assert.equal(profile({ charset: 'utf-8', mtts: Mtts.ANSI }).encoding, 'utf-8');
    assert.equal(profile({ charset: 'refused', mtts: Mtts.ANSI | Mtts.UTF8 }).encoding, 'utf-8');
    assert.equal(profile({ charset: 'refused', mtts: Mtts.ANSI }).encoding, 'latin1');
    assert.equal(profile({ charset: 'refused' }).encoding, 'latin1');
  });

  it('wraps at the reported width, within sane bounds, and not at all without NAWS', () => {
    assert.equal(profile({}).wrapWidth, 0);
    assert.equal(profile({ width: 80 }).wrapWidth, 80);
    assert.equal(profile({ width: 5 }).wrapWidth, 20);
    assert.equal(profile({ width: 65535 }).wrapWidth, 500);
  });
});
