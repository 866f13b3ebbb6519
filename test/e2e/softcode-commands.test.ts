// Softcode in the real server over telnet: think, the classic objects PennMUSH builders make
// (a dice roller, a vending machine, a room parent with $-commands), @trigger and the queue,
// a runaway loop that other players never notice, and hostile code answered with #-1 errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('softcode commands, played over telnet', () => {
  let server: TestServer;
  let alice: TelnetTestClient;
  let bob: TelnetTestClient;
  let cat: TelnetTestClient;

  async function make(name: string, drop = true): Promise<string> {
    alice.send(`@create ${name}`);
    const created = await alice.waitFor(new RegExp(`Created: ${name}\\((#\\d+)\\)`));
    if (!drop) return new RegExp(`${name}\\((#\\d+)\\)`).exec(created)![1]!;
    alice.send(`drop ${name}`);
    await alice.waitFor(`You drop ${name}.`);
    return new RegExp(`${name}\\((#\\d+)\\)`).exec(created)![1]!;
  }

  async function set(line: string, reply: RegExp | string): Promise<void> {
    alice.send(line);
    await alice.waitFor(reply);
  }

  before(async () => {
    server = await startTestServer();
    alice = await TelnetTestClient.connect(server.telnetPort);
    await alice.login('create', 'Alice', 'alicepass');
    bob = await TelnetTestClient.connect(server.telnetPort);
    await bob.login('create', 'Bob', 'bobpass1');
    cat = await TelnetTestClient.connect(server.telnetPort);
    await cat.login('create', 'Cat', 'catpass1');
    await server.core.accounts.setRole('Alice', 'builder');
  });
  after(async () => {
    await Promise.all([alice.close(), bob.close(), cat.close()]);
    await server.dispose();
  });

  it('think evaluates for the thinker alone', async () => {
    bob.send('think [add(2,3)] [name(me)] [type(me)] [strlen(lwho())]');
    await bob.waitFor(/5 Bob PLAYER \d+/);
    bob.send('think connected [gte(conn(me),0)], idle [lte(idle(me),60)], [lplayers(here)]');
    await bob.waitFor(/connected 1, idle 1, #\d+ #\d+ #\d+/);
    bob.send('think no function: add(1,2), [nosuch(1)]');
    await bob.waitFor('no function: add(1,2), #-1 FUNCTION (NOSUCH) NOT FOUND');
  });

  it('say, pose and @emit evaluate [ ] as the speaker\'s softcode, as on PennMUSH', async () => {
    bob.send('say It is [add(1,1)] o\'clock, [name(me)] thinks.');
    await bob.waitFor('You say, "It is 2 o\'clock, Bob thinks."');
    await cat.waitFor('Bob says, "It is 2 o\'clock, Bob thinks."');
    bob.send(':counts [words(one two three)] sheep.');
    await cat.waitFor('Bob counts 3 sheep.');
    bob.send('say 50% off (no code here).');
    await cat.waitFor('Bob says, "50% off (no code here)."');
  });

  it('a locked door with messages and action lists: FAIL and AFAIL for those kept out, ASUCC for who may pass', async () => {
    await set('@dig Vault=Vault door;vd,Back;bk', /Linked exit #\d+ to The Hearth/);
    await set('@lock vd=me', 'Locked.');
    await set('@fail vd=The vault door will not open, %n.', /DROP|FAIL - Set\./);
    await set("@afail vd=@emit The vault's alarm rings as %n tries the door.", 'Vault door/AFAIL - Set.');
    await set('@asucc vd=@pemit %#=Welcome back, [name(%#)].', 'Vault door/ASUCC - Set.');
    bob.send('vd');
    await bob.waitFor('The vault door will not open, Bob.');
    await cat.waitFor("The vault's alarm rings as Bob tries the door.");
    alice.send('vd');
    await alice.waitFor('Welcome back, Alice.');
    alice.send('bk');
    await alice.waitFor(/The Hearth\(#1/);
  });

  it('a dice roller: $roll *d* answers anyone in the room', async () => {
    await make('Dice');
    await set('&CMD_ROLL Dice=$roll *d*:@emit %N rolls %0d%1 and gets [die(%0,%1)].', 'Dice/CMD_ROLL - Set.');
    bob.send('roll 2d6');
    const rolled = await bob.waitFor(/Bob rolls 2d6 and gets (\d+)\./);
    const total = Number(/gets (\d+)/.exec(rolled)![1]);
    assert.ok(total >= 2 && total <= 12, `2d6 gave ${total}`);
    await alice.waitFor(/Bob rolls 2d6 and gets \d+\./);
  });

  it('a +command in softcode answers +word lines, while +<channel> still talks on a channel', async () => {
    await make('Sheet');
    await set('&CMD_SHEET Sheet=$+sheet *:@pemit %#=Sheet of %0: Strength 3.', 'Sheet/CMD_SHEET - Set.');
    bob.send('+sheet Cat');
    await bob.waitFor('Sheet of Cat: Strength 3.');
    alice.send('@channel/create sheet=Not the command');
    await alice.waitFor('Channel sheet created.');
    alice.send('+sheet hello');
    await alice.waitFor('[sheet] Alice says, "hello"');
    bob.send('+nosuch thing');
    await bob.waitFor('Huh?');
  });

  it('a vending machine: $buy * with a stock list, a refusal, and a message to the others', async () => {
    await make('Machine');
    await set('&STOCK Machine=cola crisps', 'Machine/STOCK - Set.');
    await set('&CMD_BUY Machine=$buy *:@switch [member(v(stock),%0)]=0,{@pemit %#=Sorry, no %0.},{@pemit %#=Clunk. A %0 drops out.;@oemit %#=%N buys a %0.}', 'Machine/CMD_BUY - Set.');
    bob.send('buy cola');
    await bob.waitFor('Clunk. A cola drops out.');
    await cat.waitFor('Bob buys a cola.');
    bob.send('buy fish');
    await bob.waitFor('Sorry, no fish.');
  });

  it('a room parent with $-commands answers in the room that has it as parent', async () => {
    // Kept in Alice's hands: the parent's $-command must answer through the room, not beside Bob.
    const parent = await make('Workshop Parent', false);
    await set(`&CMD_EXITS ${parent}=$ways:@pemit %#=Ways out: [iter(lexits(here),name(##))]`, 'Workshop Parent/CMD_EXITS - Set.');
    alice.send('@dig Workshop=Workshop door;wd,Back;b');
    await alice.waitFor(/Workshop/);
    alice.send('wd');
    await alice.waitFor(/Workshop\(#\d+/);
    await set(`@parent here=${parent}`, "Parent changed.");
    alice.send('ways');
    await alice.waitFor('Ways out: Back');
    alice.send('b');
    await alice.waitFor(/The Hearth\(#\d+/);
    bob.send('ways');
    await bob.waitFor('Huh?');
  });

  it('@trigger runs a controlled object\'s attribute and refuses others\' objects', async () => {
    await set('&GREET Dice=@pemit %#=Hello %0, says [name(me)].', 'Dice/GREET - Set.');
    alice.send('@trigger Dice/greet=friend');
    await alice.waitFor('Dice - Triggered.');
    await alice.waitFor('Hello friend, says Dice.');
    bob.send('@trigger Dice/greet');
    await bob.waitFor('Permission denied.');
  });

  it('a @trigger me/loop chain runs without stalling other players, shows in @ps and stops at @halt', async () => {
    await set('&LOOP Dice=@trigger me/loop', 'Dice/LOOP - Set.');
    alice.send('@trigger Dice/loop');
    await alice.waitFor('Dice - Triggered.');
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      cat.send(`say still here ${i}`);
      await bob.waitFor(`Cat says, "still here ${i}"`);
      bob.send(`think [mul(${i},2)]`);
      await bob.waitFor(`${i * 2}`);
      assert.ok(Date.now() - started < 2_000, `answers came in ${Date.now() - started} ms beside the loop`);
    }
    alice.send('@ps');
    await alice.waitFor(/Dice\(#\d+\):@trigger me\/loop/);
    alice.send('@halt Dice');
    await alice.waitFor('Dice halted.');
    assert.equal(server.core.softcode.queue.size, 0);
  });

  it('a fork bomb is halted as a runaway, in PennMUSH\'s words', async () => {
    await set('&BOMB Dice=@trigger me/bomb;@trigger me/bomb', 'Dice/BOMB - Set.');
    alice.send('@trigger Dice/bomb');
    await alice.waitFor('Run away objects: too many commands queued.  Halted.');
    bob.send('think [add(1,1)]');
    await bob.waitFor('2');
  });

  it('a HALT object answers no $-commands', async () => {
    await set('@set Dice=halt', 'Dice - HALT set.');
    bob.send('roll 1d6');
    await bob.waitFor('Huh?');
    await set('@set Dice=!halt', 'Dice - HALT reset.');
  });

  it('a MONITOR parrot repeats what it hears through a ^-listen, and never itself', async () => {
    await make('Parrot');
    await set('&LISTEN Parrot=^* says, "*":@emit Parrot squawks: %1!', 'Parrot/LISTEN - Set.');
    await set('@set Parrot=monitor', 'Parrot - MONITOR set.');
    bob.send('say pretty bird');
    await cat.waitFor('Parrot squawks: pretty bird!');
    await bob.waitFor('Parrot squawks: pretty bird!');
  });

  it('@aconnect greets a player who connects again', async () => {
    cat.send('&ACONNECT me=@pemit me=Welcome back, %n.');
    await cat.waitFor('Cat/ACONNECT - Set.');
    await cat.close();
    cat = await TelnetTestClient.connect(server.telnetPort);
    await cat.login('connect', 'Cat', 'catpass1');
    await cat.waitFor('Welcome back, Cat.');
  });

  it('a locked door whose evaluation lock runs softcode lets in only whom the code names', async () => {
    await make('Chest');
    await set('&CANTAKE Chest=[strmatch(name(%#),Bob)]', 'Chest/CANTAKE - Set.');
    await set('@lock Chest=CANTAKE/1', /Locked/);
    cat.send('get Chest');
    await cat.waitFor("You can't pick that up.");
    bob.send('get Chest');
    await bob.waitFor('You pick up Chest.');
  });

  it('OUTPUTPREFIX and OUTPUTSUFFIX frame the answer to each command typed', async () => {
    bob.send('OUTPUTPREFIX <<<start>>>');
    bob.send('OUTPUTSUFFIX <<<end>>>');
    bob.send('think [add(40,2)]');
    await bob.waitFor(/<<<start>>>\r?\n42\r?\n<<<end>>>/);
    bob.send('OUTPUTPREFIX');
    bob.send('OUTPUTSUFFIX');
    bob.send('think done');
    const answer = await bob.waitFor('done');
    assert.ok(!answer.includes('<<<start>>>\r\ndone'), answer);
  });

  it('hostile code ends in PennMUSH-style errors and the server keeps answering', async () => {
    bob.send(`think ${'['.repeat(3000)}add(1,1)${']'.repeat(3000)}`);
    await bob.waitFor(/#-1 (CALL LIMIT|CPU USAGE) EXCEEDED/);
    bob.send('think [repeat(x,1000000000)]');
    await bob.waitFor(/x{100}/);
    bob.send('think [iter(lnum(100000),iter(lnum(1000),##))]');
    await bob.waitFor(/#-1 (CPU USAGE|FUNCTION INVOCATION LIMIT) EXCEEDED|\d/);
    cat.send('say after the storm');
    await bob.waitFor('Cat says, "after the storm"');
  });
});
