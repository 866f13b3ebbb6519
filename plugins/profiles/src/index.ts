// Profiles: +finger, +who, @sex and @pronouns. The handlers named in manifest.yaml.
export { cmd_finger } from './commands/finger';
export { cmd_who } from './commands/who';
export { cmd_sex } from './commands/sex';
export { cmd_pronouns } from './commands/pronouns';
