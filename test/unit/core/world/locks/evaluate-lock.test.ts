// Checking locks: a table of keys, actors and answers over a small world, covering every key
// form, precedence, negation, groups, indirection, evaluation, cycles and the step budget.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateLock } from '../../../../../core/world/locks/evaluate-lock.js';
import type { AttributeEvaluation, LockContext } from '../../../../../core/world/locks/lock-context.js';
import type { ResolvedLockKey } from '../../../../../core/world/locks/lock-key.js';
import { MAX_LOCK_DEPTH } from '../../../../../core/world/locks/lock-limits.js';
import type { LockType } from '../../../../../core/world/locks/lock-types.js';
import { FixtureWorld, lockChain } from './lock-world-fixture.js';

const HALL = 1;
const WIZ = 2;
const ANN = 3;
const BOT = 4;
const KEY = 5;
const DOOR = 7;
const GUEST = 9;

const world = new FixtureWorld(
  [
    { id: HALL, name: 'Hall', type: 'room', owner: WIZ, contents: [WIZ, ANN, BOT, DOOR] },
    {
      id: WIZ,
      name: 'Wiz',
      type: 'character',
      aliases: ['W'],
      flags: ['WIZARD'],
      powers: ['Guest'],
      attributes: { SEX: 'Male', ICNAME: 'Alpha', STRENGTH: '25', LASTIP: '127.0.0.1', LASTSITE: 'localhost.example.org' },
      contents: [KEY],
    },
    { id: ANN, name: 'Ann', type: 'character', flags: ['unregistered'], attributes: { sex: 'female', icname: 'Zed', strength: '9', Status: 'OOC' }, contents: [6] },
    { id: BOT, name: 'Bot', type: 'thing', owner: WIZ },
    { id: KEY, name: 'Bathroom Key', type: 'thing', owner: WIZ },
    { id: 6, name: 'Coin', type: 'thing', owner: ANN },
    // The door every key in the table is set on.
    { id: DOOR, name: 'Door', type: 'exit', owner: WIZ, attributes: { WHICHDAY: 'Thu', RANK: '5', ALLOW: '#2  #9:1234 junk #x', DENY: '#3' } },
    { id: 8, name: 'Gate A', type: 'thing', locks: { Basic: '@#10', Use: '=#3' } },
    { id: GUEST, name: 'Guest', type: 'character' },
    { id: 10, name: 'Gate B', type: 'thing', locks: { Basic: '@#8' } },
    { id: 11, name: 'Puppet', type: 'thing', locks: { Basic: '=#2', Use: '=#3' } },
    { id: 12, name: 'Unlocked', type: 'thing' },
    { id: 13, name: 'Not Twin', type: 'thing', locks: { Basic: '!@#14' } },
    { id: 14, name: 'Twin', type: 'thing', locks: { Basic: '@#13' } },
    { id: 15, name: 'Fan', type: 'thing', locks: { Basic: '@#16|@#16|@#16|@#16' } },
    { id: 16, name: 'Fan Back', type: 'thing', locks: { Basic: '!@#15&!@#15&!@#15&!@#15' } },
    { id: 17, name: 'Oracle', type: 'thing', attributes: { CODE: 'say yes' }, locks: { Basic: 'CODE/yes' } },
    { id: 18, name: 'Gate C', type: 'thing', locks: { Basic: '@#11' } },
    ...lockChain(20, MAX_LOCK_DEPTH),
    ...lockChain(50, MAX_LOCK_DEPTH + 1),
  ],
  { Public: [WIZ] },
);

function context(overrides: Partial<LockContext> = {}): LockContext {
  return { world, lockedObject: DOOR, lockType: 'Basic', ...overrides };
}

function passes(key: string, actor: number, overrides: Partial<LockContext> = {}): boolean {
  return evaluateLock(world.resolve(key, WIZ), actor, context(overrides));
}

