// Who the simulated players are: what each kind of player types, how often, and how long they
// think between commands. `mixed` is a population of the four kinds, not one player doing all.

export type ProfileName = 'idler' | 'talker' | 'walker' | 'builder';
export type ProfileChoice = ProfileName | 'mixed';
export const PROFILE_NAMES: readonly ProfileChoice[] = ['idler', 'talker', 'walker', 'builder', 'mixed'];

/** What a player can do; commands.ts turns each into a typed line and the reply that ends it. */
export type ActionKind = 'look' | 'say' | 'pose' | 'page' | 'channel' | 'walk' | 'dig' | 'describe';
export const ACTION_KINDS: readonly ActionKind[] = ['look', 'say', 'pose', 'page', 'channel', 'walk', 'dig', 'describe'];

export interface Profile {
  name: ProfileName;
  /** Multiplies the mean think time: an idler waits five times as long between commands. */
  thinkFactor: number;
  /** Actions with relative weights. */
  actions: ReadonlyArray<readonly [ActionKind, number]>;
}

export const PROFILES: Record<ProfileName, Profile> = {
  // Connected, mostly idle, glancing at the room now and then.
  idler: { name: 'idler', thinkFactor: 5, actions: [['look', 1]] },
  talker: { name: 'talker', thinkFactor: 1, actions: [['say', 4], ['pose', 2], ['page', 2], ['channel', 2]] },
  walker: { name: 'walker', thinkFactor: 1, actions: [['walk', 3], ['look', 1]] },
  // Digs a room now and then and describes the ones it owns; needs the builder role.
  builder: { name: 'builder', thinkFactor: 1.5, actions: [['dig', 1], ['describe', 3], ['look', 2]] },
};

/** The population of `mixed`: shares of each kind, as on a quiet evening of a small game. */
export const MIXED_BLEND: Readonly<Record<ProfileName, number>> = { idler: 0.4, talker: 0.3, walker: 0.25, builder: 0.05 };

/**
 * The profile keeping only `actions` (to load one plugin alone, say); a profile left with none of
 * them keeps all of its own, so a mixed crowd still has its idlers.
 */
export function restrictActions(profile: Profile, actions: readonly ActionKind[] | undefined): Profile {
  if (!actions) return profile;
  const kept = profile.actions.filter(([action]) => actions.includes(action));
  return kept.length > 0 ? { ...profile, actions: kept } : profile;
}

/** One profile per player: all the same, or the mixed blend in exact shares, shuffled. */
export function assignProfiles(choice: ProfileChoice, clients: number): ProfileName[] {
  if (choice !== 'mixed') return Array.from({ length: clients }, () => choice);
  const names = Object.keys(MIXED_BLEND) as ProfileName[];
  const assigned: ProfileName[] = [];
  let cumulative = 0;
  for (const name of names) {
    cumulative += MIXED_BLEND[name];
    const upTo = name === names[names.length - 1] ? clients : Math.round(cumulative * clients);
    while (assigned.length < upTo) assigned.push(name);
  }
  return shuffle(assigned);
}

export function pickAction(profile: Profile): ActionKind {
  const total = profile.actions.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = Math.random() * total;
  for (const [action, weight] of profile.actions) {
    roll -= weight;
    if (roll < 0) return action;
  }
  return profile.actions[profile.actions.length - 1]![0];
}

/** A think time in milliseconds: the profile's mean, uniformly between half and one and a half of it. */
export function thinkTimeMs(profile: Profile, meanSeconds: number): number {
  return meanSeconds * profile.thinkFactor * (0.5 + Math.random()) * 1000;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
