import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { Account } from '../../../core/auth/accounts.js';
import type { HearthEvent } from '../../../core/events/event.js';
import { PluginCommandSource } from '../../../core/plugins/plugin-commands.js';
import { buildSnapshot } from '../../../core/plugins/plugin-snapshot.js';
import type { CommandRequest } from '../../../core/sessions/command-dispatcher.js';
import type { Session } from '../../../core/sessions/session.js';
import { renderEventFor } from '../../../core/sessions/event-renderer.js';
import { type CommandResult, PluginHarness } from '../../harness/plugin-harness.js';

const MANIFEST = 'plugins/communication/manifest.yaml';
const UNICODE = 'caf\u00e9 \u2713 \u{1F525}';
const RTL = '\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627';
const COMBINING = 'Z\u0351\u036b\u0343a\u0310\u0308lgo e\u0301';

/** A command that answered with an error and applied nothing. */
function assertRefused(result: CommandResult, error: string): void {
  assert.equal(result.failure, undefined, result.failure?.message);
  assert.equal(result.error, error);
  assert.equal(result.output, undefined);
  assert.deepEqual(result.events, []);
  assert.deepEqual(result.sends, []);
}

/** A line the core refused with the pattern's usage before the plugin ran. */
function assertUsage(result: CommandResult, usage: string): void {
  assert.equal(result.failure?.code, 'E_COMMAND_USAGE');
  assert.equal(result.failure?.message, `Usage: ${usage}`);
  assert.deepEqual(result.events, []);
}

/** The single event a successful room command emitted; the command itself answers nothing. */
function spoken(result: CommandResult): HearthEvent {
  assert.equal(result.failure, undefined, result.failure?.message);
  assert.equal(result.error, undefined);
  assert.equal(result.output, undefined);
  assert.deepEqual(result.sends, []);
  assert.equal(result.events.length, 1);
  return result.events[0]!;
}

