// Reading lock keys: every form PennMUSH documents, its precedence and grouping, blanks, and
// keys that are malformed, hostile or too big, each refused with a code and where it broke.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode, LockKeyError } from '../../../../../core/errors.js';
import type { LockKey, LockReference } from '../../../../../core/world/locks/lock-key.js';
import { MAX_LOCK_KEY_LENGTH, MAX_LOCK_NESTING, MAX_LOCK_NODES } from '../../../../../core/world/locks/lock-limits.js';
import { parseLockKey } from '../../../../../core/world/locks/parse-lock-key.js';

const id = (n: number): LockReference => ({ kind: 'id', id: n });
const named = (name: string): LockReference => ({ kind: 'name', name });
const bare = (object: LockReference): LockKey => ({ kind: 'is-or-carries', object });
const and = (...operands: LockKey[]): LockKey => ({ kind: 'and', operands });
const or = (...operands: LockKey[]): LockKey => ({ kind: 'or', operands });
const not = (operand: LockKey): LockKey => ({ kind: 'not', operand });

const FORMS: [string, LockKey][] = [
  ['#12', bare(id(12))],
  ['#0', bare(id(0))],
  ['#007', bare(id(7))],
  ['=#12', { kind: 'is', object: id(12) }],
  ['=me', { kind: 'is', object: { kind: 'me' } }],
  ['= ME', { kind: 'is', object: { kind: 'me' } }],
  ['=Child', { kind: 'is', object: named('Child') }],
  ['+#5', { kind: 'carries', object: id(5) }],
  ['+Secret Door Key', { kind: 'carries', object: named('Secret Door Key') }],
  ['Child', bare(named('Child'))],
  ['  Bathroom   Key  ', bare(named('Bathroom   Key'))],
  ['me', bare({ kind: 'me' })],
  ['Here', bare({ kind: 'here' })],
  ['#true', { kind: 'true' }],
  ['#FALSE', { kind: 'false' }],
  ['$My Toy', { kind: 'owner', object: named('My Toy') }],
  ['$#3', { kind: 'owner', object: id(3) }],
  ['@First Puppet', { kind: 'indirect', object: named('First Puppet') }],
  ['@First Puppet/Use', { kind: 'indirect', object: named('First Puppet'), lockType: 'Use' }],
  ['@#9 / enter', { kind: 'indirect', object: id(9), lockType: 'Enter' }],
  ['@me/user:Wield', { kind: 'indirect', object: { kind: 'me' }, lockType: 'user:wield' }],
  ['sex:m*', { kind: 'attribute', attribute: 'SEX', pattern: 'm*' }],
  ['icname:<g', { kind: 'attribute', attribute: 'ICNAME', pattern: '<g' }],
  ['strength:>20', { kind: 'attribute', attribute: 'STRENGTH', pattern: '>20' }],
  ['status : OOC zone ', { kind: 'attribute', attribute: 'STATUS', pattern: 'OOC zone' }],
  ['url:http://x/y^z', { kind: 'attribute', attribute: 'URL', pattern: 'http://x/y^z' }],
  ['whichday/Thu', { kind: 'evaluation', attribute: 'WHICHDAY', pattern: 'Thu' }],
  ['rank/a:b', { kind: 'evaluation', attribute: 'RANK', pattern: 'a:b' }],
  ['flag^wizard', { kind: 'bit', bit: 'flag', value: 'WIZARD' }],
  ['FLAG^Enter_OK', { kind: 'bit', bit: 'flag', value: 'ENTER_OK' }],
  ['power^guest', { kind: 'bit', bit: 'power', value: 'GUEST' }],
  ['type^room', { kind: 'type', objectType: 'room' }],
  ['TYPE^Exit', { kind: 'type', objectType: 'exit' }],
  ['type^thing', { kind: 'type', objectType: 'thing' }],
  ['type^player', { kind: 'type', objectType: 'character' }],
  ['type^character', { kind: 'type', objectType: 'character' }],
  ['name^bob*', { kind: 'bit', bit: 'name', value: 'bob*' }],
  ['channel^Public', { kind: 'bit', bit: 'channel', value: 'Public' }],
  ['dbreflist^allow', { kind: 'dbreflist', attribute: 'ALLOW' }],
  ['objid^#4', { kind: 'is', object: id(4) }],
  ['OBJID^me', { kind: 'is', object: { kind: 'me' } }],
  ['ip^127.0.0.*', { kind: 'bit', bit: 'ip', value: '127.0.0.*' }],
  ['hostname^*.example.org', { kind: 'bit', bit: 'hostname', value: '*.example.org' }],
  ['Café', bare(named('Café'))],
  ['Cafe\u0301', bare(named('Caf\u00e9'))],
  ['=🗝 key', { kind: 'is', object: named('🗝 key') }],
  ['a!b', bare(named('a!b'))],
];

