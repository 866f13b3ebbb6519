import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLoginCommand } from '../../../../core/sessions/login-screen.js';

describe('parseLoginCommand', () => {
  it('reads connect and create in any case, with a one-word password', () => {
    assert.deepEqual(parseLoginCommand('connect Alice secret'), { kind: 'connect', name: 'Alice', password: 'secret' });
    assert.deepEqual(parseLoginCommand('  CREATE Bob \t se"cret '), { kind: 'create', name: 'Bob', password: 'se"cret' });
  });

  it('takes a name in double quotes, as PennMUSH does', () => {
    assert.deepEqual(parseLoginCommand('connect "Alice" secret'), { kind: 'connect', name: 'Alice', password: 'secret' });
    assert.deepEqual(parseLoginCommand('connect " Alice "  secret'), { kind: 'connect', name: 'Alice', password: 'secret' });
    assert.deepEqual(parseLoginCommand('create "Bob"'), { kind: 'ask-password', verb: 'create', name: 'Bob' });
  });

  it('takes a password in double quotes, spaces and quotes inside it included', () => {
    assert.deepEqual(parseLoginCommand('create Bob "two words here"'), { kind: 'create', name: 'Bob', password: 'two words here' });
    assert.deepEqual(parseLoginCommand('connect "Bob" "say "hi" twice"'), { kind: 'connect', name: 'Bob', password: 'say "hi" twice' });
    assert.deepEqual(parseLoginCommand('connect Bob ""'), { kind: 'ask-password', verb: 'connect', name: 'Bob' });
  });

  it('refuses, never splits, a line with words beyond name and password', () => {
    const refused = parseLoginCommand('create Sir Galahad grailpw1');
    assert.equal(refused.kind, 'malformed');
    assert.match((refused as { reason: string }).reason, /^Use: create <name> <password>\. A name is one word/);
    assert.doesNotMatch((refused as { reason: string }).reason, /grailpw1|Galahad grail/);
    assert.equal(parseLoginCommand('connect Bob two words').kind, 'malformed');
    assert.equal(parseLoginCommand('connect Bob "open quote').kind, 'malformed');
    assert.equal(parseLoginCommand('connect Bob "quoted" trailing').kind, 'malformed');
  });

  it('refuses a quoted name with spaces, saying names have none, without repeating it', () => {
    const refused = parseLoginCommand('create "Sir Galahad" grailpw1');
    assert.deepEqual(refused, { kind: 'malformed', verb: 'create', reason: 'A name has no spaces (Sir_Galahad or SirGalahad, not "Sir Galahad"); nothing was done.' });
    const quotedTogether = parseLoginCommand('connect "Bob hunter22"');
    assert.equal(quotedTogether.kind, 'malformed');
    assert.doesNotMatch((quotedTogether as { reason: string }).reason, /hunter22/);
    assert.equal(parseLoginCommand('connect "Bob pw').kind, 'malformed');
    assert.equal(parseLoginCommand('connect "Bob"pw').kind, 'malformed');
  });

  it('says which part is missing', () => {
    assert.deepEqual(parseLoginCommand('connect'), { kind: 'incomplete', verb: 'connect' });
    assert.deepEqual(parseLoginCommand('connect ""'), { kind: 'incomplete', verb: 'connect' });
    assert.deepEqual(parseLoginCommand('resume'), { kind: 'incomplete', verb: 'resume' });
    assert.deepEqual(parseLoginCommand('resume one two'), { kind: 'incomplete', verb: 'resume' });
  });

  it('asks for the password when only a name is given', () => {
    assert.deepEqual(parseLoginCommand('connect Alice'), { kind: 'ask-password', verb: 'connect', name: 'Alice' });
    assert.deepEqual(parseLoginCommand('create Bob '), { kind: 'ask-password', verb: 'create', name: 'Bob' });
  });

  it('reads a resume token', () => {
    assert.deepEqual(parseLoginCommand('resume abc_DEF-123'), { kind: 'resume', token: 'abc_DEF-123' });
  });

  it('calls anything else unknown, and blank lines empty', () => {
    assert.deepEqual(parseLoginCommand('look'), { kind: 'unknown' });
    assert.deepEqual(parseLoginCommand('connectAlice secret'), { kind: 'unknown' });
    assert.deepEqual(parseLoginCommand('   '), { kind: 'empty' });
  });

  it('handles hostile input without blowing up', () => {
    const huge = `connect ${'a'.repeat(100_000)} "${'b '.repeat(50_000)}"`;
    assert.equal(parseLoginCommand(huge).kind, 'connect');
    assert.equal(parseLoginCommand(`connect "${'a '.repeat(50_000)}`).kind, 'malformed');
    assert.equal(parseLoginCommand(`connect ${'"'.repeat(100_000)}`).kind, 'malformed');
    assert.equal(parseLoginCommand('\u0000\uffff\ud800').kind, 'unknown');
  });
});
