// $-commands: attributes whose value is `$pattern:actions`, matched against what a player types
// when no built-in command or exit took it. Where PennMUSH looks, in order: things and players in
// the player's room (the player too), what the player carries, the room itself; and only when
// none of those matched, the objects in the master room. Objects set HALT or NO_COMMAND, and
// attributes set NO_COMMAND, are skipped; parents' $-commands count (attribute-inheritance.ts).
// A pattern is a wildcard (`roll *`, any case) or, on an attribute set REGEXP, a regular
// expression (case-insensitive unless the attribute is also set CASE). Regular expressions run
// on RE2 (re2js), whose matching time is linear: a builder's `(a+)+$` cannot stall the server as
// a backtracking engine would (RE2 has no backreferences or lookaround, which PCRE has).
import { type AttributeSource, inheritedAttributes } from '../../world/builder/attribute-inheritance.js';
import type { WorldObject } from '../../world/world-object.js';
import { RE2JS } from 're2js';
import { wildcardCaptures } from '../wildcard-captures.js';

export interface DollarCommandWorld extends AttributeSource {
  contents(locationId: number): WorldObject[];
}

export interface DollarMatch {
  readonly object: number;
  readonly actions: string;
  /** %0-%9: what the wildcards (or the regexp's match and groups) captured. */
  readonly args: string[];
}

/** Work one wildcard match may do before it counts as no match (pathological patterns). */
const MATCH_STEPS = 100_000;
/** Longest input a regular expression is tried on. */
const MAX_REGEXP_INPUT = 2_000;

class TooMuchWork {}

/** The objects to search, nearest first: the room's things and players, the carried, the room. */
export function localCandidates(world: DollarCommandWorld, playerId: number): WorldObject[] {
  const player = world.get(playerId);
  if (!player) return [];
  const seen = new Set<number>();
  const found: WorldObject[] = [];
  const add = (object: WorldObject | undefined): void => {
    if (!object || object.kind === 'exit' || seen.has(object.id)) return;
    seen.add(object.id);
    found.push(object);
  };
  if (player.locationId !== null) for (const item of world.contents(player.locationId)) add(item);
  for (const item of world.contents(playerId)) add(item);
  add(player.locationId === null ? undefined : world.get(player.locationId));
  add(player);
  return found;
}

export function masterRoomCandidates(world: DollarCommandWorld, masterRoomId: number | undefined): WorldObject[] {
  if (masterRoomId === undefined || !world.get(masterRoomId)) return [];
  return world.contents(masterRoomId).filter((item) => item.kind !== 'exit');
}

/** Every $-command on the objects that matches the line. */
export function matchDollarCommands(world: DollarCommandWorld, objects: readonly WorldObject[], line: string): DollarMatch[] {
  const matches: DollarMatch[] = [];
  for (const object of objects) {
    if (object.flags.includes('HALT') || object.flags.includes('NO_COMMAND')) continue;
    for (const attribute of inheritedAttributes(world, object.id)) {
      if (!attribute.value.startsWith('$') || attribute.flags.includes('NO_COMMAND')) continue;
      const command = splitDollarCommand(attribute.value);
      if (!command) continue;
      const args = attribute.flags.includes('REGEXP') ? regexpCaptures(line, command.pattern, attribute.flags.includes('CASE')) : wildcardArgs(line, command.pattern);
      if (args) matches.push({ object: object.id, actions: command.actions, args: args.slice(0, 10) });
    }
  }
  return matches;
}

/** `$roll *:think ...` → the pattern and the actions, split at the first unescaped colon. */
export function splitDollarCommand(value: string): { pattern: string; actions: string } | undefined {
  for (let i = 1; i < value.length; i += 1) {
    const c = value[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (c === ':') return { pattern: value.slice(1, i), actions: value.slice(i + 1) };
  }
  return undefined;
}

function wildcardArgs(line: string, pattern: string): string[] | undefined {
  let steps = 0;
  try {
    return wildcardCaptures(line, pattern, () => {
      steps += 1;
      if (steps > MATCH_STEPS) throw new TooMuchWork();
    });
  } catch (error) {
    if (error instanceof TooMuchWork) return undefined;
    throw error;
  }
}

function regexpCaptures(line: string, pattern: string, caseSensitive: boolean): string[] | undefined {
  if (line.length > MAX_REGEXP_INPUT) return undefined;
  let expression: RE2JS;
  try {
    expression = RE2JS.compile(pattern, caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE);
  } catch {
    return undefined;
  }
  const match = expression.matcher(line);
  if (!match.find()) return undefined;
  return Array.from({ length: Math.min(match.groupCount(), 9) + 1 }, (_, group) => match.group(group) ?? '');
}