const STRUCTURE: [string, LockKey][] = [
  ['#1&#2', and(bare(id(1)), bare(id(2)))],
  ['#1 | #2', or(bare(id(1)), bare(id(2)))],
  ['#1&#2&#3', and(bare(id(1)), bare(id(2)), bare(id(3)))],
  ['#1|#2&#3', or(bare(id(1)), and(bare(id(2)), bare(id(3))))],
  ['#1&#2|#3', or(and(bare(id(1)), bare(id(2))), bare(id(3)))],
  ['!#1&#2', and(not(bare(id(1))), bare(id(2)))],
  ['!#1|#2', or(not(bare(id(1))), bare(id(2)))],
  ['!(#1|#2)', not(or(bare(id(1)), bare(id(2))))],
  ['! ! #1', not(not(bare(id(1))))],
  ['(#1|#2)&#3', and(or(bare(id(1)), bare(id(2))), bare(id(3)))],
  ['#1&(#2&#3)', and(bare(id(1)), and(bare(id(2)), bare(id(3))))],
  ['((#1))', bare(id(1))],
  ['( #1 )', bare(id(1))],
  ['!type^player | (type^player & !flag^unregistered)', or(not({ kind: 'type', objectType: 'character' }), and({ kind: 'type', objectType: 'character' }, not({ kind: 'bit', bit: 'flag', value: 'UNREGISTERED' })))],
  ['Sex:Male & +Bathroom Key', and({ kind: 'attribute', attribute: 'SEX', pattern: 'Male' }, { kind: 'carries', object: named('Bathroom Key') })],
  ['status:OOC | power^guest', or({ kind: 'attribute', attribute: 'STATUS', pattern: 'OOC' }, { kind: 'bit', bit: 'power', value: 'GUEST' })],
  ['!dbreflist^deny & dbreflist^allow', and(not({ kind: 'dbreflist', attribute: 'DENY' }), { kind: 'dbreflist', attribute: 'ALLOW' })],
  ['+Child|=Child', or({ kind: 'carries', object: named('Child') }, { kind: 'is', object: named('Child') })],
];

/** The code and position a key is refused with. */
function refusal(text: string): { code: string | undefined; position: number; message: string } {
  try {
    parseLockKey(text);
  } catch (error) {
    assert.ok(error instanceof LockKeyError, `${JSON.stringify(text)} threw ${String(error)}`);
    return { code: errorCode(error), position: error.position, message: error.message };
  }
  assert.fail(`${JSON.stringify(text)} was accepted`);
}

