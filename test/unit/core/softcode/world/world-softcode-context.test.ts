// The softcode world adapter: attributes with parents, PennMUSH's control and visibility rules,
// object functions and output, over a world in memory shaped like the real one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateSoftcode } from '../../../../../core/softcode/index.js';
import { serviceFor, standardWorld } from './world-source-fixture.js';

function run(code: string, executor = 1, build = standardWorld()) {
  const { service, heard } = serviceFor(build);
  return { output: evaluateSoftcode(code, service.context, { executor }).output, heard };
}

describe('WorldSoftcodeContext: attributes', () => {
  it('reads an own attribute in any case, and one inherited from a parent', () => {
    const world = standardWorld().add(7, 'thing', 'Parent', { ownerId: 1 }).set(7, 'GREETING', 'hello from the parent').set(4, 'mood', 'sleepy');
    world.add(4, 'thing', 'Box', { locationId: 0, ownerId: 1, parentId: 7 });
    assert.equal(run('[get(box/MOOD)] [get(box/greeting)]', 1, world).output, 'sleepy hello from the parent');
  });

  it('keeps NO_INHERIT attributes on the parent', () => {
    const world = standardWorld().add(7, 'thing', 'Parent', { ownerId: 1 }).set(7, 'SECRET', 'x', ['NO_INHERIT']);
    world.add(4, 'thing', 'Box', { locationId: 0, ownerId: 1, parentId: 7 });
    assert.equal(run('[get(#4/secret)]|[hasattr(#4,secret)]', 1, world).output, '|0');
  });

  it("denies another player's attribute unless it or its object is VISUAL", () => {
    const world = standardWorld().set(5, 'COMBO', '1234').set(5, 'LABEL', 'A safe', ['VISUAL']);
    assert.equal(run('[get(safe/combo)]', 1, world).output, '#-1 NO PERMISSION TO GET ATTRIBUTE');
    assert.equal(run('[get(safe/label)]', 1, world).output, 'A safe');
    assert.equal(run('[get(safe/combo)]', 2, world).output, '1234');
    assert.equal(run('[get(safe/combo)]', 1, world.flag(5, 'VISUAL')).output, '1234');
  });

  it('hides MORTAL_DARK attributes from their own owner but not from an admin', () => {
    const world = standardWorld().set(4, 'NOTES', 'hidden', ['MORTAL_DARK']);
    assert.equal(run('[get(box/notes)]', 1, world).output, '#-1 NO PERMISSION TO GET ATTRIBUTE');
    assert.equal(run('[get(#4/notes)]', 3, world).output, 'hidden');
  });

  it('lists the visible attribute names, with a wildcard', () => {
    const world = standardWorld().set(4, 'A_ONE', '1').set(4, 'A_TWO', '2').set(4, 'B', '3').set(4, 'DARK', '4', ['MORTAL_DARK']);
    assert.equal(run('[lattr(box)]', 1, world).output, 'A_ONE A_TWO B');
    assert.equal(run('[lattr(box/a_*)] [nattr(box)]', 1, world).output, 'A_ONE A_TWO 3');
  });
});

describe('WorldSoftcodeContext: control', () => {
  it('follows PennMUSH: owners control their things, things do not control their owner, only admins control admin objects', () => {
    const world = standardWorld().add(7, 'thing', 'Ball', { locationId: 0, ownerId: 1 });
    const { service } = serviceFor(world);
    const context = service.context;
    assert.equal(context.controls(1, 4), true);
    assert.equal(context.controls(4, 7), true);
    assert.equal(context.controls(4, 1), false);
    assert.equal(context.controls(1, 5), false);
    assert.equal(context.controls(3, 5), true);
    assert.equal(context.controls(1, 0), false);
    assert.equal(run('[controls(me,box)][controls(box,me)][controls(me,safe)]').output, '100');
  });
});

