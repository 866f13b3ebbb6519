// The WHO list, laid out as PennMUSH players know it.
import type { Session } from './session.js';

export function formatWhoList(sessions: Session[], now: number = Date.now()): string {
  const playing = sessions.filter((session) => session.state === 'playing' && session.account);
  // One row per character, however many sessions it has; the least idle session speaks for it.
  const byCharacter = new Map<number, Session>();
  for (const session of playing) {
    const known = byCharacter.get(session.characterId!);
    if (!known || session.lastInputAt > known.lastInputAt) byCharacter.set(session.characterId!, session);
  }
  const rows = [...byCharacter.values()]
    .sort((a, b) => a.connectedAt - b.connectedAt)
    .map((session) => whoRow(session.account!.name, formatOnFor(now - session.connectedAt), formatIdle(now - session.lastInputAt)));
  const count = rows.length;
  const footer = `${count} ${count === 1 ? 'player is' : 'players are'} connected.`;
  return [whoRow('Player Name', 'On For', 'Idle'), ...rows, footer].join('\n');
}

// Column widths: the longest name, "99d 23:59", "59m". Numbers and their headings are
// right-aligned, so each heading ends where its column's figures end.
const NAME_WIDTH = 20;
const ON_FOR_WIDTH = 9;
const IDLE_WIDTH = 4;

function whoRow(name: string, onFor: string, idle: string): string {
  return `${name.padEnd(NAME_WIDTH)} ${onFor.padStart(ON_FOR_WIDTH)} ${idle.padStart(IDLE_WIDTH)}`;
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