describe('parseLockKey', () => {
  it('reads every key form', () => {
    for (const [text, tree] of FORMS) assert.deepEqual(parseLockKey(text), tree, text);
  });

  it('binds ! tightest, then &, then |, keeps groups, and ignores blanks', () => {
    for (const [text, tree] of STRUCTURE) assert.deepEqual(parseLockKey(text), tree, text);
  });

  it('refuses malformed keys with E_LOCK_SYNTAX at the character where they break', () => {
    const cases: [string, number, RegExp][] = [
      ['', 0, /the key is empty/],
      ['   ', 0, /the key is empty/],
      ['&', 0, /"&" has no key before it/],
      ['|#1', 0, /"\|" has no key before it/],
      ['#12&', 4, /"&" has no key after it/],
      ['#12 | ', 6, /"\|" has no key after it/],
      ['#1&|#2', 3, /"&" has no key after it/],
      ['!', 1, /"!" has no key after it/],
      ['((#1)', 5, /the "\(" at character 1 is never closed/],
      ['(#1', 3, /never closed/],
      ['#1)', 2, /"\)" closes no "\("/],
      [')', 0, /"\)" closes no "\("/],
      ['()', 1, /the parentheses hold no key/],
      ['#1(#2)', 2, /"\(" cannot follow a key here/],
      ['#abc', 0, /"#abc" is not an object number such as #12/],
      ['#-1', 0, /not an object number/],
      ['#', 0, /not an object number/],
      ['#1234567890123', 0, /not an object number/],
      ['#1 #2', 0, /join two keys with & or \|/],
      ['=', 1, /"=" needs an object after it/],
      ['+ ', 1, /"\+" needs an object after it/],
      ['$', 1, /"\$" needs an object after it/],
      ['@', 1, /"@" needs an object after it/],
      ['=#x', 1, /"=#x" is not an object number/],
      ['@/Use', 1, /"@" needs an object after it/],
      ['@#1/', 4, /needs a lock type/],
      ['@#1/flying', 4, /"flying" is not a lock type/],
      ['a:', 2, /"a:" needs a pattern after it/],
      ['a/', 2, /"a\/" needs a value after it/],
      [':x', 0, /needs an attribute name/],
      ['/x', 0, /needs an attribute name/],
      ['my attr:x', 0, /"my attr" is not an attribute name/],
      ['Bob\'s Tools/Hammer', 0, /is not an attribute name/],
      ['^x', 0, /"\^" needs a kind before it/],
      ['flag^', 5, /"flag\^" needs something after it/],
      ['foo^bar', 0, /"foo\^" is not a kind of key/],
      ['type^blob', 5, /"blob" is not a type/],
      ['type^constructor', 5, /is not a type/],
      ['flag^has space', 5, /is not a flag name/],
      ['dbreflist^a b', 10, /is not an attribute name/],
      ['#1&\u0000', 3, /control characters/],
      ['#1\n|#2', 2, /control characters/],
      ['\t#1', 0, /control characters/],
      ['x\u001b[2J', 1, /control characters/],
      ['x\u009b', 1, /control characters/],
      ['=\ud800', 1, /control characters/],
    ];
    for (const [text, position, reason] of cases) {
      const refused = refusal(text);
      assert.equal(refused.code, 'E_LOCK_SYNTAX', JSON.stringify(text));
      assert.equal(refused.position, position, JSON.stringify(text));
      assert.match(refused.message, /^I don't understand that key: /, JSON.stringify(text));
      assert.match(refused.message, reason, JSON.stringify(text));
    }
  });

  it('says where the key broke, and never echoes a control character', () => {
    assert.equal(refusal('#12&').message, 'I don\'t understand that key: "&" has no key after it (at the end of "#12&").');
    assert.equal(refusal('#1&#abc|#3').message, 'I don\'t understand that key: "#abc" is not an object number such as #12 (at character 4 of "#1&#abc|#3").');
    const escape = refusal('name^x\u001b]0;pwned\u0007');
    assert.ok(!/[\u0000-\u001f]/.test(escape.message), escape.message);
    assert.match(escape.message, /\\u\{1b\}/);
    // A long key is quoted around where it broke, not whole.
    const long = refusal(`${'#1&'.repeat(500)}#x`);
    assert.ok(long.message.length < 300, long.message);
    assert.match(long.message, /at character 1501 of "…(#1&)+#x"\)\.$/);
  });

  it('refuses keys over the limits with E_LOCK_TOO_COMPLEX, without exhausting the stack', () => {
    const tooLong = refusal('#1|'.repeat(2000));
    assert.equal(tooLong.code, 'E_LOCK_TOO_COMPLEX');
    assert.match(tooLong.message, /^That key is too complex: it is 6000 characters long, and a key may be at most 4096\.$/);
    assert.equal(refusal('x'.repeat(10_000_000)).code, 'E_LOCK_TOO_COMPLEX');

    const deepParentheses = refusal(`${'('.repeat(MAX_LOCK_NESTING + 1)}#1${')'.repeat(MAX_LOCK_NESTING + 1)}`);
    assert.equal(deepParentheses.code, 'E_LOCK_TOO_COMPLEX');
    assert.equal(deepParentheses.position, MAX_LOCK_NESTING);
    assert.match(deepParentheses.message, /nests parentheses and "!" more than 64 deep/);
    assert.equal(refusal(`${'!'.repeat(MAX_LOCK_NESTING + 1)}#1`).code, 'E_LOCK_TOO_COMPLEX');
    assert.equal(refusal(`${'(!'.repeat(2000)}#1`).code, 'E_LOCK_TOO_COMPLEX');
    assert.equal(refusal('('.repeat(MAX_LOCK_KEY_LENGTH)).code, 'E_LOCK_TOO_COMPLEX');

    const manyKeys = refusal(Array.from({ length: MAX_LOCK_NODES }, () => '#1').join('|'));
    assert.equal(manyKeys.code, 'E_LOCK_TOO_COMPLEX');
    assert.match(manyKeys.message, new RegExp(`more than ${MAX_LOCK_NODES} keys and operators`));
  });

  it('accepts keys right at the limits', () => {
    const nested = `${'('.repeat(MAX_LOCK_NESTING)}#1${')'.repeat(MAX_LOCK_NESTING)}`;
    assert.deepEqual(parseLockKey(nested), bare(id(1)));
    assert.equal(parseLockKey(`${'!'.repeat(MAX_LOCK_NESTING)}#1`).kind, 'not');
    const longest = `=${'x'.repeat(MAX_LOCK_KEY_LENGTH - 1)}`;
    assert.deepEqual(parseLockKey(longest), { kind: 'is', object: named('x'.repeat(MAX_LOCK_KEY_LENGTH - 1)) });
    // A chain is one operator: 1023 keys joined by & are 1024 nodes.
    const chain = parseLockKey(Array.from({ length: MAX_LOCK_NODES - 1 }, () => '#1').join('&'));
    assert.equal(chain.kind === 'and' && chain.operands.length, MAX_LOCK_NODES - 1);
  });
});
