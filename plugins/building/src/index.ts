// Building: the commands builders shape the world with, @describe and @doing, with which any
// player describes themself, and PennMUSH's builder data (attributes, flags, locks, parents,
// examine) on whatever the actor controls. The other commands need the builder role, which the server checks
// from the manifest; who may change which object is the kit's `controls`, and who may open exits
// from a room is in exits.ts.
export { cmd_dig } from './commands/dig';
export { cmd_open } from './commands/open';
export { cmd_link } from './commands/link';
export { cmd_unlink } from './commands/unlink';
export { cmd_describe } from './commands/describe';
export { cmd_doing } from './commands/doing';
export { cmd_name } from './commands/name';
export { cmd_create } from './commands/create';
export { cmd_destroy } from './commands/destroy';
export { cmd_teleport } from './commands/teleport';
export { cmd_attribute } from './commands/attribute';
export { cmd_set } from './commands/set';
export { cmd_wipe } from './commands/wipe';
export { cmd_lock, cmd_unlock } from './commands/lock';
export { cmd_parent } from './commands/parent';
export { cmd_chown } from './commands/chown';
export { cmd_examine } from './commands/examine';
export {
  cmd_adrop, cmd_aenter, cmd_afailure, cmd_aleave, cmd_amove, cmd_asuccess,
  cmd_drop, cmd_enter, cmd_fail, cmd_idesc, cmd_leave, cmd_move, cmd_odrop, cmd_oenter, cmd_ofail, cmd_oleave, cmd_omove,
  cmd_osuccess, cmd_oxenter, cmd_oxleave, cmd_success,
} from './commands/message';
export { cmd_give } from './commands/give';
export { cmd_find } from './commands/find';
export { cmd_search } from './commands/search';
export { cmd_entrances } from './commands/entrances';
export { cmd_sweep } from './commands/sweep';
export { cmd_whereis } from './commands/whereis';
export { cmd_alias } from './commands/alias';
