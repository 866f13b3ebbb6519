// The building plugin in the harness: @dig, @open, @link, @unlink, @describe and @name (its
// manifest is in building-manifest.test.ts; @create, @destroy and @teleport are in
// building-plugin-objects.test.ts), with the exact text builders read, the world each leaves
// behind, the permission rule, the world's own rules shown as they come, and nothing changed by
// a refusal. Every test builds its own site, so tests
// never see each other's rooms.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildingTestbed, ODD_NAMES, TOO_LONG } from '../../support/building-testbed.js';

const bed = buildingTestbed();
const { site, run, refused, get } = bed;

describe('@dig', () => {
  it('creates a room owned by the builder, and nothing else', async () => {
    const { ada, workshop, next } = await site();
    const result = await run('@dig Kitchen', ada);
    assert.equal(result.output, `Kitchen created with room number #${next}.`);
    assert.deepEqual(result.events, []);
    assert.deepEqual(get(next), {
      id: next, kind: 'room', name: 'Kitchen', aliases: [], description: '', ownerId: ada.id, locationId: null, destinationId: null, attributes: {}, flags: [], parentId: null, locks: {},
    });
    assert.deepEqual(bed.harness.world.exitsOf(workshop.id).map((exit) => exit.name), ['Hole']);
  });

  it('opens an exit to the new room and one back, with aliases, reporting each step', async () => {
    const { ada, workshop, next } = await site();
    const result = await run('@dig Kitchen;k = North;n;nor , South;s', ada);
    assert.equal(
      result.output,
      [
        `Kitchen created with room number #${next}.`,
        `Opened exit #${next + 1} (North) from here.`,
        `Linked exit #${next + 1} to Kitchen(#${next}).`,
        `Opened exit #${next + 2} (South) from Kitchen(#${next}).`,
        `Linked exit #${next + 2} to ${workshop.name}(#${workshop.id}).`,
      ].join('\n'),
    );
    assert.deepEqual(get(next)?.aliases, ['k']);
    const north = get(next + 1)!;
    assert.deepEqual([north.kind, north.name, north.aliases, north.locationId, north.destinationId, north.ownerId], ['exit', 'North', ['n', 'nor'], workshop.id, next, ada.id]);
    const south = get(next + 2)!;
    assert.deepEqual([south.kind, south.name, south.aliases, south.locationId, south.destinationId, south.ownerId], ['exit', 'South', ['s'], next, workshop.id, ada.id]);
  });

  it('opens only the way back when the first exit is left empty', async () => {
    const { ada, workshop, next } = await site();
    const result = await run('@dig Cellar=,Up', ada);
    assert.equal(result.output, `Cellar created with room number #${next}.\nOpened exit #${next + 1} (Up) from Cellar(#${next}).\nLinked exit #${next + 1} to ${workshop.name}(#${workshop.id}).`);
    assert.deepEqual(bed.harness.world.exitsOf(workshop.id).map((exit) => exit.name), ['Hole']);
  });

  it('opens exits from a room nobody owns, such as the starting room', async () => {
    const { square, next } = await site();
    const carol = bed.harness.world.addCharacter(`Carol${bed.sites}`, { role: 'builder', room: square.id });
    const result = await run('@dig Attic=Up', carol);
    assert.equal(result.output, `Attic created with room number #${next + 1}.\nOpened exit #${next + 2} (Up) from here.\nLinked exit #${next + 2} to Attic(#${next + 1}).`);
    assert.equal(get(next + 2)?.locationId, square.id);
    const dave = bed.harness.world.addCharacter(`Dave${bed.sites}`, { role: 'builder' });
    const start = bed.harness.world.startingRoomId;
    assert.equal((await run('@dig Loft=Ladder', dave)).output, `Loft created with room number #${dave.id + 1}.\nOpened exit #${dave.id + 2} (Ladder) from here.\nLinked exit #${dave.id + 2} to Loft(#${dave.id + 1}).`);
    assert.equal(get(dave.id + 2)?.locationId, start);
    assert.equal(get(start)?.ownerId, null, 'the starting room stays public');
  });

  it("refuses exits from someone else's room before creating anything; rooms alone are fine", async () => {
    const { ada, bob, den, root, next } = await site();
    await bed.harness.world.moveObject(ada.id, den.id);
    assert.equal(await refused('@dig Attic=Up', ada), `Permission denied: you don't own ${den.name}(#${den.id}).`);
    assert.equal((await run('@dig Attic', ada)).output, `Attic created with room number #${next}.`);
    assert.equal((await run('@dig Attic=,Down', ada)).output?.split('\n').length, 3, 'the way back leaves from her own new room');
    await bed.harness.world.moveObject(root.id, den.id);
    assert.match((await run('@dig Closet=In', root)).output!, /\nOpened exit #\d+ \(In\) from here\./, 'an admin controls everything');
    assert.equal(bed.harness.world.exitsOf(den.id).length, 2, `${bob.name}'s door and the admin's exit`);
  });

  it('undoes the room and the first exit when the way back is refused by the world', async () => {
    const { ada } = await site();
    assert.equal(await refused('@dig Pantry=In,Bad=Name', ada), 'An object name may not contain ";" or "=".');
    assert.equal(await refused('@dig Pantry=In,;', ada), 'An object name cannot be empty.');
    assert.equal(await refused(`@dig Pantry=In,${'x'.repeat(101)}`, ada), 'An object name may be at most 100 characters.');
    assert.equal(await refused(`@dig Pantry=In,${'x'.repeat(500)}`, ada), TOO_LONG);
    assert.equal(await refused(`@dig Pantry=In;${'n'.repeat(33)}`, ada), 'An object alias may be at most 32 characters.');
    assert.equal(await refused('@dig Pantry=In;1;2;3;4;5;6;7;8;9;10;11', ada), 'An object may have at most 10 aliases.');
  });

  it("answers the world's name rules for the room, and keeps odd Unicode as the world stores it", async () => {
    const { ada } = await site();
    assert.equal(await refused(`@dig ${'x'.repeat(500)}`, ada), TOO_LONG);
    assert.equal(await refused(`@dig ${'x'.repeat(101)}`, ada), 'An object name may be at most 100 characters.');
    assert.equal(await refused('@dig Bell\u0007', ada), 'An object name may not contain control characters.');
    assert.equal(await refused('@dig #12 Street', ada), 'An object name may not look like a reference such as #12.');
    assert.equal(await refused('@dig ;', ada), 'An object name cannot be empty.');
    for (const name of ODD_NAMES) {
      const stored = name.normalize('NFC').trim();
      const output = (await run(`@dig ${name}`, ada)).output!;
      const id = Number(/#(\d+)\.$/.exec(output)?.[1]);
      assert.equal(output, `${stored} created with room number #${id}.`, JSON.stringify(name));
      assert.equal(get(id)?.name, stored);
    }
    assert.equal(get(Number(/#(\d+)/.exec((await run(`@dig ${'x'.repeat(100)}`, ada)).output!)?.[1]))?.name, 'x'.repeat(100));
  });

  it('explains missing and odd arguments', async () => {
    const { ada } = await site();
    for (const line of ['@dig Kitchen=,', '@dig Kitchen= , ', '@dig =North', '@dig Kitchen=', '@dig ==']) {
      assert.equal(await refused(line, ada), 'Name the room, then any exits after "=": @dig Kitchen=North;n,South;s', line);
    }
    for (const line of ['@dig', '@dig   ']) {
      assert.equal((await bed.harness.command(line, ada.id)).failure?.message, 'Usage: @dig <room>[=<exits>]', line);
    }
  });
});

describe('@open', () => {
  it('opens an exit here, linked to a room named by reference or "here"', async () => {
    const { ada, workshop, den, next } = await site();
    assert.equal((await run(`@open East;e=#${den.id}`, ada)).output, `Opened exit #${next} (East) from here.\nLinked exit #${next} to ${den.name}(#${den.id}).`);
    const east = get(next)!;
    assert.deepEqual([east.kind, east.aliases, east.locationId, east.destinationId, east.ownerId], ['exit', ['e'], workshop.id, den.id, ada.id]);
    assert.equal((await run('@open Loop = here', ada)).output, `Opened exit #${next + 1} (Loop) from here.\nLinked exit #${next + 1} to ${workshop.name}(#${workshop.id}).`);
    assert.equal(get(next + 1)?.destinationId, workshop.id);
  });

  it('opens an unlinked exit when no room is named', async () => {
    const { ada, next } = await site();
    const result = await run('@open Trapdoor;t', ada);
    assert.equal(result.output, `Opened exit #${next} (Trapdoor) from here.`);
    assert.deepEqual(result.events, []);
    assert.equal(get(next)?.destinationId, null);
  });

  it('warns when a name or alias of the new exit is also a command word, and still opens it', async () => {
    const { ada, next } = await site();
    const result = await run('@open Study;ex;st', ada);
    assert.equal(
      result.output,
      `Opened exit #${next} (Study) from here.\nWarning: "ex" is also the command examine; typing it runs examine, not this exit. Use go ex, or choose another name.`,
    );
    assert.equal(get(next)?.kind, 'exit');
    const renamed = await run(`@name #${next}=Examine;st`, ada);
    assert.ok(renamed.output?.endsWith('Warning: "Examine" is also the command examine; typing it runs examine, not this exit. Use go Examine, or choose another name.'), renamed.output);
  });

  it('links exits only to rooms, and says so', async () => {
    const { ada, lamp, hole } = await site();
    assert.equal(await refused(`@open Out=#${lamp.id}`, ada), `Lamp(#${lamp.id}) is not a room.`);
    assert.equal(await refused('@open Out=Hole', ada), `Hole(#${hole.id}) is not a room.`);
    assert.equal(await refused(`@open Out=#${hole.id}`, ada), `Hole(#${hole.id}) is not a room.`);
    assert.equal(await refused('@open Out=#999999', ada), 'No object #999999 exists.');
    assert.equal(await refused('@open Out=Nowhere', ada), 'I don\'t see "Nowhere" here.');
    assert.equal(await refused('@open Bad=Name=here', ada), 'I don\'t see "Name=here" here.');
  });

  it("refuses someone else's room; public rooms and admins may", async () => {
    const { ada, den, square, root, next } = await site();
    await bed.harness.world.moveObject(ada.id, den.id);
    assert.equal(await refused('@open Window', ada), `Permission denied: you don't own ${den.name}(#${den.id}).`);
    await bed.harness.world.moveObject(ada.id, square.id);
    assert.equal((await run('@open Gate', ada)).output, `Opened exit #${next} (Gate) from here.`);
    await bed.harness.world.moveObject(root.id, den.id);
    assert.equal((await run('@open Window', root)).output, `Opened exit #${next + 1} (Window) from here.`);
  });

  it("answers the world's name rules and keeps odd Unicode", async () => {
    const { ada, next } = await site();
    assert.equal(await refused(`@open ${'x'.repeat(500)}`, ada), TOO_LONG);
    assert.equal(await refused(`@open ${'x'.repeat(101)}`, ada), 'An object name may be at most 100 characters.');
    assert.equal(await refused('@open Esc\u001b[2J', ada), 'An object name may not contain control characters.');
    assert.equal(await refused('@open Out;1;2;3;4;5;6;7;8;9;10;11', ada), 'An object may have at most 10 aliases.');
    assert.equal((await run('@open \u{1F6AA} Door;\u05d3', ada)).output, `Opened exit #${next} (\u{1F6AA} Door) from here.`);
    assert.deepEqual(get(next)?.aliases, ['\u05d3']);
    assert.equal((await bed.harness.command('@open', ada.id)).failure?.message, 'Usage: @open <exit>[=<destination>]');
  });
});

describe('@link and @unlink', () => {
  it('links an exit by name, alias or reference, and unlinks it', async () => {
    const { ada, hole, den, workshop } = await site();
    const linked = await run(`@link h=#${den.id}`, ada);
    assert.equal(linked.output, `Linked exit #${hole.id} to ${den.name}(#${den.id}).`);
    assert.deepEqual(linked.events, []);
    assert.equal(get(hole.id)?.destinationId, den.id);
    assert.equal((await run(`@link #${hole.id}=here`, ada)).output, `Linked exit #${hole.id} to ${workshop.name}(#${workshop.id}).`);
    assert.equal((await run('@unlink HOLE', ada)).output, `Unlinked exit #${hole.id} (Hole).`);
    assert.equal(get(hole.id)?.destinationId, null);
    assert.equal(await refused('@unlink Hole', ada), `The exit #${hole.id} (Hole) is not linked to anything.`);
  });

  it('says what is not an exit and what is not a room', async () => {
    const { ada, lamp, workshop } = await site();
    assert.equal(await refused(`@link Lamp=#${workshop.id}`, ada), `Lamp(#${lamp.id}) is not an exit or a player: only exits are linked, and only players have homes.`);
    assert.equal(await refused('@link here=here', ada), `${workshop.name}(#${workshop.id}) is not an exit or a player: only exits are linked, and only players have homes.`);
    assert.equal(await refused(`@link Hole=#${lamp.id}`, ada), `Lamp(#${lamp.id}) is not a room.`);
    assert.equal(await refused(`@link Hole=#${ada.id}`, ada), `${ada.name}(#${ada.id}) is not a room.`);
    assert.equal(await refused('@link Ghost=here', ada), 'I don\'t see "Ghost" here.');
    assert.equal(await refused(`@unlink #${lamp.id}`, ada), `Lamp(#${lamp.id}) is not an exit.`);
    assert.equal(await refused(`@unlink ${'x'.repeat(500)}`, ada), 'No object has a name that long: object names are at most 100 characters.');
  });

  it("refuses exits the builder does not own; an admin may", async () => {
    const { ada, door, root, workshop } = await site();
    const denied = `Permission denied: you don't own Door(#${door.id}).`;
    assert.equal(await refused(`@link #${door.id}=#${workshop.id}`, ada), denied);
    assert.equal((await run(`@link #${door.id}=#${workshop.id}`, root)).output, `Linked exit #${door.id} to ${workshop.name}(#${workshop.id}).`);
    assert.equal(await refused(`@unlink #${door.id}`, ada), denied);
    assert.equal((await run(`@unlink #${door.id}`, root)).output, `Unlinked exit #${door.id} (Door).`);
  });

  it('sets a home in a room the player controls, or an ABODE or LINK_OK one they pass the link lock of', async () => {
    const { ada, bob, den, square, workshop, root } = await site();
    const world = bed.harness.world;
    assert.equal((await run('@link me=here', ada)).output, `Home set to ${workshop.name}(#${workshop.id}).`);
    assert.equal(world.homeOf(ada.id), workshop.id);
    assert.equal(await refused(`@link me=#${square.id}`, ada), `Permission denied: ${square.name}(#${square.id}) is not ABODE or LINK_OK, and you do not control it.`);
    await world.setBuilderFields(square.id, { flags: ['ABODE'], locks: { Link: `!#${ada.id}` } });
    assert.equal(await refused(`@link me=#${square.id}`, ada), `Permission denied: you do not pass ${square.name}(#${square.id})'s link lock.`);
    assert.equal((await run(`@link me=#${square.id}`, bob)).output, `Home set to ${square.name}(#${square.id}).`);
    assert.equal(await refused(`@link #${bob.id}=#${workshop.id}`, ada), `Permission denied: you don't own ${bob.name}(#${bob.id}).`);
    assert.equal((await run(`@link #${bob.id}=#${den.id}`, root)).output, `${bob.name}'s home set to ${den.name}(#${den.id}).`);
    assert.equal(world.homeOf(bob.id), den.id);
  });

  it('explains missing arguments', async () => {
    const { ada } = await site();
    for (const [line, usage] of [['@link Hole', '@link <object>=<destination>'], ['@link =here', '@link <object>=<destination>'], ['@unlink', '@unlink <exit>']]) {
      assert.equal((await bed.harness.command(line!, ada.id)).failure?.message, `Usage: ${usage}`, line);
    }
  });
});

describe('@describe', () => {
  it('sets and clears descriptions, with non-ASCII text and "=" kept intact', async () => {
    const { ada, workshop, lamp, hole } = await site();
    const text = 'Une cuisine \u00e9troite \u2713 \u{1F525} \u05e9\u05dc\u05d5\u05dd e\u0301 = 2+2';
    const result = await run(`@describe here=${text}`, ada);
    assert.equal(result.output, `Description set for ${workshop.name}(#${workshop.id}).`);
    assert.deepEqual(result.events, []);
    assert.equal(get(workshop.id)?.description, text);
    assert.equal((await run('@desc Lamp = ', ada)).output, `Description cleared for Lamp(#${lamp.id}).`);
    assert.equal(get(lamp.id)?.description, '');
    assert.equal((await run('@desc me=Tall and dusty.', ada)).output, `Description set for ${ada.name}(#${ada.id}).`, 'builders control themselves');
    assert.equal((await run(`@desc h=${'y'.repeat(8000)}`, ada)).output, `Description set for Hole(#${hole.id}).`);
    assert.equal(get(hole.id)?.description, 'y'.repeat(8000));
  });

  it("refuses what the builder does not own, the public starting room included; an admin may", async () => {
    const { ada, door, root, bob } = await site();
    assert.equal(await refused(`@desc #${door.id}=Oak.`, ada), `Permission denied: you don't own Door(#${door.id}).`);
    assert.equal(await refused(`@desc #${bob.id}=Short.`, ada), `Permission denied: you don't own ${bob.name}(#${bob.id}).`);
    const start = bed.harness.world.startingRoomId;
    assert.equal(await refused(`@desc #${start}=Cold.`, ada), `Permission denied: you don't own The Hearth(#${start}).`);
    assert.equal((await run(`@desc #${door.id}=Oak.`, root)).output, `Description set for Door(#${door.id}).`);
    assert.equal(get(door.id)?.description, 'Oak.');
  });

  it("answers the world's description rules and explains missing arguments", async () => {
    const { ada } = await site();
    assert.equal(await refused('@desc Lamp=Ring\u0007ring', ada), 'A description may not contain control characters.');
    assert.equal(await refused(`@desc Lamp=${'y'.repeat(8001)}`, ada), 'A description may be at most 8000 characters.');
    assert.equal(await refused('@desc Ghost=Boo.', ada), 'I don\'t see "Ghost" here.');
    for (const line of ['@describe', '@describe Lamp', '@desc =Text']) {
      assert.equal((await bed.harness.command(line, ada.id)).failure?.message, 'Usage: @describe <object>=[<text>]', line);
    }
  });
});

describe('@describe by a player', () => {
  it('lets a player describe themself, by me or by their own name or number', async () => {
    const { workshop } = await site();
    const pat = bed.harness.world.addCharacter(`Pat${workshop.id}`, { room: workshop.id });
    assert.equal((await run('@desc me=A tall woman in a green cloak.', pat)).output, `Description set for ${pat.name}(#${pat.id}).`);
    assert.equal(get(pat.id)?.description, 'A tall woman in a green cloak.');
    assert.equal((await run(`@describe #${pat.id}=Short \u2713`, pat)).output, `Description set for ${pat.name}(#${pat.id}).`);
    assert.equal((await run('@desc me=', pat)).output, `Description cleared for ${pat.name}(#${pat.id}).`);
    assert.equal(get(pat.id)?.description, '');
  });

  it('refuses a player anything else: the room, others, things and exits they do not own', async () => {
    const { ada, workshop, lamp, hole, root } = await site();
    const pat = bed.harness.world.addCharacter(`Pat${workshop.id}`, { room: workshop.id });
    assert.equal(await refused('@desc here=Mine now.', pat), `Permission denied: you don't own ${workshop.name}(#${workshop.id}).`);
    assert.equal(await refused(`@desc ${ada.name}=Rude.`, pat), `Permission denied: you don't own ${ada.name}(#${ada.id}).`);
    assert.equal(await refused(`@desc #${root.id}=Rude.`, pat), `Permission denied: you don't own ${root.name}(#${root.id}).`);
    assert.equal(await refused('@desc Lamp=Mine.', pat), `Permission denied: you don't own Lamp(#${lamp.id}).`);
    assert.equal(await refused('@desc h=Mine.', pat), `Permission denied: you don't own Hole(#${hole.id}).`);
    assert.equal(await refused('@desc me=Ring\u0007ring', pat), 'A description may not contain control characters.');
  });
});

describe('@doing', () => {
  async function player() {
    const { workshop } = await site();
    return bed.harness.world.addCharacter(`Pat${workshop.id}`, { room: workshop.id });
  }

  it("sets the character's doing attribute, which WHO shows, and clears it", async () => {
    const pat = await player();
    const result = await run('@doing   Looking for a scene!  ', pat);
    assert.equal(result.output, 'Doing set: Looking for a scene!');
    assert.deepEqual(result.events, []);
    assert.equal(get(pat.id)?.attributes['doing'], 'Looking for a scene!');
    assert.equal((await run('@doing Caf\u00e9 \u2713 \u{1F525}', pat)).output, 'Doing set: Caf\u00e9 \u2713 \u{1F525}');
    assert.equal(get(pat.id)?.attributes['doing'], 'Caf\u00e9 \u2713 \u{1F525}');
    assert.equal((await run('@doing', pat)).output, 'Doing cleared.');
    assert.equal('doing' in get(pat.id)!.attributes, false);
    assert.equal((await run('@doing \u0007 \u001b', pat)).output, 'Doing cleared.', 'nothing but control characters clears it');
  });

  it('cuts text to 39 characters, an emoji counting as one, and says so', async () => {
    const pat = await player();
    assert.equal((await run(`@doing ${'x'.repeat(39)}`, pat)).output, `Doing set: ${'x'.repeat(39)}`);
    assert.equal((await run(`@doing ${'y'.repeat(500)}`, pat)).output, `Doing set (cut to 39 characters): ${'y'.repeat(39)}`);
    assert.equal(get(pat.id)?.attributes['doing'], 'y'.repeat(39));
    const fire = '\u{1F525}'.repeat(40);
    assert.equal((await run(`@doing ${fire}`, pat)).output, `Doing set (cut to 39 characters): ${'\u{1F525}'.repeat(39)}`);
    assert.equal((await run(`@doing ${'z'.repeat(38)} and more`, pat)).output, `Doing set (cut to 39 characters): ${'z'.repeat(38)}`);
  });

  it('removes control characters, so nobody fakes a line or colours the WHO list', async () => {
    const pat = await player();
    assert.equal((await run('@doing red\u001b[31m\u0007 line\u009bfake', pat)).output, 'Doing set: red[31m linefake');
    assert.equal(get(pat.id)?.attributes['doing'], 'red[31m linefake');
  });
});

describe('@name', () => {
  it('renames an object, and gives an exit new aliases', async () => {
    const { ada, workshop, hole } = await site();
    const result = await run(`@name #${workshop.id}=Galley`, ada);
    assert.equal(result.output, `Name set: ${workshop.name}(#${workshop.id}) is now Galley.`);
    assert.deepEqual(result.events, []);
    assert.equal(get(workshop.id)?.name, 'Galley');
    assert.equal((await run('@name h=North;n;nor', ada)).output, `Name set: Hole(#${hole.id}) is now North (aliases: n, nor).`);
    assert.deepEqual([get(hole.id)?.name, get(hole.id)?.aliases], ['North', ['n', 'nor']]);
    assert.equal((await run('@name north=North', ada)).output, `Name set: North(#${hole.id}) is now North.`);
    assert.deepEqual(get(hole.id)?.aliases, [], 'a name without aliases replaces the old ones');
  });

  it("answers the world's name rules, keeping odd Unicode as the world stores it", async () => {
    const { ada, lamp } = await site();
    assert.equal(await refused(`@name Lamp=${'x'.repeat(500)}`, ada), TOO_LONG);
    assert.equal(await refused(`@name Lamp=${'x'.repeat(101)}`, ada), 'An object name may be at most 100 characters.');
    assert.equal(await refused('@name Lamp=Oil=Lamp', ada), 'An object name may not contain ";" or "=".');
    assert.equal(await refused('@name Lamp=#7', ada), 'An object name may not look like a reference such as #12.');
    assert.equal(await refused('@name Lamp=\u0085Lamp', ada), 'An object name may not contain control characters.');
    assert.equal(await refused('@name Lamp=;;', ada), 'An object name cannot be empty.');
    for (const name of ODD_NAMES) {
      const current = get(lamp.id)!;
      const stored = name.normalize('NFC').trim();
      assert.equal((await run(`@name #${lamp.id}=${name}`, ada)).output, `Name set: ${current.name}(#${lamp.id}) is now ${stored}.`, JSON.stringify(name));
      assert.equal(get(lamp.id)?.name, stored);
    }
  });

  it("refuses what the builder does not own; an admin may", async () => {
    const { ada, den, root } = await site();
    assert.equal(await refused(`@name #${den.id}=Lair`, ada), `Permission denied: you don't own ${den.name}(#${den.id}).`);
    assert.equal((await run(`@name #${den.id}=Lair`, root)).output, `Name set: ${den.name}(#${den.id}) is now Lair.`);
  });

  it("shows the world's refusal to rename a character", async () => {
    const { ada, root } = await site();
    assert.equal(await refused('@name me=Queen', ada), 'A character keeps the name its player logs in with.');
    assert.equal(await refused(`@name #${ada.id}=Queen`, root), 'A character keeps the name its player logs in with.');
  });

  it('explains missing arguments', async () => {
    const { ada } = await site();
    for (const line of ['@name', '@name Lamp', '@name Lamp=', '@name =Torch']) {
      assert.equal((await bed.harness.command(line, ada.id)).failure?.message, 'Usage: @name <object>=<name>', line);
    }
  });
});
