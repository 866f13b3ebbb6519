// Messaging: pages between characters anywhere, and channels with owners, operators, moderation,
// private and staff channels, aliases and history. The handlers named in manifest.yaml.
export { cmd_addcom } from './commands/addcom';
export { on_unmatched } from './commands/alias-talk';
export { cmd_channel } from './commands/channel';
export { cmd_channel_talk } from './commands/channel-talk';
export { cmd_comlist } from './commands/comlist';
export { cmd_delcom } from './commands/delcom';
export { cmd_page } from './commands/page';
