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
  'A name is one word. A password is too, unless you put it in double quotes:',
  '  create Galahad "holy grail"',
  '',
].join('\n');

export const LOGIN_HELP = 'Use: connect <name> <password>, create <name> <password>, WHO or QUIT.';

export const HUH = 'Huh?  (Type "help" for help.)';
