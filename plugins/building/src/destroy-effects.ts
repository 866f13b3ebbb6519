// What destroying an object does to what it touches, told to everyone concerned: players inside
// go home (or to the starting room, when their home is what goes), each told why, keeping what
// they carry; things inside go to the starting room; exits out of a room go with it; exits into
// it from elsewhere are unlinked by the world, and their owners are told.
import { Actor, ObjectSearch, ObjectView, SearchHit, characterById, moveObject, objectById, searchObjects, searchResultOf, send } from '../../pdk';

export class DestroyEffects {
  players: ObjectView[] = [];
  things: ObjectView[] = [];
  exitsOut: ObjectView[] = [];
  entrances: SearchHit[] = [];
  /** Lines for the builder about the players moved. */
  private moves: string[] = [];

  static of(object: ObjectView): DestroyEffects {
    const effects = new DestroyEffects();
    const full = objectById(object.id);
    if (!full.ok) return effects;
    const contents = full.value!.contents;
    for (let i = 0; i < contents.length; i++) {
      const item = contents[i];
      if (item.isCharacter) effects.players.push(item);
      else if (item.isExit) effects.exitsOut.push(item);
      else effects.things.push(item);
    }
    const search = searchObjects(new ObjectSearch().destination(object.id).limit(500));
    if (search.ok) {
      const hits = searchResultOf(search).hits;
      for (let i = 0; i < hits.length; i++) if (hits[i].location != object.id) effects.entrances.push(hits[i]);
    }
    return effects;
  }

  /** `It holds 1 player (Bob), 2 things and 1 exit; 2 exits lead into it.`; '' when nothing. */
  summary(): string {
    const held: string[] = [];
    if (this.players.length > 0) held.push(count(this.players.length, 'player') + ' (' + namesOf(this.players) + ')');
    if (this.things.length > 0) held.push(count(this.things.length, 'thing'));
    if (this.exitsOut.length > 0) held.push(count(this.exitsOut.length, 'exit'));
    let text = held.length > 0 ? 'It holds ' + held.join(', ') + '.' : '';
    if (this.entrances.length > 0) text += (text.length > 0 ? ' ' : '') + count(this.entrances.length, 'exit') + (this.entrances.length == 1 ? ' leads' : ' lead') + ' into it.';
    return text;
  }

  /** Sends every player inside home, telling them why; a home that is going means the starting room. */
  evacuate(actor: Actor, destroyed: ObjectView): void {
    for (let i = 0; i < this.players.length; i++) {
      const player = this.players[i];
      const known = characterById(player.id);
      const home: i64 = known.ok ? known.value!.home : 0;
      let where = 'the starting room';
      if (home > 0 && home != destroyed.id) {
        const homeRoom = objectById(home);
        if (moveObject(player.id, home).ok) where = homeRoom.ok ? 'home, to ' + homeRoom.value!.name : 'home';
      }
      this.moves.push(player.name + ' went to ' + where + '.');
      if (player.id != actor.id) send(player.id, destroyed.name + ' has been destroyed by ' + actor.name + '; you have been sent to ' + where + ', with everything you carry.');
    }
  }

  /** Tells each entrance's owner, other than the actor, that their exit now leads nowhere. */
  notifyEntranceOwners(actor: Actor, destroyed: ObjectView): void {
    for (let i = 0; i < this.entrances.length; i++) {
      const exit = this.entrances[i];
      if (exit.owner <= 0 || exit.owner == actor.id) continue;
      send(exit.owner, 'Your exit ' + exit.label + ' led to ' + destroyed.label + ', which ' + actor.name + ' destroyed; it now leads nowhere (@link it again).');
    }
  }

  /** What the builder is told, one line per kind of consequence. */
  report(destroyed: ObjectView): string {
    const lines: string[] = ['Destroyed ' + destroyed.label + '.'];
    for (let i = 0; i < this.moves.length; i++) lines.push(this.moves[i]);
    if (this.things.length > 0) lines.push('Sent to the starting room: ' + labelsOf(this.things) + '.');
    if (this.exitsOut.length > 0) lines.push('Destroyed with it: ' + labelsOf(this.exitsOut) + '.');
    if (this.entrances.length > 0) {
      const labels: string[] = [];
      for (let i = 0; i < this.entrances.length; i++) labels.push(this.entrances[i].label);
      lines.push('Unlinked, as they led into it (their owners were told): ' + labels.join(', ') + '.');
    }
    return lines.join('\n');
  }
}

function count(n: i32, noun: string): string {
  return n.toString() + ' ' + noun + (n == 1 ? '' : 's');
}

function namesOf(objects: ObjectView[]): string {
  const names: string[] = [];
  for (let i = 0; i < objects.length; i++) names.push(objects[i].name);
  return names.join(', ');
}

function labelsOf(objects: ObjectView[]): string {
  const labels: string[] = [];
  for (let i = 0; i < objects.length; i++) labels.push(objects[i].label);
  return labels.join(', ');
}
