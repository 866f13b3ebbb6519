// Scenes: roleplay sessions with a log, a pose order, content warnings and publishing. The
// handlers named in manifest.yaml.
export { cmd_scene } from './commands/scene';
export { on_arrive } from './events/arrive';
export { on_say } from './events/speech';
export { page_index } from './pages/index';
export { page_log } from './pages/log';
export { page_log_html, page_log_txt } from './pages/export';
