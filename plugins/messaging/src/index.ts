// Messaging: pages between characters anywhere, and channels anyone can create and join. The
// handlers named in manifest.yaml.
export { cmd_channel } from './commands/channel';
export { cmd_channel_talk } from './commands/channel-talk';
export { cmd_page } from './commands/page';
