// Runs softcode commands: a queue entry's action list one command at a time (q-registers carry
// from one to the next, as in PennMUSH), or one built-in a player typed. Built-ins are in
// queue-commands.ts; a command that is none of them is passed on for a player executor (as if
// typed, so `say` works in a $-command forced on a player) and dropped for an object.
import { evaluateSoftcode } from '../evaluate-softcode.js';
import type { SoftcodeWorldContext } from '../softcode-context.js';
import type { SoftcodeLimits } from '../softcode-limits.js';
import { parseCommandLine, splitActionList } from './action-list.js';
import type { QueueEntry, SoftcodeQueue } from './command-queue.js';
import { QUEUE_COMMANDS, type QueueCommand } from './queue-commands.js';

/** Who runs a command, for whom, with which arguments and registers. */
export interface CommandState {
  readonly executor: number;
  readonly enactor: number;
  readonly args: readonly string[];
  registers: Record<string, string>;
  /** %c: the line that set the code off. */
  readonly command?: string;
}

export interface RunnerDeps {
  readonly context: SoftcodeWorldContext;
  readonly queue: SoftcodeQueue;
  /** Text to one object (a player's sessions; nothing for a thing). */
  tell(objectId: number, text: string): void;
  /** Whether the object's code is halted (the HALT flag). */
  isHalted(objectId: number): boolean;
  /** Whether it has wizard power (@ps/all, @halt/all). */
  isWizard(objectId: number): boolean;
  /** A command no built-in takes, run as the player typed it; false when the executor is not a connected player. */
  passOn?(executor: number, line: string): boolean;
  readonly limits?: Partial<SoftcodeLimits>;
}

export class SoftcodeRunner {
  constructor(readonly deps: RunnerDeps) {}

  /** Runs every command of a queue entry, unless its object has been halted meanwhile. */
  runEntry(entry: QueueEntry): void {
    if (this.deps.isHalted(entry.executor)) return;
    const state: CommandState = { executor: entry.executor, enactor: entry.enactor, args: entry.args, registers: { ...entry.registers }, ...(entry.command !== undefined ? { command: entry.command } : {}) };
    for (const command of splitActionList(entry.actions)) this.runCommand(state, command);
  }

  /** A line a player typed: true when it was a softcode built-in (and has run). */
  runTyped(player: number, line: string, commands: ReadonlySet<string>): boolean {
    const parsed = parseCommandLine(line);
    const command = QUEUE_COMMANDS.get(parsed.name);
    if (!command || !commands.has(parsed.name)) return false;
    command(this, { executor: player, enactor: player, args: [], registers: {}, command: line }, parsed);
    return true;
  }

  runCommand(state: CommandState, text: string): void {
    const line = expandShorthand(text);
    const parsed = parseCommandLine(line);
    const command: QueueCommand | undefined = QUEUE_COMMANDS.get(parsed.name);
    if (command) {
      command(this, state, parsed);
      return;
    }
    // Not a softcode built-in: a player runs it as if typed, after evaluating it as PennMUSH does.
    this.deps.passOn?.(state.executor, this.evaluate(state, line));
  }

  /** Evaluates text as the state's executor, keeping the q-registers it sets. */
  evaluate(state: CommandState, text: string): string {
    const result = evaluateSoftcode(text, this.deps.context, {
      executor: state.executor,
      enactor: state.enactor,
      args: state.args,
      registers: state.registers,
      ...(state.command !== undefined ? { command: state.command } : {}),
      ...(this.deps.limits ? { limits: this.deps.limits } : {}),
    });
    state.registers = result.registers;
    return result.output;
  }
}

/** `"hi` → `say hi`, `:waves` → `pose waves`, `;'s` → `semipose 's`. */
function expandShorthand(text: string): string {
  const first = text.charAt(0);
  if (first === '"') return `say ${text.slice(1)}`;
  if (first === ':') return `pose ${text.slice(1)}`;
  if (first === ';') return `semipose ${text.slice(1)}`;
  return text;
}
