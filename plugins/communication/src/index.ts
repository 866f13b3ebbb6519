// Communication: talking to the people around you. The handlers named in
// manifests/communication.yaml.
export { emit_command } from './commands/emit';
export { pose } from './commands/pose';
export { say } from './commands/say';
export { semipose } from './commands/semipose';
export { whisper } from './commands/whisper';
