// Up/down recall of earlier commands, as in a terminal. Login lines (they hold passwords) and
// anything typed at a password prompt are never kept.
import { holdsSecret } from './secret-line.js';

const LIMIT = 200;

export class CommandHistory {
  constructor() {
    this.entries = [];
    this.position = 0;
    this.draft = '';
  }

  remember(line) {
    this.position = this.entries.length;
    if (line.trim() === '' || holdsSecret(line) || this.entries.at(-1) === line) return;
    this.entries.push(line);
    if (this.entries.length > LIMIT) this.entries.shift();
    this.position = this.entries.length;
  }

  /** The line to show after pressing up (-1) or down (+1), given what is typed now. */
  step(direction, current) {
    if (this.position === this.entries.length) this.draft = current;
    this.position = Math.max(0, Math.min(this.entries.length, this.position + direction));
    return this.position === this.entries.length ? this.draft : this.entries[this.position];
  }
}
