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

export const ROLE_RANK: Record<Role, number> = { player: 0, builder: 1, admin: 2 };
