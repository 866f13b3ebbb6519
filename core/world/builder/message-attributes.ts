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

/**
 * PennMUSH's action attributes: an object's own code, queued when the matching message is shown
 * (ASUCC with SUCC, ADROP with DROP, ...), run as the object with the person as %#.
 */
export const ACTION_ATTRIBUTES: ReadonlySet<string> = new Set([
  'ASUCC', 'AFAIL', 'ADROP', 'ADFAIL', 'AMOVE', 'AENTER', 'AEFAIL', 'ALEAVE', 'ALFAIL', 'AGIVE', 'ARECEIVE', 'ATPORT',
]);

export function isActionAttribute(name: string): boolean {
  return ACTION_ATTRIBUTES.has(name.toUpperCase());
}
