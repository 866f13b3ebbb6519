// Every say, pose, semipose, @emit and ooc in a room whose scene is running goes into its log.
// The speaker becomes a participant if they were not one (their words are in the log, so their
// vote on publishing counts), and in strict or 3-pose scenes a pose out of turn is logged and the
// poser told whose turn it was. A scene found idle pauses itself instead (idle.ts).
import { GameEvent, JsonWriter, log, notHandled, send, unixMs } from '../../../pdk';
import { idleNotice, pauseIfIdle } from '../idle';
import { LogLine } from '../lines-table';
import { findParticipant, participantsOf, updateParticipant } from '../participants-table';
import { takePart, takingPartNotice } from '../participation';
import { outOfTurn } from '../pose-order';
import { logLine } from '../scene-log';
import { sceneNumber } from '../scene-lookup';
import { ACTIVE, sceneInRoom } from '../scenes-table';

export function on_say(): i32 {
  const event = GameEvent.read();
  if (!event.byCharacter || !event.stream.startsWith('location:')) return notHandled();
  const text = event.str('text');
  const speaker = sceneNumber(event.actorId);
  if (text.length == 0 || speaker <= 0) return notHandled();
  const found = sceneInRoom(sceneNumber(event.stream.slice('location:'.length)));
  if (found.scene === null) return notHandled();
  const scene = found.scene!;
  if (scene.state != ACTIVE) return notHandled();
  const now = unixMs();
  if (pauseIfIdle(scene, now)) {
    send(speaker, idleNotice(scene));
    return notHandled();
  }
  const people = participantsOf(scene.id);
  if (people === null) return failed('the participants of scene ' + scene.id.toString() + ' could not be read');
  const name = event.str('name');
  const person = findParticipant(people, speaker);
  const inCharacter = event.type != 'ooc';
  if (person === null) {
    const joined = takePart(scene, people, speaker, name, now);
    if (joined.length > 0) return failed(joined);
    send(speaker, takingPartNotice(scene));
  } else {
    if (!person.present) updateParticipant(scene.id, speaker, new JsonWriter().bool('present', true));
    if (inCharacter) {
      const turn = outOfTurn(scene, people, person);
      if (turn.length > 0) send(speaker, turn);
    }
  }
  const logged = logLine(scene, new LogLine(now, speaker, name, event.type, text, !inCharacter));
  if (logged.length > 0) return failed(logged);
  if (inCharacter) {
    const posed = person === null ? 1 : person.poses + 1;
    updateParticipant(scene.id, speaker, new JsonWriter().int('last_pose', scene.poses).int('poses', posed));
  }
  return notHandled();
}


function failed(reason: string): i32 {
  log('warn', 'a line was not logged: ' + reason);
  return notHandled();
}
