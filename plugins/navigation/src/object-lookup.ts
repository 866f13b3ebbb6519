// Finding what a player names (`me`, `here`, `#12`, a name or alias nearby) through the host.
import { E_OBJECT_NOT_FOUND, HostReply, JSON, findObject } from '../../pdk';

/** World object names are at most 100 characters (aliases 32), so a longer name can only miss. */
export const MAX_NAME_LENGTH: i32 = 100;

/**
 * The object `name` means to the actor: `reply.obj('object')` when `reply.ok`, otherwise the
 * host's sentence for the player (`I don't see "x" here.`, `I don't know which "x" you mean.`,
 * or that no object has a name that long).
 */
export function lookUp(name: string): HostReply {
  const wanted = name.trim();
  // The host refuses an empty name as an invalid call; answer as for any name nothing has.
  if (wanted.length == 0) return new HostReply(false, new JSON.Obj(), E_OBJECT_NOT_FOUND, "I don't see that here.");
  return findObject(wanted);
}
