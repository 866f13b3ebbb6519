import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateName, validatePassword } from '../../../../core/auth/names.js';
import { errorCode } from '../../../../core/errors.js';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return errorCode(error);
  }
  return undefined;
}

describe('validateName', () => {
  it('accepts ordinary names', () => {
    for (const name of ['Al', 'Alice', 'bob_the-2nd', 'Zeta9']) assert.equal(validateName(name), name);
  });

  it('refuses names of the wrong length, shape or alphabet with E_NAME_INVALID', () => {
    const bad = ['A', 'x'.repeat(21), '9lives', '_under', 'two words', 'semi;colon', 'Ålice', 'Аlice', 'a\u0000b', '', 'emoji\u{1F525}'];
    for (const name of bad) assert.equal(codeOf(() => validateName(name)), 'E_NAME_INVALID', name);
  });

  it('refuses reserved words in any case, unless the operator allows them', () => {
    for (const name of ['here', 'ME', 'Admin', 'WIZARD', 'system']) {
      assert.equal(codeOf(() => validateName(name)), 'E_NAME_INVALID', name);
    }
    assert.equal(validateName('Admin', { allowReserved: true }), 'Admin');
  });

  it('explains what is wrong', () => {
    assert.throws(() => validateName('A'), /2 to 20 characters/);
    assert.throws(() => validateName('9x'), /start with a letter/);
    assert.throws(() => validateName('here'), /reserved/);
  });
});

describe('validatePassword', () => {
  it('accepts passwords with spaces and Unicode', () => {
    assert.equal(validatePassword('correct horse \u00e9'), 'correct horse \u00e9');
  });

  it('refuses short, huge and control-character passwords with E_PASSWORD_INVALID', () => {
    for (const password of ['12345', 'x'.repeat(257), 'abc\u0007defg']) {
      assert.equal(codeOf(() => validatePassword(password)), 'E_PASSWORD_INVALID');
    }
  });
});
