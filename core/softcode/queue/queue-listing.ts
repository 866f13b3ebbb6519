// @ps: what a player's objects have queued (everyone's, for a wizard with /all), in three parts
// as PennMUSH lists them: ready, waiting on time, waiting on a semaphore, then the totals.
import type { QueueEntry } from './command-queue.js';
import type { SoftcodeRunner } from './softcode-runner.js';

const SHOWN_PER_PART = 20;
const ACTION_WIDTH = 60;

export function formatQueue(runner: SoftcodeRunner, viewer: number, all: boolean): string {
  const owner = runner.deps.context.facts(viewer, viewer)?.owner ?? viewer;
  const everyone = all && runner.deps.isWizard(viewer);
  const mine = (entry: QueueEntry): boolean => everyone || entry.owner === owner;
  const listing = runner.deps.queue.list();
  const name = (id: number): string => `${runner.deps.context.object(id)?.name ?? 'Garbage'}(#${id})`;
  const line = (entry: QueueEntry, prefix = ''): string => `${prefix}${name(entry.executor)}:${shorten(entry.actions)}`;
  const now = Date.now();
  const ready = listing.ready.filter(mine);
  const waiting = listing.waiting.filter(mine);
  const semaphore = listing.semaphore.filter(mine);
  const lines = [
    'Queue:',
    ...ready.slice(0, SHOWN_PER_PART).map((entry) => line(entry)),
    'Wait Queue:',
    ...waiting.slice(0, SHOWN_PER_PART).map((entry) => line(entry, `[${Math.max(0, Math.ceil(((entry.wakeAt ?? now) - now) / 1000))}]`)),
    'Semaphore Queue:',
    ...semaphore.slice(0, SHOWN_PER_PART).map((entry) => line(entry, `[#${entry.semaphore}]`)),
    `Totals: Queue...${ready.length}/${listing.ready.length} Wait...${waiting.length}/${listing.waiting.length} Semaphore...${semaphore.length}/${listing.semaphore.length}`,
  ];
  return lines.join('\n');
}

function shorten(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return flat.length <= ACTION_WIDTH ? flat : `${flat.slice(0, ACTION_WIDTH - 3)}...`;
}
