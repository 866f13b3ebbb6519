import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CryptoRandom, MAX_RANDOM_SPAN, SeededRandom } from '../../../../core/plugins/random-source.js';

describe('random sources', () => {
  it('repeat a seeded stream exactly, and differ between seeds', () => {
    const draw = (seed: string) => {
      const source = new SeededRandom(seed);
      return [source.seed64(), source.below(6), source.below(1_000_000), source.seed64()].map(String);
    };
    assert.deepEqual(draw('a'), draw('a'));
    assert.notDeepEqual(draw('a'), draw('b'));
  });

  it('stay within [0, bound) and reach every value of a small bound', () => {
    for (const source of [new SeededRandom('spread'), new CryptoRandom()]) {
      const seen = new Set<number>();
      for (let i = 0; i < 600; i++) {
        const value = source.below(6);
        assert.ok(Number.isInteger(value) && value >= 0 && value < 6, String(value));
        seen.add(value);
      }
      assert.equal(seen.size, 6);
      assert.equal(source.below(1), 0);
      assert.ok(source.below(MAX_RANDOM_SPAN) < MAX_RANDOM_SPAN);
    }
  });

  it('are not lopsided: a d6 over 60,000 rolls comes up each face 9,000 to 11,000 times', () => {
    const source = new SeededRandom('fair');
    const faces = [0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 60_000; i++) faces[source.below(6)]! += 1;
    for (const count of faces) assert.ok(count > 9_000 && count < 11_000, faces.join(','));
  });

  it('refuse bounds they cannot draw from uniformly', () => {
    const source = new CryptoRandom();
    for (const bound of [0, -1, 1.5, Number.NaN, Infinity, MAX_RANDOM_SPAN + 1]) assert.throws(() => source.below(bound), RangeError, String(bound));
  });
});
