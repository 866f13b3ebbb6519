// Admin commands are refused by the core to anyone else (their manifest role); the plugin checks
// again, in the core's words, so that a change of manifest can never open them up.
import { Actor } from '../../pdk';

/** '' for an admin, else the refusal. */
export function adminRefusal(actor: Actor, command: string): string {
  return actor.isAdmin ? '' : 'Permission denied: ' + command + ' needs the admin role.';
}
