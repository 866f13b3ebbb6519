import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEARTH_LOGIN, type LoginAttempt, TINYMUX_LOGIN } from '../../../../bench/peer/peer-login.js';

function feed(attempt: LoginAttempt, lines: string[]): string[] {
  return lines.map((line) => attempt.progress(line));
}

describe('HEARTH_LOGIN', () => {
  it('types create and is in at the room header after the welcome', () => {
    assert.equal(HEARTH_LOGIN.endsConnectScreen('QUIT                        leave'), true);
    const attempt = HEARTH_LOGIN.create('Pab_1', 'secret');
    assert.deepEqual(attempt.lines, ['create Pab_1 secret']);
    // A room header before the welcome is someone else's business.
    assert.deepEqual(feed(attempt, ['Town Square(#1)', 'Welcome, Pab_1.', 'Town Square(#1)']), ['waiting', 'waiting', 'in']);
  });

  it('is refused when the name is taken', () => {
    const attempt = HEARTH_LOGIN.create('Pab_1', 'secret');
    assert.equal(attempt.progress('The name "Pab_1" is already taken; choose another.'), 'refused');
  });
});

describe('TINYMUX_LOGIN', () => {
  it('ends the connect screen at its QUIT line, indented as TinyMUX shows it', () => {
    assert.equal(TINYMUX_LOGIN.endsConnectScreen('  "QUIT" exits the game and saves your character.'), true);
    assert.equal(TINYMUX_LOGIN.endsConnectScreen('  "WHO" tells you who is logged in to the game (case sensitive).'), false);
  });

  it('types create and a think, and is in when the think comes back', () => {
    const attempt = TINYMUX_LOGIN.create('Pab_1', 'secret');
    assert.deepEqual(attempt.lines, ['create Pab_1 secret', 'think bench-ready Pab_1']);
    assert.deepEqual(feed(attempt, ['MAIL: You have no mail.', 'Limbo', 'bench-ready Pab_1']), ['waiting', 'waiting', 'in']);
  });

  it('is refused when the name is taken or not allowed', () => {
    const attempt = TINYMUX_LOGIN.create('Pab_1', 'secret');
    assert.equal(attempt.progress('Either there is already a player with that name, or that name is illegal.'), 'refused');
    assert.equal(attempt.progress('That name is not allowed.'), 'refused');
  });
});
