// Communication: talking to the people around you. The handlers named in manifest.yaml.
export { cmd_emit } from './commands/emit';
export { cmd_ooc } from './commands/ooc';
export { cmd_pemit } from './commands/pemit';
export { cmd_pose } from './commands/pose';
export { cmd_say } from './commands/say';
export { cmd_semipose } from './commands/semipose';
export { cmd_whisper } from './commands/whisper';
