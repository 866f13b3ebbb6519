// @search [<player>] [<class>=<restriction>]: the objects a player owns (default: the actor;
// admins: everyone's), narrowed by one PennMUSH class: TYPE=room|exit|thing|player, NAME=<name>,
// FLAGS=<flag names>, or ROOMS/EXITS/THINGS/PLAYERS=<name>. Listed by type, then counted.
import { Command, ObjectSearch, SearchHit, character, fail, reply } from '../../../pdk';
import { wordsOf } from '../builder-text';
import { MAX_NAME_LENGTH, NAME_TOO_LONG, SearchRun, hitLabel, moreLine } from '../search-text';

const KINDS: string[] = ['room', 'exit', 'thing', 'character'];
const HEADINGS: string[] = ['ROOMS:', 'EXITS:', 'THINGS:', 'PLAYERS:'];
const TOTALS: string[] = ['Rooms', 'Exits', 'Things', 'Players'];

export function cmd_search(): i32 {
  const command = Command.read();
  const actor = command.actor;
  const text = command.rest.trim();
  const equals = text.indexOf('=');
  const left = wordsOf(equals < 0 ? text : text.substring(0, equals));
  const restriction = equals < 0 ? '' : text.substring(equals + 1).trim();
  const search = new ObjectSearch();
  let playerName = '';
  let className = '';
  if (equals < 0) playerName = left.join(' ');
  else if (left.length == 0) return fail('Usage: @search [<player>] [<class>=<restriction>]');
  else {
    className = left[left.length - 1].toUpperCase();
    playerName = left.slice(0, left.length - 1).join(' ');
  }
  if (playerName.length > 0) {
    let ownerId = actor.id;
    if (playerName.toLowerCase() != 'me') {
      const owner = character(playerName);
      if (!owner.ok) return fail(owner.notFoundAs('There is no player called "' + playerName + '".').error);
      ownerId = owner.value!.id;
    }
    if (ownerId != actor.id && !actor.isAdmin) return fail('You need a search warrant to do that!');
    search.owner(ownerId);
  } else if (!actor.isAdmin) search.owner(actor.id);
  const refused = restrict(search, className, restriction);
  if (refused.length > 0) return fail(refused);
  const run = SearchRun.of(search);
  if (run.result === null) return fail(run.error);
  return reply(listing(run.result!.hits, moreLine(run.result!)));
}

/** Applies the class; '' when it is one @search knows, else why not. */
function restrict(search: ObjectSearch, className: string, restriction: string): string {
  if (className.length == 0) return '';
  if (restriction.length == 0) return 'Search for what? Give ' + className + ' a value.';
  if (restriction.length > MAX_NAME_LENGTH) return NAME_TOO_LONG;
  if (className == 'NAME') {
    search.name(restriction);
    return '';
  }
  if (className == 'TYPE') {
    const kind = kindOf(restriction.toUpperCase());
    if (kind.length == 0) return '"' + restriction + '" is not a type: use room, exit, thing or player.';
    search.kind(kind);
    return '';
  }
  if (className == 'FLAGS') {
    const flags = wordsOf(restriction);
    if (flags.length > 8) return 'Search for at most 8 flags at once.';
    for (let i = 0; i < flags.length; i++) search.flag(flags[i]);
    return '';
  }
  const kind = kindOf(className.endsWith('S') ? className.substring(0, className.length - 1) : className);
  if (kind.length == 0) return 'Unknown search class "' + className + '": use TYPE, NAME, FLAGS, ROOMS, EXITS, THINGS or PLAYERS.';
  search.kind(kind).name(restriction);
  return '';
}

function kindOf(word: string): string {
  if (word == 'ROOM') return 'room';
  if (word == 'EXIT') return 'exit';
  if (word == 'THING' || word == 'OBJECT') return 'thing';
  if (word == 'PLAYER') return 'character';
  return '';
}

function listing(hits: SearchHit[], more: string): string {
  const lines: string[] = [];
  const totals: string[] = [];
  for (let k = 0; k < KINDS.length; k++) {
    let count = 0;
    for (let i = 0; i < hits.length; i++) {
      if (hits[i].kind != KINDS[k]) continue;
      if (count == 0) lines.push(HEADINGS[k]);
      const hit = hits[i];
      lines.push(hit.kind == 'exit' ? hitLabel(hit) + ' [from #' + hit.location.toString() + ' to ' + (hit.destination > 0 ? '#' + hit.destination.toString() : 'nowhere') + ']' : hitLabel(hit));
      count++;
    }
    totals.push(TOTALS[k] + '...' + count.toString());
  }
  if (lines.length == 0) lines.push('Nothing found.');
  if (more.length > 0) lines.push(more);
  lines.push('----------  Search Done  ----------');
  lines.push('Totals: ' + totals.join('  '));
  return lines.join('\n');
}
