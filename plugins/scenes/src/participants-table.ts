// Who takes part in a scene: one row a scene and character in the `participants` table. A
// participant who left keeps their row (their words stay in the log, so their vote still counts),
// with `present` false.
import { HostReply, JSON, JsonWriter, boolOf, dbInsert, dbQuery, dbUpdate, intOf, strOf } from '../../pdk';

const PARTICIPANTS = 'participants';
/** More people than any scene holds; the host answers at most 1000 rows. */
const MAX_PARTICIPANTS = 200;

export class Participant {
  constructor(
    public character: i64,
    public name: string,
    public joinedMs: i64,
    public seat: i64,
    public present: bool,
    public lastPose: i64,
    public poses: i64,
    public vote: bool,
  ) {}

  static read(row: JSON.Obj): Participant {
    return new Participant(
      intOf(row, 'character'),
      strOf(row, 'name'),
      intOf(row, 'joined_ms'),
      intOf(row, 'seat'),
      boolOf(row, 'present'),
      intOf(row, 'last_pose'),
      intOf(row, 'poses'),
      boolOf(row, 'vote'),
    );
  }
}

/** Everyone who ever took part in a scene, in the order they joined; null when the table could not be read. */
export function participantsOf(scene: i64): Participant[] | null {
  const answer = dbQuery(PARTICIPANTS, new JsonWriter().int('scene', scene).end(), 'seat', MAX_PARTICIPANTS);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const people: Participant[] = [];
  for (let i = 0; i < rows.length; i++) people.push(Participant.read(rows[i]));
  return people;
}

/** One character's row in a scene, or null. */
export function findParticipant(people: Participant[], character: i64): Participant | null {
  for (let i = 0; i < people.length; i++) if (people[i].character == character) return people[i];
  return null;
}

/** Adds a participant in the next seat after `people` (everyone already in the scene). */
export function insertParticipant(scene: i64, people: Participant[], character: i64, name: string, nowMs: i64): HostReply {
  const values = new JsonWriter().int('scene', scene).int('character', character).str('name', name).int('joined_ms', nowMs).int('seat', people.length + 1);
  return dbInsert(PARTICIPANTS, values.end());
}

export function updateParticipant(scene: i64, character: i64, changes: JsonWriter): HostReply {
  return dbUpdate(PARTICIPANTS, new JsonWriter().int('scene', scene).int('character', character).end(), changes.end());
}

/** Clears every vote of a scene (a log taken down must be agreed to afresh). */
export function clearVotes(scene: i64): HostReply {
  return dbUpdate(PARTICIPANTS, new JsonWriter().int('scene', scene).end(), new JsonWriter().bool('vote', false).end());
}
