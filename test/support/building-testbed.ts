// What the building plugin's tests share: the plugin loaded in the harness for the file's tests, a
// fresh site of rooms, exits and builders per test, and running a line that must succeed or must be
// refused without changing the world.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import type { WorldObject } from '../../core/world/world-object.js';
import { type CommandResult, PluginHarness } from '../harness/plugin-harness.js';

export const ODD_NAMES = ['Cafe\u0301 \u0301\u0301', '\u05e9\u05dc\u05d5\u05dd \u202eevil', '\u{1F525}\u{1F9D9}\u200d\u2642\ufe0f Den', '\u200b'];
export const TOO_LONG = 'That name is too long: an object name may be at most 100 characters, and an alias 32.';

/** Loads the building plugin before the calling file's tests and closes it after them. */
export function buildingTestbed() {
  let harness!: PluginHarness;
  let sites = 0;
  before(async () => {
    harness = await PluginHarness.load('plugins/building/manifest.yaml');
  });
  after(() => harness.close());

  /**
   * Ada, a builder, in her own workshop holding a lamp, with an exit Hole she owns; Bob's den with
   * a door he owns; an unowned square; and Root, an admin, beside Ada. `next` is the id the next
   * created object gets.
   */
  async function site() {
    sites += 1;
    const { world } = harness;
    const bob = world.addCharacter(`Bob${sites}`, { role: 'builder' });
    const den = await owned(world.addRoom(`Den ${sites}`, "Bob's den."), bob);
    const door = await owned(world.addExit('Door', den.id, null, ['d']), bob);
    const square = world.addRoom(`Square ${sites}`);
    const ada = world.addCharacter(`Ada${sites}`, { role: 'builder' });
    const workshop = await owned(world.addRoom(`Workshop ${sites}`, 'Sawdust everywhere.'), ada);
    await world.moveObject(ada.id, workshop.id);
    await world.moveObject(bob.id, den.id);
    const hole = await owned(world.addExit('Hole', workshop.id, null, ['h']), ada);
    const lamp = await owned(world.addThing('Lamp', workshop.id, 'A brass lamp.'), ada);
    const root = world.addCharacter(`Root${sites}`, { role: 'admin', room: workshop.id });
    return { ada, bob, den, door, square, workshop, hole, lamp, root, next: root.id + 1 };
  }

  async function owned(object: WorldObject, owner: WorldObject): Promise<WorldObject> {
    return harness.world.updateObject(object.id, { ownerId: owner.id });
  }

  async function run(line: string, who: WorldObject): Promise<CommandResult> {
    const result = await harness.command(line, who.id);
    assert.equal(result.failure, undefined, `"${line}" failed: ${result.failure?.message}`);
    return result;
  }

  /** Runs a line that must be refused: returns the error, having checked the world did not change. */
  async function refused(line: string, who: WorldObject): Promise<string | undefined> {
    const before = snapshot();
    const result = await run(line, who);
    assert.equal(result.output, undefined, line);
    assert.deepEqual(result.events, [], line);
    assert.deepEqual(snapshot(), before, `"${line}" changed the world`);
    return result.error;
  }

  /** Every object, as the test compares worlds. */
  function snapshot(): WorldObject[] {
    const objects: WorldObject[] = [];
    for (let id = 1; id <= 10_000; id += 1) {
      const object = harness.world.get(id);
      if (object) objects.push(object);
    }
    return objects;
  }

  function get(id: number): WorldObject | undefined {
    return harness.world.get(id);
  }

  return {
    get harness(): PluginHarness {
      return harness;
    },
    /** Sites built so far: the number in the latest site's names. */
    get sites(): number {
      return sites;
    },
    site,
    owned,
    run,
    refused,
    snapshot,
    get,
  };
}