describe('the communication plugin, in the harness', () => {
  let harness: PluginHarness;
  let room: number;
  let alice: number;
  let bob: number;
  let carol: number;
  let dave: number;
  let bea: number;
  before(async () => {
    harness = await PluginHarness.load(MANIFEST);
    room = harness.world.startingRoomId;
    const library = harness.world.addRoom('The Library').id;
    alice = harness.world.addCharacter('Alice').id;
    bob = harness.world.addCharacter('Bob').id;
    carol = harness.world.addCharacter('Carol', { room: library }).id;
    dave = harness.world.addCharacter('Dave', { connected: false }).id;
    bea = harness.world.addCharacter('Bea', { role: 'builder' }).id;
  });
  after(() => harness.close());

  it('declares only the capabilities it uses, and is never denied one', async () => {
    assert.deepEqual(harness.manifest.capabilities, ['read:characters', 'read:objects', 'softcode:evaluate', 'emit:location:*', 'emit:character:*']);
    await harness.command('say hi', alice);
    await harness.command('whisper Bob=hi', alice);
    await harness.command('@emit Dusk.', bea);
    assert.deepEqual(harness.denials(), []);
  });

  describe("a room's speech lock", () => {
    it('refuses say, pose, semipose and emit to those who fail it, and lets the others speak', async () => {
      const court = harness.world.addRoom('The Court').id;
      const judge = harness.world.addCharacter('Judge', { room: court, role: 'builder' }).id;
      const clerk = harness.world.addCharacter('Clerk', { room: court, role: 'builder' }).id;
      await harness.world.setBuilderFields(court, { locks: { Speech: `=#${judge}` } });
      for (const line of ['say Objection!', ':objects.', ";'s objection.", '@emit Uproar.']) {
        const refused = await harness.command(line, clerk);
        assert.equal(refused.output, 'You may not speak here!', line);
        assert.deepEqual(refused.events, [], line);
      }
      assert.equal(spoken(await harness.command('say Order!', judge)).payload['message'], 'Order!');
    });
  });

  describe('say', () => {
    it('emits one say event to the room: the speaker sees self_text, everyone else text', async () => {
      const event = spoken(await harness.command('say hi', alice));
      assert.equal(event.stream, `location:${room}`);
      assert.equal(event.type, 'say');
      assert.deepEqual(event.actor, { kind: 'character', id: String(alice) });
      assert.deepEqual(event.payload, { name: 'Alice', message: 'hi', text: 'Alice says, "hi"', self_text: 'You say, "hi"' });
      assert.equal(renderEventFor(event, alice), 'You say, "hi"');
      assert.equal(renderEventFor(event, bob), 'Alice says, "hi"');
    });

    it('evaluates text with [ ] as the speaker\'s softcode, as PennMUSH does, and leaves other text as typed', async () => {
      const sums = spoken(await harness.command('say [add(1,2)] loaves, [ansi(r,hot)], %n; [pemit(me,psst)]', alice));
      assert.equal(sums.payload['message'], '3 loaves, \u001b[31mhot\u001b[0m, Alice;');
      assert.equal(spoken(await harness.command('say 50% off, (honest)', alice)).payload['message'], '50% off, (honest)');
      const posed = spoken(await harness.command(':counts [words(a b c)] coins.', alice));
      assert.equal(posed.payload['text'], 'Alice counts 3 coins.');
      const hostile = await harness.command(`say [repeat(x,1000000000)]${'['.repeat(3000)}`, alice);
      assert.ok(hostile.error === 'That is too long to say (at most 4000 characters).' || String(spoken(hostile).payload['message']).length <= 4000, JSON.stringify(hostile).slice(0, 200));
      assert.equal((await harness.command('say [null(nothing)]', alice)).error, 'That comes to nothing to say.');
    });

    it('answers to " with or without a space, and to SAY in any case', async () => {
      for (const line of ['"hi', '" hi', 'SAY hi', 'Say   hi  ']) {
        assert.equal(spoken(await harness.command(line, alice)).payload['text'], 'Alice says, "hi"', line);
      }
    });

    it('keeps quotes, backslashes and JSON-looking text exactly', async () => {
      const message = 'He said "no" \\ then {"text":"x"}';
      const event = spoken(await harness.command(`say ${message}`, alice));
      assert.equal(event.payload['message'], message);
      assert.equal(event.payload['text'], `Alice says, "${message}"`);
    });

    it('round-trips accents, symbols, emoji, right-to-left text and combining marks', async () => {
      for (const message of [UNICODE, RTL, COMBINING]) {
        const event = spoken(await harness.command(`"${message}`, alice));
        assert.equal(event.payload['message'], message);
        assert.equal(renderEventFor(event, bob), `Alice says, "${message}"`);
        assert.equal(renderEventFor(event, alice), `You say, "${message}"`);
      }
    });

    it('leaves the missing message to the core, which answers with the usage', async () => {
      assertUsage(await harness.command('say', alice), 'say <message>');
      assertUsage(await harness.command('"', alice), 'say <message>');
      assertUsage(await harness.command('say    \u3000 ', alice), 'say <message>');
    });

    it('removes control characters, so nobody can fake a line or colour the room', async () => {
      const event = spoken(await harness.command('say red\u001b[31m alert\u0007\nBob says, "x"', alice));
      assert.equal(event.payload['message'], 'red[31m alert Bob says, "x"');
      assertRefused(await harness.command('say \u0007\u001b\u009b', alice), 'What do you want to say?');
    });

    it('accepts 4000 characters, counting an emoji as one, and refuses more', async () => {
      assert.equal(spoken(await harness.command(`say ${'a'.repeat(4000)}`, alice)).payload['message'], 'a'.repeat(4000));
      const emoji = '\u{1F525}'.repeat(4000);
      assert.equal(spoken(await harness.command(`say ${emoji}`, alice)).payload['message'], emoji);
      const tooLong = 'That is too long to say (at most 4000 characters).';
      assertRefused(await harness.command(`say ${'a'.repeat(5000)}`, alice), tooLong);
      assertRefused(await harness.command(`say ${'\u{1F525}'.repeat(4001)}`, alice), tooLong);
    });
  });

  describe('pose and semipose', () => {
    it('pose shows the name, a space and the action as typed, to everyone alike', async () => {
      for (const line of [':waves.', 'pose waves.', ': waves.']) {
        const event = spoken(await harness.command(line, alice));
        assert.equal(event.stream, `location:${room}`);
        assert.equal(event.type, 'pose');
        assert.deepEqual(event.payload, { name: 'Alice', message: 'waves.', text: 'Alice waves.' });
        assert.equal(renderEventFor(event, alice), 'Alice waves.');
        assert.equal(renderEventFor(event, bob), 'Alice waves.');
      }
      assert.equal(spoken(await harness.command(':grins', alice)).payload['text'], 'Alice grins', 'no punctuation is added');
    });

    it('semipose puts the action straight after the name', async () => {
      for (const line of [";'s hat falls.", "semipose 's hat falls.", "; 's hat falls."]) {
        const event = spoken(await harness.command(line, alice));
        assert.equal(event.type, 'semipose');
        assert.deepEqual(event.payload, { name: 'Alice', message: "'s hat falls.", text: "Alice's hat falls." });
        assert.equal(renderEventFor(event, bob), "Alice's hat falls.");
      }
    });

    it('round-trips non-ASCII actions', async () => {
      assert.equal(spoken(await harness.command(`:${UNICODE}`, alice)).payload['text'], `Alice ${UNICODE}`);
      assert.equal(spoken(await harness.command(`;${COMBINING}`, alice)).payload['text'], `Alice${COMBINING}`);
      assert.equal(spoken(await harness.command(`:${RTL}`, alice)).payload['text'], `Alice ${RTL}`);
    });

    it('refuses missing, blank and overlong actions, emitting nothing', async () => {
      assertUsage(await harness.command(':', alice), 'pose <action>');
      assertUsage(await harness.command('pose', alice), 'pose <action>');
      assertUsage(await harness.command(';', alice), 'semipose <action>');
      assertRefused(await harness.command(':\u0000\u001f', alice), 'What do you want to pose?');
      assertRefused(await harness.command(';\u007f', alice), 'What do you want to pose?');
      assertRefused(await harness.command(`:${'x'.repeat(5000)}`, alice), 'That is too long to pose (at most 4000 characters).');
      assertRefused(await harness.command(`;${'x'.repeat(5000)}`, alice), 'That is too long to pose (at most 4000 characters).');
    });
  });

  describe('@emit', () => {
    it('shows the text exactly as given, without a name, to everyone including the builder', async () => {
      const event = spoken(await harness.command('@emit The fire crackles.', bea));
      assert.equal(event.stream, `location:${room}`);
      assert.equal(event.type, 'emit');
      assert.deepEqual(event.actor, { kind: 'character', id: String(bea) });
      assert.deepEqual(event.payload, { name: 'Bea', message: 'The fire crackles.', text: 'The fire crackles.' });
      assert.equal(renderEventFor(event, bea), 'The fire crackles.');
      assert.equal(renderEventFor(event, bob), 'The fire crackles.');
      assert.equal(spoken(await harness.command(`@EMIT ${UNICODE}`, bea)).payload['text'], UNICODE);
    });

    it('refuses missing, blank and overlong text', async () => {
      assertUsage(await harness.command('@emit', bea), '@emit <text>');
      assertRefused(await harness.command('@emit \u001b', bea), 'What do you want to emit?');
      assertRefused(await harness.command(`@emit ${'x'.repeat(5000)}`, bea), 'That is too long to emit (at most 4000 characters).');
    });

    it('is declared for builders, and the core refuses it to a player before the plugin runs', async () => {
      assert.equal(harness.manifest.commands.find((command) => command.name === '@emit')?.role, 'builder');
      // The harness routes commands without checking roles; the server's command source does, so
      // drive that with this manifest and the harness's plugin host.
      const source = new PluginCommandSource(harness.host, () => buildSnapshot([harness.manifest]), harness.world, pino({ level: 'silent' }));
      const written: string[] = [];
      const request = (line: string, characterId: number, account: Pick<Account, 'name' | 'role'>): CommandRequest => ({
        session: { write: (text: string) => void written.push(text) } as unknown as Session,
        account: account as Account,
        characterId,
        line,
      });
      const eventsBefore = harness.events.length;
      await assert.rejects(source.handle(request('@emit Boo.', alice, { name: 'Alice', role: 'player' })), {
        code: 'E_PERMISSION_DENIED',
        message: 'Permission denied: @emit needs the builder role.',
      });
      assert.equal(harness.events.length, eventsBefore, 'nothing was emitted');
      assert.equal(await source.handle(request('@emit Boo.', bea, { name: 'Bea', role: 'builder' })), true);
      assert.equal(harness.events.at(-1)?.payload['text'], 'Boo.');
      assert.deepEqual(written, [], 'a successful @emit answers nothing beyond the event');
    });
  });

  describe('whisper', () => {
    it('tells only the target, on their own stream, and tells the speaker what they whispered', async () => {
      const result = await harness.command('whisper Bob=hi', alice);
      assert.equal(result.failure, undefined, result.failure?.message);
      assert.equal(result.error, undefined);
      assert.equal(result.output, 'You whisper, "hi" to Bob.');
      assert.deepEqual(result.sends, []);
      assert.equal(result.events.length, 1);
      const [event] = result.events;
      assert.equal(event?.stream, `character:${bob}`);
      assert.equal(event?.type, 'whisper');
      assert.deepEqual(event?.actor, { kind: 'character', id: String(alice) });
      assert.deepEqual(event?.payload, { name: 'Alice', message: 'hi', text: 'Alice whispers, "hi"' });
      assert.equal(renderEventFor(event!, bob), 'Alice whispers, "hi"');
    });

    it('answers to w, any case of the name, and spaces around =', async () => {
      const result = await harness.command('w bOB  =  meet me upstairs', alice);
      assert.equal(result.output, 'You whisper, "meet me upstairs" to Bob.');
      assert.equal(result.events[0]?.stream, `character:${bob}`);
      assert.equal(result.events[0]?.payload['message'], 'meet me upstairs');
    });

    it('round-trips non-ASCII names and messages', async () => {
      const zoe = harness.world.addCharacter('Zo\u00eb').id;
      const result = await harness.command(`whisper zo\u00eb=${UNICODE} ${COMBINING}`, alice);
      assert.equal(result.output, `You whisper, "${UNICODE} ${COMBINING}" to Zo\u00eb.`);
      assert.equal(result.events[0]?.stream, `character:${zoe}`);
      assert.equal(renderEventFor(result.events[0]!, zoe), `Alice whispers, "${UNICODE} ${COMBINING}"`);
    });

    it('does not see people who are unknown or elsewhere, and says so the same way', async () => {
      assertRefused(await harness.command('whisper Zed=hi', alice), 'I don\'t see "Zed" here.');
      assertRefused(await harness.command('whisper Carol=hi', alice), 'I don\'t see "Carol" here.');
      harness.world.setConnected(carol, false);
      assertRefused(await harness.command('whisper Carol=hi', alice), 'I don\'t see "Carol" here.');
      harness.world.setConnected(carol, true);
    });

    it('refuses someone here who is not connected, and the speaker themself', async () => {
      assertRefused(await harness.command('whisper dave=hi', alice), 'Dave is not connected.');
      assertRefused(await harness.command('whisper Alice=hi', alice), "You can't whisper to yourself.");
      assert.equal(harness.world.byId(dave)?.connected, false);
    });

    it('quotes a long name back cut short, says one longer than anyone\'s is too long, and never reaches anyone', async () => {
      assertRefused(await harness.command(`whisper ${'x'.repeat(100)}=hi`, alice), `I don't see "${'x'.repeat(40)}..." here.`);
      // 50 emoji are 100 UTF-16 units, as long as a name can be.
      assertRefused(await harness.command(`whisper ${'\u{1F525}'.repeat(50)}=hi`, alice), `I don't see "${'\u{1F525}'.repeat(40)}..." here.`);
      const tooLong = 'No character has a name that long: character names are at most 100 characters.';
      assertRefused(await harness.command(`whisper ${'x'.repeat(101)}=hi`, alice), tooLong);
      assertRefused(await harness.command(`whisper ${'x'.repeat(500)}=hi`, alice), tooLong);
      assertRefused(await harness.command(`whisper ${'\u{1F525}'.repeat(60)}=hi`, alice), tooLong);
    });

    it('leaves missing parts to the core, and refuses blank names and messages', async () => {
      for (const line of ['whisper', 'w Bob', 'whisper Bob=', 'whisper =hi']) assertUsage(await harness.command(line, alice), 'whisper <target>=<message>');
      assertRefused(await harness.command('whisper \u0007=hi', alice), 'Whisper to whom?');
      assertRefused(await harness.command('whisper Bob=\u001b\u0000', alice), 'What do you want to whisper?');
    });

    it('refuses overlong messages and strips control characters from the rest', async () => {
      assertRefused(await harness.command(`whisper Bob=${'x'.repeat(5000)}`, alice), 'That is too long to whisper (at most 4000 characters).');
      const result = await harness.command('whisper Bob=psst\u001b[2J\u0007', alice);
      assert.equal(result.output, 'You whisper, "psst[2J" to Bob.');
      assert.equal(result.events[0]?.payload['text'], 'Alice whispers, "psst[2J"');
    });
  });

  describe('ooc', () => {
    it('says out of character to the whole room, the speaker seeing the same <OOC> line', async () => {
      const event = spoken(await harness.command('ooc Back in five.', alice));
      assert.equal(event.stream, `location:${room}`);
      assert.equal(event.type, 'ooc');
      assert.deepEqual(event.payload, { name: 'Alice', message: 'Back in five.', text: '<OOC> Alice says, "Back in five."' });
      assert.equal(renderEventFor(event, alice), '<OOC> Alice says, "Back in five."');
      assert.equal(renderEventFor(event, bob), '<OOC> Alice says, "Back in five."');
    });

    it('poses with ":" and ";", as pose and semipose do', async () => {
      assert.equal(spoken(await harness.command('ooc :waves.', alice)).payload['text'], '<OOC> Alice waves.');
      assert.equal(spoken(await harness.command("OOC ;'s phone rings.", alice)).payload['text'], "<OOC> Alice's phone rings.");
      assert.equal(spoken(await harness.command('ooc : shrugs', alice)).payload['text'], '<OOC> Alice shrugs');
    });

    it('keeps quotes and non-ASCII text exactly', async () => {
      assert.equal(spoken(await harness.command(`ooc "${UNICODE}" \\o/ {"a":1}`, alice)).payload['text'], `<OOC> Alice says, ""${UNICODE}" \\o/ {"a":1}"`);
      assert.equal(spoken(await harness.command(`ooc :${RTL}`, alice)).payload['text'], `<OOC> Alice ${RTL}`);
    });

    it('refuses missing, blank, empty-pose and overlong messages, and strips control characters', async () => {
      assertUsage(await harness.command('ooc', alice), 'ooc <message>');
      assertRefused(await harness.command('ooc \u0007\u001b', alice), 'What do you want to say out of character?');
      assertRefused(await harness.command('ooc :', alice), 'What do you want to pose out of character?');
      assertRefused(await harness.command('ooc ;\u0000', alice), 'What do you want to pose out of character?');
      assertRefused(await harness.command(`ooc ${'x'.repeat(4001)}`, alice), 'That is too long to say out of character (at most 4000 characters).');
      assert.equal(spoken(await harness.command('ooc hi\u001b[2J', alice)).payload['text'], '<OOC> Alice says, "hi[2J"');
    });
  });
});
