// What a character has read on one board, written short: every message up to an id, and the ones
// read after it. Players mostly read in order, so a board usually takes one number (`345`); one
// read out of order adds a few (`345|400,402`). New messages always get higher ids than any
// before them, so a message past the mark is unread until read.
import { Board } from './boards-table';
import { idsIn, idsText } from './stored-ids';

export class ReadMarks {
  constructor(
    /** Every message with an id up to this one is read; 0 when none is. */
    public upTo: i64,
    /** Messages after `upTo` that are read, ascending. */
    public also: i64[],
  ) {}

  /** From its stored form, `345` or `345|400,402`; anything else reads as nothing read. */
  static parse(text: string): ReadMarks {
    const bar = text.indexOf('|');
    const upTo = idsIn(bar < 0 ? text : text.slice(0, bar));
    return new ReadMarks(upTo.length == 1 ? upTo[0] : 0, bar < 0 ? [] : idsIn(text.slice(bar + 1)));
  }

  /** The marks for the board's messages whose flags in `read` are true (one flag per message). */
  static of(board: Board, read: bool[]): ReadMarks {
    let prefix = 0;
    while (prefix < read.length && read[prefix]) prefix++;
    const also: i64[] = [];
    for (let i = prefix; i < read.length; i++) if (read[i]) also.push(board.postIds[i]);
    return new ReadMarks(prefix > 0 ? board.postIds[prefix - 1] : 0, also);
  }

  /** One flag per message of the board, oldest first: whether it is read. */
  flagsFor(board: Board): bool[] {
    const ids = board.postIds;
    const flags = new Array<bool>(ids.length);
    // The board's ids and `also` both ascend, so one walk through each answers every message.
    let a = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = unchecked(ids[i]);
      while (a < this.also.length && this.also[a] < id) a++;
      unchecked((flags[i] = id <= this.upTo || (a < this.also.length && this.also[a] == id)));
    }
    return flags;
  }

  toString(): string {
    return this.also.length == 0 ? this.upTo.toString() : this.upTo.toString() + '|' + idsText(this.also);
  }
}
