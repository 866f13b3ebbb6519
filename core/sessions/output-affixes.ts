// PennMUSH's OUTPUTPREFIX and OUTPUTSUFFIX: a client (a bot, a scripted client) asks for a line
// before and after the output of each command it types, to tell where one answer ends. Held per
// session, for as long as it lasts; `OUTPUTPREFIX` alone clears it.
import type { CommandRequest, CommandSource } from './command-dispatcher.js';
import type { Session } from './session.js';

interface Affixes {
  prefix?: string;
  suffix?: string;
}

const MAX_AFFIX_LENGTH = 256;
const bySession = new WeakMap<Session, Affixes>();
const COMMAND = /^OUTPUT(PREFIX|SUFFIX)(?:\s+(.*))?$/i;

/** The session's prefix and suffix (either may be absent). */
export function outputAffixes(session: Session): Readonly<Affixes> {
  return bySession.get(session) ?? {};
}

/** Takes OUTPUTPREFIX <text> and OUTPUTSUFFIX <text> (control characters removed, length capped). */
export class OutputAffixCommands implements CommandSource {
  readonly name = 'output-affixes';

  async handle(request: CommandRequest): Promise<boolean> {
    const match = COMMAND.exec(request.line);
    if (!match) return false;
    const text = (match[2] ?? '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').slice(0, MAX_AFFIX_LENGTH);
    const affixes = { ...outputAffixes(request.session) };
    const which = match[1]!.toUpperCase() === 'PREFIX' ? 'prefix' : 'suffix';
    if (text === '') delete affixes[which];
    else affixes[which] = text;
    bySession.set(request.session, affixes);
    return true;
  }
}
