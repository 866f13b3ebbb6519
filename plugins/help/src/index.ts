// Help: the command list and each command's help, generated from the loaded plugins' manifests.
// The handler named in manifest.yaml.
export { cmd_help } from './commands/help';
