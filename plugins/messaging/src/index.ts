// Messaging: pages between characters anywhere, and channels anyone can create and join. The
// handlers named in manifests/messaging.yaml.
export { channel_command } from './commands/channel';
export { channel_talk } from './commands/channel-talk';
export { page } from './commands/page';
