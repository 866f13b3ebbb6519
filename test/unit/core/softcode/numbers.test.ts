// Numbers as softcode reads, prints and judges them (core/softcode/numbers.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber, isTrue, parseInteger, parseNumber } from '../../../../core/softcode/numbers.js';

describe('softcode numbers', () => {
  it('reads numbers with spaces, signs, decimals and exponents; empty is 0', () => {
    assert.equal(parseNumber(' 12 '), 12);
    assert.equal(parseNumber('-1.5'), -1.5);
    assert.equal(parseNumber('.5'), 0.5);
    assert.equal(parseNumber('1e3'), 1000);
    assert.equal(parseNumber(''), 0);
    for (const bad of ['abc', '1x', '1.2.3', '--1', '#5', 'Infinity', 'NaN', '1e999']) assert.equal(parseNumber(bad), undefined, bad);
  });

  it('reads integers only without a decimal point', () => {
    assert.equal(parseInteger('42'), 42);
    assert.equal(parseInteger(' -7 '), -7);
    assert.equal(parseInteger('1.0'), undefined);
    assert.equal(parseInteger('99999999999999999999'), undefined);
  });

  it('prints as PennMUSH prints: whole integers, six decimals at most, no trailing zeros', () => {
    assert.equal(formatNumber(3), '3');
    assert.equal(formatNumber(-0), '0');
    assert.equal(formatNumber(1 / 3), '0.333333');
    assert.equal(formatNumber(2.5), '2.5');
    assert.equal(formatNumber(0.1 + 0.2), '0.3');
    assert.equal(formatNumber(-0.0000001), '0');
    assert.equal(formatNumber(1e20), '100000000000000000000');
    assert.equal(formatNumber(Infinity), 'inf');
    assert.equal(formatNumber(-Infinity), '-inf');
  });

  it('judges truth with tiny_booleans off', () => {
    for (const yes of ['1', '-1', 'abc', '#0', '#5', '0abc', ' x ']) assert.equal(isTrue(yes), true, yes);
    for (const no of ['', '   ', '0', '0.0', '-0', '#-1', '#-1 NO MATCH', '#-']) assert.equal(isTrue(no), false, no);
  });
});