describe('object functions', () => {
  it('answers name, num, loc, owner, type, home, parent and flags', () => {
    const world = standardWorld().flag(4, 'DARK');
    assert.equal(run('[name(box)] [num(box)] [loc(box)] [owner(box)] [type(box)] [type(me)] [type(here)] [type(out)]', 1, world).output, 'Box #4 #0 #1 THING PLAYER ROOM EXIT');
    assert.equal(run('[loc(out)] [home(out)] [loc(here)] [parent(box)] [owner(me)]', 1, world).output, '#9 #0 #-1 #-1 #1');
    assert.equal(run('[flags(box)] [flags(me)] [hasflag(box,dark)] [hasflag(box,VISUAL)] [hasflag(me,connected)] [hasflag(me,player)]', 1, world).output, 'D Pc 1 0 1 1');
  });

  it('answers #-1 NO SUCH OBJECT VISIBLE for what is not there, and #-1 for num()', () => {
    assert.equal(run('[name(nothing)]|[num(nothing)]|[loc(#999)]').output, '#-1 NO SUCH OBJECT VISIBLE|#-1|#-1 NO SUCH OBJECT VISIBLE');
  });

  it('lists contents, exits and the connected, and walks them with con() and next()', () => {
    assert.equal(run('[lcon(here)]|[lexits(here)]|[lwho()]').output, '#1 #2 #3 #4 #5|#6|#1 #2 #3');
    assert.equal(run('[con(here)] [next(#1)] [next(#5)] [exit(here)]').output, '#1 #2 #-1 #6');
  });

  it("refuses the contents of a room the viewer is not in and does not control", () => {
    assert.equal(run('[lcon(#9)]').output, '#-1 NO SUCH OBJECT VISIBLE');
    assert.equal(run('[lcon(#9)]', 3).output, '');
  });

  it('gives the enactor pronouns from SEX or Hearth\'s pronouns, they for a player with neither', () => {
    const world = standardWorld().set(1, 'SEX', 'female');
    world.add(2, 'character', 'Bob', { locationId: 0, attributes: { pronouns: 'xe/xem/xyr/xyrs' } });
    assert.equal(run('%s %o %p %a', 1, world).output, 'she her her hers');
    assert.equal(evaluateSoftcode('%s %p', serviceFor(world).service.context, { executor: 1, enactor: 2 }).output, 'xe xyr');
    assert.equal(evaluateSoftcode('%s', serviceFor(world).service.context, { executor: 1, enactor: 3 }).output, 'they');
  });

  it('answers isdbref, hastype, where, room, nearby, lplayers, lthings, andflags, orflags, conn and idle', () => {
    const world = standardWorld().add(7, 'thing', 'Pebble', { locationId: 4, ownerId: 1 }).flag(4, 'DARK');
    assert.equal(run('[isdbref(#4)][isdbref(#999)][isdbref(box)] [hastype(box,thing player)][hastype(me,room)]', 1, world).output, '100 10');
    assert.equal(run('[where(out)] [where(box)] [room(#7)] [nearby(me,box)] [nearby(me,#7)] [nearby(box,#7)]', 1, world).output, '#0 #0 #0 1 0 1');
    assert.equal(run('[lplayers(here)]|[lthings(here)]', 1, world).output, '#1 #2 #3|#4 #5');
    assert.equal(run('[andflags(me,Pc)][andflags(me,P!c)][orflags(box,VD)][orflags(box,V)]', 1, world).output, '1010');
    assert.equal(run('[conn(me)] [idle(#4)]', 1, world).output, '-1 -1');
  });

  it('elock() tests a lock, evaluation keys running softcode, for those who may see the lock', () => {
    const world = standardWorld().set(4, 'CANUSE', '[strmatch(name(%#),Bob)]');
    world.add(4, 'thing', 'Box', { locationId: 0, ownerId: 1, locks: { Basic: '#1', Use: 'CANUSE/1' } });
    assert.equal(run('[elock(box,me)][elock(box,*bob)][elock(box/use,*bob)][elock(box/use,me)]', 1, world).output, '1010');
    assert.equal(run('[elock(#4,me)]', 2, world).output, '#-1 PERMISSION DENIED');
    assert.equal(run('[elock(box/nosuchtype,me)]|[elock(nothing,me)]', 1, world).output, '#-1 PERMISSION DENIED|#-1 NO SUCH OBJECT VISIBLE');
  });

  it('lsearch() finds what the searcher owns (everything for a wizard) by type, name, flags, parent or code', () => {
    const world = standardWorld().add(7, 'thing', 'Boxlet', { locationId: 0, ownerId: 1, parentId: 4, flags: ['DARK'] });
    assert.equal(run('[lsearch(me)]|[lsearch(me,type,thing)]|[lsearch(me,name,box)]|[lsearch(me,things,B*t)]', 1, world).output, '#1 #4 #7|#4 #7|#4 #7|#7');
    assert.equal(run('[lsearch(me,flags,D)]|[lsearch(me,parent,#4)]|[lsearch(me,eval,\[strmatch(name(##),*let)\])]', 1, world).output, '#7|#7|#7');
    assert.equal(run('[lsearch(all)]|[lsearch(*bob)]|[lsearch(me,colour,red)]', 1, world).output, '#1 #4 #7|#-1 PERMISSION DENIED|#-1 INVALID SEARCH CLASS');
    assert.equal(run('[lsearch(all,type,room)]|[lsearch(*bob)]|[lsearch(all,,,4,5)]', 3, world).output, '#0 #9|#2 #5|#4 #5');
  });

  it('matches *player anywhere', () => {
    const world = standardWorld().add(8, 'character', 'Carol', { locationId: 9 });
    assert.equal(run('[num(*carol)] [name(*CAROL)] [num(carol)]', 1, world).output, '#8 Carol #-1');
  });
});