/** [key, actor, passes, why]: every key is set on the Door by Wiz and checked as its Basic lock. */
const TABLE: [string, number, boolean, string][] = [
  ['#TRUE', ANN, true, 'always'],
  ['#FALSE', WIZ, false, 'never'],
  ['#2', WIZ, true, 'a bare object: is it'],
  ['#5', WIZ, true, 'a bare object: carries it'],
  ['#5', ANN, false, 'neither is nor carries'],
  ['Bathroom Key', WIZ, true, 'a name resolves like a number'],
  ['=#2', WIZ, true, 'is'],
  ['=#5', WIZ, false, 'carrying is not being'],
  ['=me', WIZ, true, 'me is the setter'],
  ['=me', ANN, false, 'me is the setter, not the actor'],
  ['+#5', WIZ, true, 'carries'],
  ['+#2', WIZ, false, 'being is not carrying'],
  ['+#6', ANN, true, 'carries a coin'],
  ['$#4', WIZ, true, 'a character with no owner owns itself'],
  ['$#4', BOT, true, 'same owner'],
  ['$#2', BOT, true, "Bot's owner is Wiz, who owns himself"],
  ['$#4', ANN, false, 'other owner'],
  ['$#6', ANN, true, 'Ann owns the coin'],
  ['$#12', WIZ, false, 'an object without an owner shares none'],
  ['SEX:m*', WIZ, true, 'attribute wildcard'],
  ['SEX:m*', ANN, false, 'attribute mismatch'],
  ['sex:FEMALE', ANN, true, 'attribute names and values ignore case'],
  ['SEX:?ale', WIZ, true, '? is one character'],
  ['SEX:?', WIZ, false, '? is exactly one'],
  ['SEX:*', BOT, false, 'a missing attribute fails even *'],
  ['STATUS:OOC', ANN, true, 'attribute set in mixed case'],
  ['ICNAME:<g', WIZ, true, '< compares text'],
  ['ICNAME:<g', ANN, false, 'Zed is not before g'],
  ['ICNAME:>alpha', WIZ, false, 'equal is not greater'],
  ['STRENGTH:>20', WIZ, true, '> compares numbers as numbers'],
  ['STRENGTH:>20', ANN, false, '9 < 20 as numbers, though "9" > "20" as text'],
  ['STRENGTH:<10', ANN, true, '< numeric'],
  ['WHICHDAY/Thu', ANN, true, "evaluation: the door's attribute, stored text without softcode"],
  ['WHICHDAY/thu', ANN, true, 'evaluation ignores case'],
  ['WHICHDAY/Fri', ANN, false, 'evaluation mismatch'],
  ['RANK/>3', ANN, true, 'evaluation compares too'],
  ['SEX/Male', WIZ, false, "evaluation reads the locked object, not the actor"],
  ['FLAG^WIZARD', WIZ, true, 'flag'],
  ['flag^wizard', ANN, false, 'flag missing'],
  ['FLAG^UNREGISTERED', ANN, true, 'flags ignore case'],
  ['POWER^GUEST', WIZ, true, 'power'],
  ['POWER^GUEST', ANN, false, 'no powers at all'],
  ['TYPE^PLAYER', WIZ, true, 'player is a character'],
  ['TYPE^PLAYER', BOT, false, 'a thing is not a player'],
  ['TYPE^THING', BOT, true, 'thing'],
  ['TYPE^ROOM', HALL, true, 'room'],
  ['TYPE^EXIT', DOOR, true, 'exit'],
  ['NAME^w*', WIZ, true, 'name wildcard'],
  ['NAME^w', WIZ, true, 'an alias matches'],
  ['NAME^a??', ANN, true, 'name with ?'],
  ['NAME^bob*', ANN, false, 'name mismatch'],
  ['CHANNEL^Public', WIZ, true, 'on the channel'],
  ['CHANNEL^Public', ANN, false, 'not on the channel'],
  ['CHANNEL^Nowhere', WIZ, false, 'no such channel'],
  ['DBREFLIST^ALLOW', WIZ, true, 'in the list'],
  ['DBREFLIST^ALLOW', GUEST, true, 'in the list as #9:objid'],
  ['DBREFLIST^ALLOW', ANN, false, 'not in the list'],
  ['DBREFLIST^MISSING', WIZ, false, 'no list'],
  ['!DBREFLIST^DENY & DBREFLIST^ALLOW', WIZ, true, 'allowed, not denied'],
  ['!DBREFLIST^DENY & DBREFLIST^ALLOW', ANN, false, 'denied'],
  ['IP^127.0.0.*', WIZ, true, "the actor's owner's LASTIP"],
  ['IP^127.0.0.*', BOT, true, "Bot's owner is Wiz"],
  ['IP^10.*', WIZ, false, 'other address'],
  ['IP^*', ANN, false, 'no LASTIP'],
  ['HOSTNAME^*.example.org', WIZ, true, 'LASTSITE'],
  ['objid^#3', ANN, true, 'objid^ is ='],
  ['@#11', WIZ, true, "Puppet's Basic lock is =#2"],
  ['@#11', ANN, false, "Puppet's Basic lock"],
  ['@#11/Use', ANN, true, "Puppet's Use lock, named"],
  ['@#11/Enter', ANN, true, 'no Enter lock: unlocked'],
  ['@#12', ANN, true, 'an object with no lock passes'],
  ['@#18', WIZ, true, 'indirect through indirect'],
  ['@#20', WIZ, true, `a chain of ${MAX_LOCK_DEPTH} indirect locks is followed to its end`],
  ['@#50', WIZ, false, 'one more than the depth budget fails'],
  ['@#8', WIZ, false, 'a cycle A→B→A fails'],
  ['!@#8', WIZ, false, 'a cycle fails under ! too'],
  ['@#13', WIZ, false, 'a cycle through ! fails'],
  ['@#8|#TRUE', WIZ, false, 'a spent budget fails the whole check'],
  ['#TRUE|@#8', WIZ, true, 'decided before the cycle is reached'],
  ['@#15', WIZ, false, 'a fan-out of indirect locks is stopped by the step budget'],
  ['#3|#2&#FALSE', ANN, true, '| binds loosest: #3 | (#2 & #FALSE)'],
  ['#3|#2&#FALSE', WIZ, false, '& before |'],
  ['(#3|#2)&#FALSE', ANN, false, 'parentheses regroup'],
  ['!#3&#2', WIZ, true, '! binds tightest: (!#3) & #2'],
  ['!(#3|#2)', WIZ, false, '! of a group'],
  ['!!#2', WIZ, true, 'double negation'],
  ['!#TRUE|#FALSE', WIZ, false, 'not true or false'],
  ['Sex:Male & +Bathroom Key', WIZ, true, "help lockkeys2's Men's Room"],
  ['!type^player | (type^player & !flag^unregistered)', ANN, false, "help lockkeys2's Entrance: an unregistered player"],
  ['!type^player | (type^player & !flag^unregistered)', WIZ, true, 'a registered player'],
  ['!type^player | (type^player & !flag^unregistered)', BOT, true, 'a non-player'],
];

