import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClientProfile } from '../../../../server/telnet/client-profile.js';
import { TerminalTypeRounds } from '../../../../server/telnet/terminal-type.js';

const is = (value: string | Buffer) => Buffer.concat([Buffer.from([0]), Buffer.isBuffer(value) ? value : Buffer.from(value, 'latin1')]);

describe('TerminalTypeRounds (TTYPE with MTTS)', () => {
  it('asks three times and records client, terminal and MTTS bits', () => {
    const profile = new ClientProfile();
    const rounds = new TerminalTypeRounds(profile);
    assert.equal(rounds.startRound(), true);
    assert.equal(rounds.receive(is('Mudlet')), 'ask-again');
    assert.equal(rounds.startRound(), true);
    assert.equal(rounds.receive(is('XTERM-256COLOR')), 'ask-again');
    assert.equal(rounds.startRound(), true);
    assert.equal(rounds.receive(is('MTTS 2831')), 'done');
    assert.equal(rounds.startRound(), false, 'no fourth round');
    assert.equal(profile.clientName, 'MUDLET');
    assert.equal(profile.terminalType, 'XTERM-256COLOR');
    assert.equal(profile.mtts, 2831);
  });

  it('stops when the client repeats itself', () => {
    const profile = new ClientProfile();
    const rounds = new TerminalTypeRounds(profile);
    rounds.startRound();
    rounds.receive(is('ANSI'));
    rounds.startRound();
    assert.equal(rounds.receive(is('ANSI')), 'done');
    assert.equal(profile.clientName, 'ANSI');
    assert.equal(profile.terminalType, null);
    assert.equal(profile.mtts, null);
  });

  it('refuses answers nobody asked for, and malformed or oversized ones', () => {
    const profile = new ClientProfile();
    const rounds = new TerminalTypeRounds(profile);
    assert.equal(rounds.receive(is('UNASKED')), 'refused');
    rounds.startRound();
    assert.equal(rounds.startRound(), false, 'one question at a time');
    for (const bad of [Buffer.from([1, 65]), is(''), is('A'.repeat(65)), is('bad\u0007bell'), is(' padded'), is(Buffer.from([0xc3, 0xa9]))]) {
      assert.equal(rounds.receive(bad), 'refused');
    }
    assert.equal(rounds.receive(is('MTTS 99999999')), 'ask-again', 'too many digits is a name, not bits');
    assert.equal(profile.mtts, null);
    assert.equal(profile.clientName, 'MTTS 99999999');
  });
});
