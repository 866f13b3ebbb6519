// The scenes, one row each in this plugin's `scenes` table (manifest.yaml); a scene's number is
// its row_id. Reads answer a Scene, or null with the reason in `problem`.
import { HostReply, JSON, JsonWriter, boolOf, dbInsert, dbQuery, dbUpdate, intOf, strOf } from '../../pdk';

const SCENES = 'scenes';

export const ACTIVE = 'active';
export const PAUSED = 'paused';
export const ENDED = 'ended';

export class Scene {
  constructor(
    public id: i64,
    public title: string,
    public room: i64,
    public roomName: string,
    public owner: i64,
    public state: string,
    public mode: string,
    public warning: string,
    public people: string,
    public createdMs: i64,
    public endedMs: i64,
    public lastActivityMs: i64,
    public nudgedMs: i64,
    public lines: i64,
    public poses: i64,
    public published: bool,
    public publishedMs: i64,
  ) {}

  static read(row: JSON.Obj): Scene {
    return new Scene(
      intOf(row, 'row_id'),
      strOf(row, 'title'),
      intOf(row, 'room'),
      strOf(row, 'room_name'),
      intOf(row, 'owner'),
      strOf(row, 'state'),
      strOf(row, 'mode'),
      strOf(row, 'warning'),
      strOf(row, 'people'),
      intOf(row, 'created_ms'),
      intOf(row, 'ended_ms'),
      intOf(row, 'last_activity_ms'),
      intOf(row, 'nudged_ms'),
      intOf(row, 'lines'),
      intOf(row, 'poses'),
      boolOf(row, 'published'),
      intOf(row, 'published_ms'),
    );
  }

  /** `#3 "Tea at the Lantern"`, as messages name a scene. */
  get label(): string {
    return '#' + this.id.toString() + ' "' + this.title + '"';
  }

  get ended(): bool {
    return this.state == ENDED;
  }
}

/** A scene found, or why not (a sentence for the player). */
export class SceneLookup {
  constructor(
    public scene: Scene | null,
    public problem: string,
  ) {}
}

export function sceneById(id: i64): SceneLookup {
  const answer = dbQuery(SCENES, new JsonWriter().int('row_id', id).end(), '', 1);
  if (!answer.ok) return new SceneLookup(null, answer.errorMessage);
  const rows = answer.objects('rows');
  if (rows.length == 0) return new SceneLookup(null, 'There is no scene #' + id.toString() + '.');
  return new SceneLookup(Scene.read(rows[0]), '');
}

/** The scene running (or paused) in a room; null without a problem when there is none. */
export function sceneInRoom(room: i64): SceneLookup {
  for (let i = 0; i < 2; i++) {
    const state = i == 0 ? ACTIVE : PAUSED;
    const answer = dbQuery(SCENES, new JsonWriter().int('room', room).str('state', state).end(), '', 1);
    if (!answer.ok) return new SceneLookup(null, answer.errorMessage);
    const rows = answer.objects('rows');
    if (rows.length > 0) return new SceneLookup(Scene.read(rows[0]), '');
  }
  return new SceneLookup(null, '');
}

/** Scenes in one state, newest first. */
export function scenesIn(state: string, limit: i32): Scene[] | null {
  return scenesWhere(new JsonWriter().str('state', state).end(), limit, '-row_id');
}

/** Published scenes, the latest published first. */
export function publishedScenes(limit: i32): Scene[] | null {
  return scenesWhere(new JsonWriter().bool('published', true).end(), limit, '-published_ms');
}

function scenesWhere(whereJson: string, limit: i32, orderBy: string): Scene[] | null {
  const answer = dbQuery(SCENES, whereJson, orderBy, limit);
  if (!answer.ok) return null;
  const rows = answer.objects('rows');
  const scenes: Scene[] = [];
  for (let i = 0; i < rows.length; i++) scenes.push(Scene.read(rows[i]));
  return scenes;
}

export function insertScene(title: string, room: i64, roomName: string, owner: i64, ownerName: string, nowMs: i64): HostReply {
  const values = new JsonWriter()
    .str('title', title)
    .int('room', room)
    .str('room_name', roomName)
    .int('owner', owner)
    .str('people', ownerName)
    .int('created_ms', nowMs)
    .int('last_activity_ms', nowMs);
  return dbInsert(SCENES, values.end());
}

/** Changes one scene's columns (`changes` from a JsonWriter). */
export function updateScene(id: i64, changes: JsonWriter): HostReply {
  return dbUpdate(SCENES, new JsonWriter().int('row_id', id).end(), changes.end());
}
