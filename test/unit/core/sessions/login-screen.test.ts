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
    assert.deepEqual(parseLoginCommand('create Bob'), { kind: 'incomplete', verb: 'create' });
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