describe('output functions', () => {
  it('pemit reaches the enactor and players nearby, and emit the room', () => {
    const { heard } = run('[pemit(me,hello)][pemit(*bob,psst)][emit(Boom.)]');
    assert.deepEqual(heard, [
      { to: 'Alice', text: 'hello' },
      { to: 'Bob', text: 'psst' },
      { to: 'Alice', text: 'Boom.' },
      { to: 'Bob', text: 'Boom.' },
      { to: 'Wiz', text: 'Boom.' },
    ]);
  });

  it('pemits remotely as PennMUSH does, but not to a HAVEN player, and remits only where it may', () => {
    const world = standardWorld().add(8, 'character', 'Carol', { locationId: 9 }).add(10, 'character', 'Dan', { locationId: 9, flags: ['HAVEN'] });
    const { output, heard } = run('[pemit(*carol,hi)]|[pemit(*dan,hi)]|[remit(#9,hi)]', 1, world);
    assert.equal(output, '|#-1 PERMISSION DENIED|#-1 PERMISSION DENIED');
    assert.deepEqual(heard, [{ to: 'Carol', text: 'hi' }]);
  });

  it('oemit leaves out the one named, and control characters never reach a terminal', () => {
    const { heard } = run('[oemit(me,Alice is gone.)][pemit(me,a[chr(27)]b)]');
    assert.deepEqual(heard.map((h) => h.to), ['Bob', 'Wiz', 'Alice']);
    assert.equal(heard[2]!.text.includes('\u001b'), false);
  });
});

describe('time functions', () => {
  it('format seconds as PennMUSH does, in UTC, and read them back', () => {
    assert.equal(run('[convsecs(0)]').output, 'Thu Jan 01 00:00:00 1970');
    assert.equal(run('[timefmt($Y-$m-$d $H:$M:$S $A $B $j $p $$,86400)]').output, '1970-01-02 00:00:00 Friday January 002 AM $');
    assert.equal(run('[convtime(convsecs(1234567890))]').output, '1234567890');
    assert.equal(run('[convtime(not a date)] [convsecs(abc)]').output, '-1 #-1 ARGUMENT MUST BE INTEGER');
    const secs = Number(run('[secs()]').output);
    assert.ok(Math.abs(secs - Date.now() / 1000) < 5);
    assert.match(run('[time()]').output, /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d \d{4}$/);
  });
});
