// Whether the process may open as many files as its connection caps allow. Every connection is a
// file descriptor; when they run out, accepting fails and new players are cut off at once (one
// address holding a thousand slow requests did that with 1,024). Hearth cannot raise the limit,
// but it can say at start that the caps are out of reach of it.
import { readFile } from 'node:fs/promises';

/** Descriptors kept for the database, log output, plugin files and the listeners themselves. */
const SPARE_DESCRIPTORS = 200;

/** The soft limit on open files (Linux, from /proc), or null where it cannot be read. */
export async function openFileLimit(): Promise<number | null> {
  const limits = await readFile('/proc/self/limits', 'utf8').catch(() => null);
  const soft = limits ? /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1] : undefined;
  if (soft === undefined) return null;
  return soft === 'unlimited' ? Number.POSITIVE_INFINITY : Number(soft);
}

/** A warning to log when both listeners' caps together need more descriptors than the process may open. */
export function descriptorWarning(limit: number | null, maxConnectionsPerListener: number): string | null {
  const needed = 2 * maxConnectionsPerListener + SPARE_DESCRIPTORS;
  if (limit === null || limit >= needed) return null;
  const fits = Math.max(1, Math.floor((limit - SPARE_DESCRIPTORS) / 2));
  return `The process may open ${limit} files, but HEARTH_MAX_CONNECTIONS=${maxConnectionsPerListener} on two listeners needs about ${needed}: raise the limit (ulimit -n, LimitNOFILE) or set HEARTH_MAX_CONNECTIONS to ${fits} or less.`;
}
