// The softcode built-in commands and $-commands through the service, over a world in memory:
// what players would see, in order, once the queue has run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SoftcodeCommandSource } from '../../../../../core/softcode/world/softcode-command-source.js';
import { type Heard, serviceFor, settle, standardWorld, type WorldSource } from '../world/world-source-fixture.js';

async function typed(world: WorldSource, player: number, lines: string[], options: { masterRoomId?: number } = {}): Promise<{ heard: Heard[]; taken: boolean[] }> {
  const { service, heard } = serviceFor(world, options);
  const source = new SoftcodeCommandSource(service);
  const taken: boolean[] = [];
  for (const line of lines) {
    taken.push(source.runDollarCommands(player, line) || service.runner.runTyped(player, line, new Set(['think', '@trigger', '@dolist', '@switch', '@select', '@wait', '@force', '@halt', '@ps', '@notify', '@drain'])));
    await settle(service);
  }
  service.close();
  return { heard, taken };
}

const to = (heard: Heard[], name: string): string[] => heard.filter((h) => h.to === name).map((h) => h.text);

describe('typed softcode commands', () => {
  it('think evaluates and shows the result to the thinker only', async () => {
    const { heard } = await typed(standardWorld(), 1, ['think [add(1,2)] %n']);
    assert.deepEqual(heard, [{ to: 'Alice', text: '3 Alice' }]);
  });

  it('@trigger runs an attribute of a controlled object with arguments, enacted by the triggerer', async () => {
    const world = standardWorld().set(4, 'GREET', '@pemit %#=Hello %0 and %1, from %!.');
    const { heard } = await typed(world, 1, ['@trigger box/greet=[ucstr(you)],friend']);
    assert.deepEqual(to(heard, 'Alice'), ['Box - Triggered.', 'Hello YOU and friend, from #4.']);
  });

  it('@trigger on something not controlled is refused, and a missing attribute said so', async () => {
    const world = standardWorld().set(5, 'OPEN', 'think open');
    const { heard } = await typed(world, 1, ['@trigger safe/open', '@trigger box/nothing', '@trigger nowhere/x', '@trigger box']);
    assert.deepEqual(to(heard, 'Alice'), ['Permission denied.', 'No such attribute.', "I don't see that here.", 'I need to know what attribute to trigger.']);
  });

  it('@dolist queues the action for each word with ## and #@', async () => {
    const { heard } = await typed(standardWorld(), 1, ['@dolist red green blue=think #@:##']);
    assert.deepEqual(to(heard, 'Alice'), ['1:red', '2:green', '3:blue']);
  });

  it('@switch runs every match (with #$), @select the first, and the default when none', async () => {
    const { heard } = await typed(standardWorld(), 1, ['@switch 5=>3,think big #$,<10,think small,think neither', '@select 5=>3,think big,<10,think small', '@switch x=a,think a,think default']);
    assert.deepEqual(to(heard, 'Alice'), ['big 5', 'small', 'big', 'default']);
  });

  it('@force makes a controlled object act; q-registers carry from one command to the next', async () => {
    const world = standardWorld();
    const { heard } = await typed(world, 1, ['@force box={think [setq(0,kept)];@emit %q0 by %!}']);
    assert.deepEqual(to(heard, 'Bob'), ['kept by #4']);
  });

  it('@wait holds the action, @halt drops it, @ps lists it', async () => {
    const world = standardWorld();
    const { service, heard } = serviceFor(world);
    service.runner.runTyped(1, '@wait 60=think too late', new Set(['@wait']));
    service.runner.runTyped(1, '@ps', new Set(['@ps']));
    assert.match(to(heard, 'Alice')[0]!, /Wait Queue:\n\[60\]Alice\(#1\):think too late/);
    service.runner.runTyped(1, '@halt', new Set(['@halt']));
    assert.equal(service.queue.size, 0);
    assert.equal(to(heard, 'Alice')[1], 'Everything you own has been halted.');
    service.close();
  });

  it('@wait on a semaphore runs when @notify comes', async () => {
    const { heard } = await typed(standardWorld(), 1, ['@wait box=think released', 'think waiting', '@notify box']);
    assert.deepEqual(to(heard, 'Alice'), ['waiting', 'Notified.', 'released']);
  });

  it('keeps hostile input to PennMUSH errors: deep brackets, huge output', async () => {
    const deep = `think ${'['.repeat(5000)}add(1,1)${']'.repeat(5000)}`;
    const { heard } = await typed(standardWorld(), 1, [deep, 'think [repeat(x,1000000000)]', 'think [iter(lnum(100000),lnum(1000))]']);
    const said = to(heard, 'Alice');
    assert.equal(said.length, 3);
    assert.match(said[0]!, /^#-1 (CALL LIMIT|CPU USAGE) EXCEEDED$/);
    assert.ok(said[1]!.length <= 8191);
    assert.match(said[2]!, /#-1 (CPU USAGE|FUNCTION INVOCATION LIMIT) EXCEEDED|^[\d ]+$/);
  });
});

describe('$-commands', () => {
  it('a dice roller: $roll *d*: with the captures as %0 and %1, enacted by the player', async () => {
    const world = standardWorld().set(4, 'CMD_ROLL', '$roll *d*:@emit %N rolls %0d%1 and gets [die(%0,%1)].').set(4, 'CMD_ECHO', '$echo *:@switch 1=1,@pemit %#=You typed: %c');
    const { heard, taken } = await typed(world, 2, ['roll 2d6', 'ROLL 1D1', 'echo this']);
    assert.deepEqual(taken, [true, true, true]);
    assert.equal(to(heard, 'Bob')[2], 'You typed: echo this');
    const bob = to(heard, 'Bob');
    assert.match(bob[0]!, /^Bob rolls 2d6 and gets ([2-9]|1[0-2])\.$/);
    assert.equal(bob[1], 'Bob rolls 1d1 and gets 1.');
  });

  it('a vending machine with a q-register stock count and a default', async () => {
    const world = standardWorld()
      .set(4, 'BUY', '$buy *:@switch [match(get(me/stock),%0)]=0,{@pemit %#=Sorry, no %0.},{@pemit %#=You buy a %0.;@oemit %#=%N buys a %0.}')
      .set(4, 'STOCK', 'cola crisps');
    const { heard } = await typed(world, 2, ['buy cola', 'buy fish']);
    assert.deepEqual(to(heard, 'Bob'), ['You buy a cola.', 'Sorry, no fish.']);
    assert.deepEqual(to(heard, 'Alice'), ['Bob buys a cola.']);
  });

  it('a room parent with $-commands answers in every room that has it as parent', async () => {
    const world = standardWorld().add(7, 'thing', 'Room Parent', { ownerId: 3 }).set(7, 'CMD_EXITS', '$exits:@pemit %#=Exits here: [iter(lexits(here),name(##),%b,\\,%b)]');
    world.add(0, 'room', 'Hall', { ownerId: 3, parentId: 7 });
    const { heard } = await typed(world, 1, ['exits']);
    assert.deepEqual(to(heard, 'Alice'), ['Exits here: Out']);
  });

  it('regexp patterns on REGEXP attributes, case-insensitive unless CASE', async () => {
    const world = standardWorld().set(4, 'CMD_X', '$^give (\\d+) coins?$:@pemit %#=%1 coins from %0', ['REGEXP']).set(4, 'CMD_Y', '$^Shout$:@pemit %#=case', ['REGEXP', 'CASE']);
    const { heard, taken } = await typed(world, 1, ['GIVE 5 coins', 'shout', 'Shout']);
    assert.deepEqual(taken, [true, false, true]);
    assert.deepEqual(heard.map((h) => h.text), ['5 coins from GIVE 5 coins', 'case']);
  });

  it('a catastrophic regexp pattern cannot stall matching (RE2 runs in linear time)', async () => {
    const world = standardWorld().set(4, 'CMD_BAD', '$^(a+)+$:@pemit %#=never', ['REGEXP']).set(4, 'CMD_BROKEN', '$(unclosed:@pemit %#=never', ['REGEXP']);
    const started = performance.now();
    const { taken } = await typed(world, 1, [`${'a'.repeat(1_500)}!`]);
    assert.deepEqual(taken, [false]);
    assert.ok(performance.now() - started < 2_000, `took ${(performance.now() - started).toFixed(0)} ms`);
  });

  it('skips NO_COMMAND attributes and HALT or NO_COMMAND objects', async () => {
    const world = standardWorld().set(4, 'A', '$poke:think a', ['NO_COMMAND']).set(5, 'B', '$poke:think b').flag(5, 'HALT');
    world.add(7, 'thing', 'Stone', { locationId: 0, ownerId: 1, flags: ['NO_COMMAND'] }).set(7, 'C', '$poke:think c');
    const { taken } = await typed(world, 1, ['poke']);
    assert.deepEqual(taken, [false]);
  });

  it('answers from the master room only when nothing nearby matched', async () => {
    const world = standardWorld().add(8, 'thing', 'Global', { locationId: 9, ownerId: 3 }).set(8, 'CMD', '$+time:@pemit %#=global').set(8, 'HELLO', '$hello:@pemit %#=global hello');
    world.set(4, 'HELLO', '$hello:@pemit %#=local hello');
    const { heard } = await typed(world, 1, ['+time', 'hello'], { masterRoomId: 9 });
    assert.deepEqual(to(heard, 'Alice'), ['global', 'local hello']);
  });

  it('a @trigger me/loop chain is bounded: it runs in slices and stops at @halt', async () => {
    const world = standardWorld().set(4, 'LOOP', '@trigger me/loop').set(4, 'GO', '$go:@trigger me/loop');
    const { service } = serviceFor(world);
    const source = new SoftcodeCommandSource(service);
    source.runDollarCommands(1, 'go');
    for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
    assert.ok(service.queue.ran > 10);
    assert.equal(service.queue.size, 1);
    service.runner.runTyped(1, '@halt box', new Set(['@halt']));
    assert.equal(service.queue.size, 0);
    service.close();
  });

  it('@startup: runs each object\'s own STARTUP at start, skipping HALT objects and children', async () => {
    const world = standardWorld().set(4, 'STARTUP', '@pemit *alice=Box is up.').set(5, 'STARTUP', '@pemit *alice=Safe is up.').flag(5, 'HALT');
    world.add(7, 'thing', 'Child', { locationId: 0, ownerId: 1, parentId: 4 });
    const { service, heard } = serviceFor(world);
    const objects = [0, 1, 2, 3, 4, 5, 6, 7, 9].map((id) => world.get(id)!);
    assert.equal(service.runStartups(objects), 1);
    await settle(service);
    assert.deepEqual(heard, [{ to: 'Alice', text: 'Box is up.' }]);
    service.close();
  });

  it('an object\'s $-commands answer only those who pass its command and use locks', async () => {
    const world = standardWorld().set(4, 'CMD', '$open sesame:@pemit %#=The box opens for %n.');
    world.add(4, 'thing', 'Box', { locationId: 0, ownerId: 1, locks: { Command: '#1' } });
    const alice = await typed(world, 1, ['open sesame']);
    assert.deepEqual(alice.heard.map((h) => h.text), ['The box opens for Alice.']);
    const bob = await typed(world, 2, ['open sesame']);
    assert.deepEqual(bob.taken, [false]);
    world.add(4, 'thing', 'Box', { locationId: 0, ownerId: 1, locks: { Use: '!#2' } });
    assert.deepEqual((await typed(world, 2, ['open sesame'])).taken, [false]);
    assert.deepEqual((await typed(world, 3, ['open sesame'])).heard.map((h) => h.text), ['The box opens for Wiz.']);
  });
});
