// What a connection sees before logging in.

export const WELCOME_TEXT = [
  '',
  '    )  (      H E A R T H',
  '   (   ) )    a MUSH by the fire',
  '    ) ( (',
  '  _______)_',
  ' |_________|',
  '',
  'connect <name> <password>   log in',
  'create <name> <password>    make a new character',
  'WHO                         who is here',
  'QUIT                        leave',
  '',
].join('\n');

export const LOGIN_HELP = 'Use: connect <name> <password>, create <name> <password>, WHO or QUIT.';

export const HUH = 'Huh?  (Type "help" for help.)';
