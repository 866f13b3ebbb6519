// The JSON a plugin's exports receive and return: the contract between Hearth and every plugin.
// Outputs are validated here; anything else a plugin returns is malformed output, an error for
// that call only.
import { z } from 'zod';
import type { Role } from '../auth/accounts.js';
import type { HearthEvent } from '../events/event.js';
import type { Pronouns } from '../world/pronouns.js';

/** Who is acting: the character whose command this is. */
export interface ActorInfo {
  id: number;
  name: string;
  role: Role;
  location: number | null;
  /** For %s, %o, %p and %a; they/them where the caller knows none. */
  pronouns?: Pronouns;
}

/** Input of a command handler export. */
export interface CommandInput {
  /** The command's registered name (`say`), whatever the player typed (`"`). */
  command: string;
  invoked: string;
  switches: string[];
  /** Captures of the manifest pattern. */
  args: Record<string, string>;
  /** Everything after the command word, trimmed. */
  rest: string;
  actor: ActorInfo;
}

/** Input of an `unmatched` handler: a line no command took. */
export interface UnmatchedInput {
  line: string;
  actor: ActorInfo;
}

/** Input of an event handler export. */
export interface EventInput {
  event: HearthEvent;
  /** How many plugin hops produced this event (0 for events not emitted by a plugin handler). */
  hops: number;
}

/** Input of a page handler export: a GET of `/plugins/<plugin>/<path>?<query>`. */
export interface PageInput {
  /** The page's path as the manifest names it (`''` for the index, `log`, `log.txt`). */
  path: string;
  /** The query's parameters: the first value of each name, as text. */
  query: Record<string, string>;
}

/** Largest page body a plugin may answer, in UTF-8 bytes. */
export const MAX_PAGE_BYTES = 512 * 1024;

const text = z.string().max(64 * 1024);

/** A command or unmatched handler's output. `error` is shown to the player; nothing is applied. */
export const commandOutputSchema = z
  .object({
    handled: z.boolean().optional(),
    output: text.optional(),
    error: text.optional(),
  })
  .strip();

export type CommandOutput = z.infer<typeof commandOutputSchema>;

export const eventOutputSchema = z.object({ handled: z.boolean().optional() }).strip();

export type EventOutput = z.infer<typeof eventOutputSchema>;

/**
 * A page handler's output. The body is served with a content type Hearth chooses from `type`,
 * never one the plugin names, and `filename` (for exports) only as a safe download name.
 */
export const pageOutputSchema = z
  .object({
    status: z.union([z.literal(200), z.literal(400), z.literal(403), z.literal(404)]).default(200),
    type: z.enum(['html', 'text']),
    body: z.string().refine((body) => Buffer.byteLength(body, 'utf8') <= MAX_PAGE_BYTES, `must be at most ${MAX_PAGE_BYTES} bytes`),
    filename: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_" or "-"').optional(),
  })
  .strip();

export type PageOutput = z.infer<typeof pageOutputSchema>;

export const ROLE_RANK: Record<Role, number> = { player: 0, builder: 1, admin: 2 };
