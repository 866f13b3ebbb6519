// The WHO list, laid out as PennMUSH players know it, with each character's Doing line.
import type { Session } from './session.js';

/**
 * The character attribute WHO shows as Doing. A plugin sets it (the building plugin's @doing);
 * it lives on the character in the world, so it outlasts a reconnect and WHO reads it from memory.
 */
export const DOING_ATTRIBUTE = 'doing';
/** PennMUSH shows this many characters of a Doing line. */
export const MAX_DOING_CHARACTERS = 39;

/** A character's current name and attributes by id, as the world holds them (undefined for one it does not know). */
export type CharacterOf = (characterId: number) => { name?: string; attributes?: Record<string, unknown> } | undefined;

export function formatWhoList(sessions: Session[], now: number = Date.now(), characterOf: CharacterOf = () => undefined): string {
  const playing = sessions.filter((session) => session.state === 'playing' && session.account);
  // One row per character, however many sessions it has; the least idle session speaks for it.
  const byCharacter = new Map<number, Session>();
  for (const session of playing) {
    const known = byCharacter.get(session.characterId!);
    if (!known || session.lastInputAt > known.lastInputAt) byCharacter.set(session.characterId!, session);
  }
  const rows = [...byCharacter.values()]
    .sort((a, b) => a.connectedAt - b.connectedAt)
    .map((session) => {
      // The world's name, not the login's: a character renamed since shows as it is called now.
      const character = characterOf(session.characterId!);
      const name = character?.name ?? session.account!.characterName;
      return whoRow(name, formatOnFor(now - session.connectedAt), formatIdle(now - session.lastInputAt), doingLine(character?.attributes?.[DOING_ATTRIBUTE]));
    });
  const count = rows.length;
  const footer = `${count} ${count === 1 ? 'player is' : 'players are'} connected.`;
  return [whoRow('Player Name', 'On For', 'Idle', 'Doing'), ...rows, footer].join('\n');
}

// Column widths: the longest name, "99d 23:59", "59m". Numbers and their headings are
// right-aligned, so each heading ends where its column's figures end.
const NAME_WIDTH = 20;
const ON_FOR_WIDTH = 9;
const IDLE_WIDTH = 4;

function whoRow(name: string, onFor: string, idle: string, doing: string): string {
  return `${name.padEnd(NAME_WIDTH)} ${onFor.padStart(ON_FOR_WIDTH)} ${idle.padStart(IDLE_WIDTH)}  ${doing}`.trimEnd();
}

/**
 * The Doing text WHO shows: any plugin may have set the attribute, so anything but a string shows
 * as nothing, control characters (which could fake lines or colours) go, and it is cut to 39
 * characters, an emoji counting as one.
 */
export function doingLine(value: unknown): string {
  if (typeof value !== 'string') return '';
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return Array.from(clean).slice(0, MAX_DOING_CHARACTERS).join('').trimEnd();
}

/** `05:42`, or `2d 05:42` past a day. */
export function formatOnFor(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hhmm = `${String(Math.floor((minutes % 1440) / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return days > 0 ? `${days}d ${hhmm}` : hhmm;
}

/** `12s`, `5m`, `3h`, `2d`: the largest unit that fits. */
export function formatIdle(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}
