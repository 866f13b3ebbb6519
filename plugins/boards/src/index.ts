// Boards: +bb bulletin boards. The handlers named in manifest.yaml.
export { cmd_bbcatchup } from './commands/bbcatchup';
export { cmd_bbcleargroup } from './commands/bbcleargroup';
export { cmd_bbconfig } from './commands/bbconfig';
export { cmd_bbconfirm } from './commands/bbconfirm';
export { cmd_bbedit } from './commands/bbedit';
export { cmd_bblist } from './commands/bblist';
export { cmd_bbnewgroup } from './commands/bbnewgroup';
export { cmd_bbnext } from './commands/bbnext';
export { cmd_bbpost } from './commands/bbpost';
export { cmd_bbread } from './commands/bbread';
export { cmd_bbremove } from './commands/bbremove';
export { cmd_bbreply } from './commands/bbreply';
export { cmd_bbscan } from './commands/bbscan';
export { on_connect } from './events/connect';
