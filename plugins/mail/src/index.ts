// Mail: PennMUSH's @mail between players, online or not. The handlers named in manifest.yaml.
export { cmd_mail } from './commands/mail';
export { on_connect } from './events/connect';
