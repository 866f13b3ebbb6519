// The building plugin in the harness, part two: @create, @destroy and @teleport, with the exact
// text builders read, the world each leaves behind and nothing changed by a refusal (part one,
// building-plugin.test.ts, has the rest). Every test builds its own site.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildingTestbed, ODD_NAMES, TOO_LONG } from '../../support/building-testbed.js';

const bed = buildingTestbed();
const { site, run, refused, get } = bed;

/** @destroy asks first; the same line again within a minute does it. */
async function confirmed(line: string, who: Parameters<typeof run>[1]) {
  const asked = await run(line, who);
  assert.match(asked.output ?? '', /^Are you sure you want to destroy .*\nType @destroy #\d+ again within a minute to destroy it\.$/s);
  return run(line, who);
}

describe('@create', () => {
  it('creates a thing the builder owns and carries, with aliases', async () => {
    const { ada, next } = await site();
    const result = await run('@create Brass lamp;lamp;brass', ada);
    assert.equal(result.output, `Created: Brass lamp(#${next}).`);
    assert.deepEqual(result.events, []);
    assert.deepEqual(get(next), {
      id: next, kind: 'thing', name: 'Brass lamp', aliases: ['lamp', 'brass'], description: '', ownerId: ada.id, locationId: ada.id, destinationId: null, attributes: {}, flags: [], parentId: null, locks: {},
    });
  });

  it("answers the world's name rules and keeps odd Unicode", async () => {
    const { ada } = await site();
    assert.equal(await refused(`@create ${'x'.repeat(500)}`, ada), TOO_LONG);
    assert.equal(await refused(`@create ${'x'.repeat(101)}`, ada), 'An object name may be at most 100 characters.');
    assert.equal(await refused('@create #5', ada), 'An object name may not look like a reference such as #12.');
    assert.equal(await refused('@create Tab\there', ada), 'An object name may not contain control characters.');
    assert.equal(await refused('@create Coin=Gold', ada), 'An object name may not contain ";" or "=".');
    for (const name of ODD_NAMES) {
      const output = (await run(`@create ${name}`, ada)).output!;
      const id = Number(/#(\d+)\)\.$/.exec(output)?.[1]);
      assert.equal(output, `Created: ${name.normalize('NFC').trim()}(#${id}).`, JSON.stringify(name));
      assert.equal(get(id)?.locationId, ada.id);
    }
    assert.equal((await bed.harness.command('@create', ada.id)).failure?.message, 'Usage: @create <name>');
  });
});

describe('@destroy', () => {
  it('destroys a thing the builder owns', async () => {
    const { ada, lamp } = await site();
    const result = await confirmed('@destroy lamp', ada);
    assert.equal(result.output, `Destroyed Lamp(#${lamp.id}).`);
    assert.deepEqual(result.events, []);
    assert.equal(get(lamp.id), undefined);
  });

  it('destroys a dug room with its exits, unlinks exits leading to it and sends its contents to the start', async () => {
    const { ada, workshop, next } = await site();
    await run('@dig Kitchen=North,South', ada);
    await run('@tel #' + next, ada);
    const start = bed.harness.world.startingRoomId;
    assert.equal(
      (await confirmed(`@destroy #${next}`, ada)).output,
      [`Destroyed Kitchen(#${next}).`, `${ada.name} went to home, to The Hearth.`, `Destroyed with it: South(#${next + 2}).`, `Unlinked, as they led into it (their owners were told): North(#${next + 1}).`].join('\n'),
    );
    assert.equal(get(ada.id)?.locationId, start);
    assert.equal(get(next), undefined);
    assert.equal(get(next + 2), undefined, 'the way back went with the room');
    assert.equal(get(next + 1)?.destinationId, null, 'the way in leads nowhere now');
    assert.equal(get(next + 1)?.locationId, workshop.id);
  });

  it("refuses what the builder does not own; an admin may", async () => {
    const { ada, door, den, root } = await site();
    assert.equal(await refused(`@destroy #${door.id}`, ada), `Permission denied: you don't own Door(#${door.id}).`);
    assert.equal(await refused(`@destroy #${den.id}`, ada), `Permission denied: you don't own ${den.name}(#${den.id}).`);
    assert.equal((await run(`@destroy/override #${door.id}`, root)).output, `Destroyed Door(#${door.id}).`);
    assert.equal(get(door.id), undefined);
  });

  it('leaves the starting room standing, even for an admin', async () => {
    const { ada, root } = await site();
    const start = bed.harness.world.startingRoomId;
    assert.equal(await refused(`@destroy #${start}`, ada), `Permission denied: you don't own The Hearth(#${start}).`);
    assert.equal(await refused(`@destroy/override #${start}`, root), 'The starting room cannot be destroyed.');
    assert.equal(get(start)?.name, 'The Hearth');
  });

  it("shows the world's refusal to destroy a character", async () => {
    const { ada, bob, root } = await site();
    assert.equal(await refused('@destroy me', ada), 'Characters are removed with their accounts.');
    assert.equal(await refused(`@destroy #${bob.id}`, root), 'Characters are removed with their accounts.');
    assert.equal(await refused(`@destroy #${bob.id}`, ada), `Permission denied: you don't own ${bob.name}(#${bob.id}).`);
  });

  it('answers unknown and hostile names', async () => {
    const { ada } = await site();
    assert.equal(await refused('@destroy Ghost', ada), 'I don\'t see "Ghost" here.');
    assert.equal(await refused('@destroy #999999', ada), 'No object #999999 exists.');
    assert.equal(await refused(`@destroy ${'x'.repeat(100)}`, ada), `I don't see "${'x'.repeat(100)}" here.`);
    assert.equal(await refused(`@destroy ${'x'.repeat(101)}`, ada), 'No object has a name that long: object names are at most 100 characters.');
    assert.equal(await refused(`@destroy ${'x'.repeat(500)}`, ada), 'No object has a name that long: object names are at most 100 characters.');
    for (const name of ODD_NAMES) assert.equal(await refused(`@destroy ${name}`, ada), `I don't see "${name.trim()}" here.`);
    assert.equal((await bed.harness.command('@destroy', ada.id)).failure?.message, 'Usage: @destroy <object>');
  });
});

describe('@teleport', () => {
  it("moves the builder to a room by reference and shows its description; the core announces it", async () => {
    const { ada, den, workshop } = await site();
    await bed.harness.world.setBuilderFields(den.id, { flags: ['JUMP_OK'] });
    await bed.harness.world.updateObject(den.id, { description: 'Fur rugs \u2713 \u{1F43B} \u05e9\u05dc\u05d5\u05dd.' });
    const result = await run(`@teleport #${den.id}`, ada);
    assert.equal(result.output, `You teleport to ${den.name}(#${den.id}).\nFur rugs \u2713 \u{1F43B} \u05e9\u05dc\u05d5\u05dd.`);
    assert.equal(get(ada.id)?.locationId, den.id);
    assert.deepEqual(
      result.events.map((event) => [event.stream, event.type, event.payload['text']]),
      [
        [`location:${workshop.id}`, 'leave', `${ada.name} has left.`],
        [`location:${den.id}`, 'arrive', `${ada.name} has arrived.`],
      ],
    );
  });

  it('shows just the arrival for a room without a description, and takes "here"', async () => {
    const { ada, square } = await site();
    await bed.harness.world.setBuilderFields(square.id, { flags: ['JUMP_OK'] });
    assert.equal((await run(`@tel #${square.id}`, ada)).output, `You teleport to ${square.name}(#${square.id}).`);
    assert.equal((await run('@tel here', ada)).output, `You teleport to ${square.name}(#${square.id}).`);
    assert.equal(get(ada.id)?.locationId, square.id);
  });

  it('refuses what is not a room without moving anyone', async () => {
    const { ada, lamp, hole, bob } = await site();
    assert.equal(await refused(`@tel #${lamp.id}`, ada), `Lamp(#${lamp.id}) is not a room.`);
    assert.equal(await refused('@tel Hole', ada), `Hole(#${hole.id}) is not a room.`);
    assert.equal(await refused(`@tel #${hole.id}`, ada), `Hole(#${hole.id}) is not a room.`);
    assert.equal(await refused(`@tel #${bob.id}`, ada), `${bob.name}(#${bob.id}) is not a room.`);
    assert.equal(await refused('@tel #999999', ada), 'No object #999999 exists.');
    assert.equal(await refused('@tel \u{1F525}', ada), 'I don\'t see "\u{1F525}" here.');
    assert.equal((await bed.harness.command('@tel', ada.id)).failure?.message, 'Usage: @teleport [<object>=]<room>');
  });
});
