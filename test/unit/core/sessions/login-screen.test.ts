import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseLoginCommand } from '../../../../core/sessions/login-screen.js';

describe('parseLoginCommand', () => {
  it('reads connect and create in any case, with passwords that hold spaces', () => {
    assert.deepEqual(parseLoginCommand('connect Alice secret'), { kind: 'connect', name: 'Alice', password: 'secret' });
    assert.deepEqual(parseLoginCommand('  CREATE Bob  two words here '), { kind: 'create', name: 'Bob', password: 'two words here' });
  });

  it('says which part is missing', () => {
    assert.deepEqual(parseLoginCommand('connect'), { kind: 'incomplete', verb: 'connect' });
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
    const huge = `connect ${'a'.repeat(100_000)} ${'b '.repeat(50_000)}`;
    assert.equal(parseLoginCommand(huge).kind, 'connect');
    assert.equal(parseLoginCommand('\u0000\uffff\ud800').kind, 'unknown');
  });
});
