// Navigation: looking around, moving through exits, entering and leaving things, going home, and
// carrying things. The
// handlers named in manifest.yaml.
export { cmd_drop } from './commands/drop';
export { cmd_enter } from './commands/enter';
export { on_unmatched } from './commands/exit-shortcut';
export { cmd_exits } from './commands/exits';
export { cmd_get } from './commands/get';
export { cmd_go } from './commands/go';
export { cmd_home } from './commands/home';
export { cmd_inventory } from './commands/inventory';
export { cmd_leave } from './commands/leave';
export { cmd_look } from './commands/look';
