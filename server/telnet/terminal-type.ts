// TTYPE (RFC 1091) with MTTS: Hearth asks up to three times. The first answer names the client,
// the second the terminal, the third is "MTTS <bits>". A client that repeats itself has no more
// to say, so asking stops there.
import type { ClientProfile } from './client-profile.js';

export const TTYPE_IS = 0;
export const TTYPE_SEND = 1;
const MAX_ROUNDS = 3;
const MAX_VALUE_LENGTH = 64;

export type TerminalTypeOutcome = 'ask-again' | 'done' | 'refused';

export class TerminalTypeRounds {
  private asked = 0;
  private answered = 0;
  private last: string | null = null;

  constructor(private readonly profile: ClientProfile) {}

  /** Call before sending TTYPE SEND; false once the rounds are over. */
  startRound(): boolean {
    if (this.asked >= MAX_ROUNDS || this.asked > this.answered) return false;
    this.asked += 1;
    return true;
  }

  /** Reads `IS <value>`. `refused` means the message was malformed or unasked for, and ignored. */
  receive(data: Buffer): TerminalTypeOutcome {
    if (this.answered >= this.asked) return 'refused';
    if (data.length < 2 || data.length > MAX_VALUE_LENGTH + 1 || data[0] !== TTYPE_IS) return 'refused';
    const value = data.subarray(1).toString('latin1');
    if (!/^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(value)) return 'refused';
    this.answered += 1;
    const repeated = value === this.last;
    this.last = value;
    const mtts = /^MTTS (\d{1,5})$/.exec(value);
    if (mtts) {
      this.profile.mtts = Number(mtts[1]);
      return 'done';
    }
    if (repeated) return 'done';
    if (this.answered === 1) this.profile.clientName = value.toUpperCase();
    else this.profile.terminalType = value.toUpperCase();
    return this.asked < MAX_ROUNDS ? 'ask-again' : 'done';
  }
}
