// TEST FIXTURES standing in for plugins that are built elsewhere (communication: `say`, channels;
// navigation: walking through exits). End-to-end client tests need a player to say something and
// to move; these do it through the same core services the plugins will use (event store, world),
// registered on a running server's dispatcher. Never used outside tests.
import { type HearthCore } from '../../core/hearth-core.js';
import { channelStream, characterActor, locationStream } from '../../core/events/event.js';
import type { CommandRequest } from '../../core/sessions/command-dispatcher.js';
import { answersTo, parseNameWithAliases, type WorldObject } from '../../core/world/world-object.js';

export const STAND_IN_SOURCE_NAME = 'test-fixture-stand-in-plugins';

/** Adds `say <text>` (and `"<text>`) and walking through exits by name to a running server. */
export function installStandInCommands(core: HearthCore): void {
  core.dispatcher.addSource({ name: STAND_IN_SOURCE_NAME, handle: (request) => handleStandIn(core, request) }, { first: true });
}

async function handleStandIn(core: HearthCore, request: CommandRequest): Promise<boolean> {
  const say = /^(?:say\s+|")(.+)$/is.exec(request.line);
  if (say) {
    await standInSay(core, request.characterId, say[1]!.trim());
    return true;
  }
  const roomId = core.world.get(request.characterId)?.locationId;
  const exit = roomId == null ? undefined : core.world.exitsOf(roomId).find((candidate) => answersTo(candidate, request.line));
  if (!exit || exit.destinationId === null) return false;
  await core.world.moveObject(request.characterId, exit.destinationId, characterActor(request.characterId));
  await core.dispatcher.dispatch(request.session, 'look');
  return true;
}

/** What the communication plugin's `say` will do: one event on the speaker's room stream. */
export async function standInSay(core: HearthCore, characterId: number, text: string): Promise<void> {
  const speaker = core.world.require(characterId);
  await core.store.append({
    stream: locationStream(speaker.locationId!),
    type: 'say',
    actor: characterActor(characterId),
    payload: { text: `${speaker.name} says, "${text}"`, self_text: `You say, "${text}"` },
  });
}

/** Subscribes every session of a character to a channel, as the channel plugin will. */
export function joinStandInChannel(core: HearthCore, characterId: number, channel: string): void {
  for (const session of core.sessions.sessionsOf(characterId)) session.listen(core.bus, channelStream(channel));
}

export async function postToStandInChannel(core: HearthCore, channel: string, characterId: number, text: string): Promise<void> {
  const talker = core.world.require(characterId).name;
  await core.store.append({
    stream: channelStream(channel),
    type: 'channel.message',
    actor: characterActor(characterId),
    payload: { talker, text: `[${channel}] ${talker}: ${text}` },
  });
}

/** A room reached from `fromRoomId` by `exit` (e.g. "North;n") and leading back by `back`. */
export async function digStandInRoom(
  core: HearthCore,
  fromRoomId: number,
  spec: { name: string; description?: string; exit: string; back: string },
): Promise<{ room: WorldObject; exit: WorldObject; back: WorldObject }> {
  const room = await core.world.createObject({ kind: 'room', name: spec.name, description: spec.description ?? '' });
  const exit = await core.world.createObject({ kind: 'exit', ...parseNameWithAliases(spec.exit), locationId: fromRoomId, destinationId: room.id });
  const back = await core.world.createObject({ kind: 'exit', ...parseNameWithAliases(spec.back), locationId: room.id, destinationId: fromRoomId });
  return { room, exit, back };
}
