// Q-registers (core/softcode/registers.ts): names in any case, the named-register limit, and the
// snapshots localize() and ulocal() restore.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidRegisterName, RegisterBank } from '../../../../core/softcode/registers.js';

describe('softcode registers', () => {
  it('reads and writes in any case; unset reads as empty', () => {
    const bank = new RegisterBank(5);
    assert.equal(bank.set('a', 'x'), null);
    assert.equal(bank.get('A'), 'x');
    assert.equal(bank.get('b'), '');
  });

  it('refuses bad names and more named registers than allowed', () => {
    const bank = new RegisterBank(2);
    assert.equal(bank.set('a b', 'x'), '#-1 REGISTER NAME INVALID');
    assert.equal(bank.set('', 'x'), '#-1 REGISTER NAME INVALID');
    assert.equal(bank.set('one', '1'), null);
    assert.equal(bank.set('two', '2'), null);
    assert.equal(bank.set('three', '3'), '#-1 TOO MANY REGISTERS');
    assert.equal(bank.set('ONE', 'again'), null, 'an existing register may change');
    assert.equal(bank.set('z', 'single characters do not count'), null);
    assert.equal(isValidRegisterName('x'.repeat(33)), false);
  });

  it('restores a snapshot', () => {
    const bank = new RegisterBank(5, { a: 'outer', 'bad name': 'ignored' });
    const saved = bank.snapshot();
    bank.set('a', 'inner');
    bank.set('b', 'new');
    bank.restore(saved);
    assert.deepEqual(bank.entries(), { A: 'outer' });
  });
});
