// PennMUSH's standard message attributes: what an object says to someone who uses it and to the
// others around. A plugin may read these whatever the actor may see (it shows them as messages,
// not as examine would), and only these: a hidden attribute stays hidden from everything else.
export const MESSAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'SUCC', 'OSUCC', 'FAIL', 'OFAIL',
  'DROP', 'ODROP', 'DFAIL', 'ODFAIL',
  'MOVE', 'OMOVE',
  'ENTER', 'OENTER', 'OXENTER', 'EFAIL', 'OEFAIL',
  'LEAVE', 'OLEAVE', 'OXLEAVE', 'LFAIL', 'OLFAIL',
  'GIVE', 'OGIVE', 'RECEIVE', 'ORECEIVE', 'GFAIL', 'OGFAIL', 'RFAIL', 'ORFAIL',
  'PAGE_LOCK`FAILURE', 'SPEECH_LOCK`FAILURE', 'TPORT_LOCK`FAILURE',
  'TPORT', 'OTPORT', 'OXTPORT',
  'DESC', 'IDESC',
]);

export function isMessageAttribute(name: string): boolean {
  return MESSAGE_ATTRIBUTES.has(name.toUpperCase());
}
