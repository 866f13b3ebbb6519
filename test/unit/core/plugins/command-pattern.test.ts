import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compilePattern, PatternSyntaxError } from '../../../../core/plugins/command-pattern.js';

describe('compilePattern', () => {
  it('captures arguments, with optional parts and flexible spaces around = and ,', () => {
    const page = compilePattern('page [<target>=]<message>');
    assert.deepEqual(page.match('Bob=hello there'), { target: 'Bob', message: 'hello there' });
    assert.deepEqual(page.match('Bob = a=b'), { target: 'Bob', message: 'a=b' });
    assert.deepEqual(page.match('just this'), { message: 'just this' });
    assert.equal(page.match(''), null);
    const dig = compilePattern('@dig <room>[=<exits>]');
    assert.deepEqual(dig.match('Rose Garden = North;n,South;s'), { room: 'Rose Garden', exits: 'North;n,South;s' });
    assert.deepEqual(dig.match('Cellar'), { room: 'Cellar' });
    assert.deepEqual(compilePattern('+<channel> <message>').match('public hi all'), { channel: 'public', message: 'hi all' });
    assert.deepEqual(compilePattern('"<message>').match('hello'), { message: 'hello' });
    const finger = compilePattern('+finger [<name>[=<text>]]');
    assert.deepEqual(finger.match('fullname=Ann of the Marches'), { name: 'fullname', text: 'Ann of the Marches' });
    assert.deepEqual(finger.match(''), {});
    assert.deepEqual(compilePattern('+who').match(''), {});
    assert.deepEqual(compilePattern('look [<target>]').match(''), {});
    assert.equal(compilePattern('look [<target>]').usage, 'look [<target>]');
  });

  it('takes a word starting with "+" as the command word, and a lone "+" as a prefix', () => {
    assert.deepEqual(compilePattern('+bbread [<board>]').match('1/2'), { board: '1/2' });
    assert.deepEqual(compilePattern('+bbread [<board>]').match(''), {});
    assert.deepEqual(compilePattern('+bbpost <board>/<title>=<body>').match('General/Hi there = a/b=c'), { board: 'General', title: 'Hi there', body: 'a/b=c' });
    assert.deepEqual(compilePattern('+bbscan').match(''), {});
    assert.equal(compilePattern('+bbscan').match('extra'), null);
    assert.deepEqual(compilePattern('+<channel> <message>').match('bb hi'), { channel: 'bb', message: 'hi' });
  });

  it('keeps Unicode and regex-looking text literal', () => {
    assert.deepEqual(compilePattern('say <message>').match('caf\u00e9 (.*) \u{1F525}'), { message: 'caf\u00e9 (.*) \u{1F525}' });
    assert.deepEqual(compilePattern('+x.y <a>').match('+x.y z'), null);
  });

  it('refuses malformed patterns', () => {
    for (const bad of ['say <message', 'say [<a>', 'say <a> <a>', 'say ]']) {
      assert.throws(() => compilePattern(bad), PatternSyntaxError, bad);
    }
  });

  it('matches hostile input in linear time (no backtracking blow-up)', () => {
    const pattern = compilePattern('cmd <a> <b> <c>=<d>');
    const hostile = `${'x '.repeat(4000)}no equals sign`;
    assert.equal(pattern.match(hostile), null);
    assert.equal(compilePattern('cmd <a>,<b>,<c>=<d>').match(','.repeat(8000)), null);
  });
});