describe('evaluateLock', () => {
  it('answers the table', () => {
    for (const [key, actor, expected, why] of TABLE) assert.equal(passes(key, actor), expected, `${key} for #${actor}: ${why}`);
  });

  it('passes an absent lock, even for an actor that does not exist, and fails a missing actor otherwise', () => {
    assert.equal(evaluateLock(undefined, ANN, context()), true);
    assert.equal(evaluateLock(null, 999, context()), true);
    assert.equal(passes('#TRUE', 999), false);
  });

  it('checks @obj against the type of the lock being checked', () => {
    assert.equal(passes('@#11', ANN, { lockType: 'Use' }), true);
    assert.equal(passes('@#11', WIZ, { lockType: 'Use' }), false);
    assert.equal(passes('@#11/Basic', WIZ, { lockType: 'Use' }), true);
    const missing: ResolvedLockKey = { kind: 'indirect', object: { kind: 'id', id: 999 } };
    assert.equal(evaluateLock(missing, WIZ, context()), false, 'a missing object fails');
    assert.equal(evaluateLock({ kind: 'owner', object: { kind: 'id', id: 999 } }, WIZ, context()), false);
  });

  it('fails channel keys when the world knows no channels', () => {
    const noChannels = { object: world.object.bind(world), lock: world.lock.bind(world) };
    assert.equal(passes('CHANNEL^Public', WIZ, { world: noChannels }), false);
  });

  it('evaluates evaluation keys through the caller, with the actor as %# and the locked object as %!', () => {
    const asked: AttributeEvaluation[] = [];
    const evaluate = (request: AttributeEvaluation): string => {
      asked.push(request);
      return request.code === 'say yes' ? 'YES' : 'Fri';
    };
    assert.equal(passes('WHICHDAY/Thu', ANN, { evaluate }), false);
    assert.deepEqual(asked, [{ code: 'Thu', attribute: 'WHICHDAY', object: DOOR, actor: ANN, depth: 1 }]);
    asked.length = 0;
    // Through an indirect lock, %! is the object whose lock is being checked.
    assert.equal(passes('@#17', WIZ, { evaluate }), true);
    assert.deepEqual(asked, [{ code: 'say yes', attribute: 'CODE', object: 17, actor: WIZ, depth: 2 }]);
  });

  it('ends cycles that run through softcode re-entering the evaluator', () => {
    let calls = 0;
    // An elock() in the attribute's code checks the same lock again, passing the depth on.
    const evaluate = (request: AttributeEvaluation): string => {
      calls += 1;
      const again = evaluateLock(world.lock(17, 'Basic'), request.actor, context({ lockedObject: 17, evaluate, depth: request.depth }));
      return again ? 'yes' : 'no';
    };
    assert.equal(passes('@#17', WIZ, { evaluate }), false);
    assert.ok(calls <= MAX_LOCK_DEPTH, `${calls} evaluations`);
  });

  it('stops a fan-out of indirect locks quickly', () => {
    const started = performance.now();
    for (let round = 0; round < 20; round += 1) assert.equal(passes('@#15', WIZ), false);
    assert.ok(performance.now() - started < 2000, 'twenty exhausted checks take well under two seconds');
  });

  it('reads attributes however they are stored, ignoring values that are not text', () => {
    const odd = new FixtureWorld([
      { id: 1, name: 'Odd', type: 'thing', attributes: JSON.parse('{"__proto__": "x", "constructor": "c", "NUM": 5}') as Record<string, string> },
    ]);
    const check = (key: string): boolean => evaluateLock(odd.resolve(key, 1), 1, { world: odd, lockedObject: 1, lockType: 'Basic' as LockType });
    assert.equal(check('__PROTO__:x'), true);
    assert.equal(check('CONSTRUCTOR:c'), true);
    assert.equal(check('TOSTRING:*'), false);
    assert.equal(check('NUM:5'), false);
  });
});
