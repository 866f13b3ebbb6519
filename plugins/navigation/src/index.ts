// Navigation: looking around, moving through exits, going home, and carrying things. The
// handlers named in manifests/navigation.yaml.
export { drop } from './commands/drop';
export { exit_shortcut } from './commands/exit-shortcut';
export { exits } from './commands/exits';
export { get } from './commands/get';
export { go } from './commands/go';
export { home } from './commands/home';
export { inventory } from './commands/inventory';
export { look } from './commands/look';
