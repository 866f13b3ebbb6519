// Help: the command list and each command's help, generated from the loaded plugins' manifests.
// The handler named in manifests/help.yaml.
export { help } from './commands/help';
