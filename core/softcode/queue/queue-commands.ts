// The softcode built-in commands, as PennMUSH's penncmd.hlp describes them: think, @pemit,
// @emit, @remit, @oemit, say/pose from objects, @trigger, @wait (seconds and semaphores),
// @notify, @drain, @force, @dolist, @switch, @select, @halt and @ps. Replies use PennMUSH's words.
import { switchMatches } from '../functions/control.js';
import { splitList } from '../word-lists.js';
import type { CommandLine } from './action-list.js';
import { splitTopLevel } from './action-list.js';
import type { CommandState, SoftcodeRunner } from './softcode-runner.js';
import { formatQueue } from './queue-listing.js';

export type QueueCommand = (runner: SoftcodeRunner, state: CommandState, line: CommandLine) => void;

const NOT_HERE = "I don't see that here.";
const DENIED = 'Permission denied.';

export const QUEUE_COMMANDS: ReadonlyMap<string, QueueCommand> = new Map<string, QueueCommand>([
  ['think', (runner, state, line) => runner.deps.tell(state.executor, runner.evaluate(state, line.rest))],
  ['@pemit', pemit],
  ['@emit', (runner, state, line) => speak(runner, state, runner.evaluate(state, line.rest))],
  ['@remit', remit],
  ['@oemit', oemit],
  ['say', (runner, state, line) => objectSpeech(runner, state, 'say', line.rest, (name, text) => `${name} says, "${text}"`)],
  ['pose', (runner, state, line) => objectSpeech(runner, state, 'pose', line.rest, (name, text) => `${name} ${text}`)],
  ['semipose', (runner, state, line) => objectSpeech(runner, state, 'semipose', line.rest, (name, text) => `${name}${text}`)],
  ['@trigger', trigger],
  ['@wait', wait],
  ['@notify', (runner, state, line) => semaphore(runner, state, line, 'notify')],
  ['@drain', (runner, state, line) => semaphore(runner, state, line, 'drain')],
  ['@force', force],
  ['@dolist', dolist],
  ['@switch', (runner, state, line) => switchCommand(runner, state, line, !line.switches.includes('first'))],
  ['@select', (runner, state, line) => switchCommand(runner, state, line, false)],
  ['@halt', halt],
  ['@ps', (runner, state, line) => runner.deps.tell(state.executor, formatQueue(runner, state.executor, line.switches.includes('all')))],
]);

/** The object the executor means, or undefined after telling it so. */
function target(runner: SoftcodeRunner, state: CommandState, text: string): number | undefined {
  const id = runner.deps.context.matchObject(state.executor, text);
  if (id === undefined) runner.deps.tell(state.executor, NOT_HERE);
  return id;
}

/** The object the executor means and controls, or undefined after telling it why not. */
function controlled(runner: SoftcodeRunner, state: CommandState, text: string): number | undefined {
  const id = target(runner, state, text);
  if (id === undefined) return undefined;
  if (!runner.deps.context.controls(state.executor, id)) {
    runner.deps.tell(state.executor, DENIED);
    return undefined;
  }
  return id;
}

/** %c carried into what a command queues, so @switch and @wait branches still see it. */
function commandOf(state: CommandState): { command?: string } {
  return state.command === undefined ? {} : { command: state.command };
}

function nameOf(runner: SoftcodeRunner, id: number): string {
  return runner.deps.context.object(id)?.name ?? `#${id}`;
}

function pemit(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  const targets = runner.evaluate(state, line.left);
  const text = runner.evaluate(state, line.right ?? '');
  for (const word of line.switches.includes('list') ? splitList(targets) : [targets]) {
    const id = target(runner, state, word);
    if (id === undefined) continue;
    if (!runner.deps.context.output(state.executor, state.enactor, { kind: 'object', target: id, text })) runner.deps.tell(state.executor, DENIED);
  }
}

/** Where an object's speech goes, as PennMUSH's speech_loc: a room itself, an exit its source room. */
function roomOf(runner: SoftcodeRunner, id: number): number | undefined {
  const facts = runner.deps.context.facts(id, id);
  if (facts?.type === 'ROOM') return id;
  // loc() of an exit is where it leads; it speaks where it stands.
  if (facts?.type === 'EXIT') return runner.deps.context.object(id)?.location;
  return facts?.location;
}

function speak(runner: SoftcodeRunner, state: CommandState, text: string, exclude: readonly number[] = []): void {
  const room = roomOf(runner, state.executor);
  if (room === undefined) return;
  runner.deps.context.output(state.executor, state.enactor, { kind: 'room', room, text, exclude });
}

function remit(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  const room = target(runner, state, runner.evaluate(state, line.left));
  const text = runner.evaluate(state, line.right ?? '');
  if (room !== undefined && !runner.deps.context.output(state.executor, state.enactor, { kind: 'room', room, text, exclude: [] })) runner.deps.tell(state.executor, DENIED);
}

function oemit(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  const who = target(runner, state, runner.evaluate(state, line.left));
  const text = runner.evaluate(state, line.right ?? '');
  if (who === undefined) return;
  const room = roomOf(runner, who);
  if (room !== undefined) runner.deps.context.output(state.executor, state.enactor, { kind: 'room', room, text, exclude: [who] });
}

/** say/pose by an object reach its room with its name; a player's go to the commands they would type. */
function objectSpeech(runner: SoftcodeRunner, state: CommandState, verb: string, raw: string, format: (name: string, text: string) => string): void {
  const text = runner.evaluate(state, raw);
  if (runner.deps.passOn?.(state.executor, `${verb} ${text}`)) return;
  speak(runner, state, format(nameOf(runner, state.executor), text));
}

function trigger(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  const reference = runner.evaluate(state, line.left);
  const slash = reference.indexOf('/');
  if (slash === -1) {
    runner.deps.tell(state.executor, 'I need to know what attribute to trigger.');
    return;
  }
  const id = controlled(runner, state, reference.slice(0, slash));
  if (id === undefined) return;
  const read = runner.deps.context.readAttribute(state.executor, id, reference.slice(slash + 1));
  if (read.status !== 'found') {
    runner.deps.tell(state.executor, read.status === 'denied' ? DENIED : 'No such attribute.');
    return;
  }
  const args = line.right === undefined ? [] : splitTopLevel(line.right, ',').map((arg) => runner.evaluate(state, arg.trim()));
  const added = runner.deps.queue.add({ executor: id, enactor: state.executor, actions: read.text, args });
  if (added === 'queued') runner.deps.tell(state.executor, `${nameOf(runner, id)} - Triggered.`);
}

function wait(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  if (line.right === undefined) {
    runner.deps.tell(state.executor, 'Wait for what?');
    return;
  }
  const spec = runner.evaluate(state, line.left).trim();
  const base = { executor: state.executor, enactor: state.enactor, actions: line.right, args: state.args, registers: state.registers, ...commandOf(state) };
  if (/^\d+(\.\d+)?$/.test(spec)) {
    runner.deps.queue.add({ ...base, delaySeconds: Number(spec) });
    return;
  }
  const slash = spec.indexOf('/');
  const objectText = slash === -1 ? spec : spec.slice(0, slash);
  const timeout = slash === -1 ? undefined : spec.slice(slash + 1).trim();
  if (timeout !== undefined && !/^\d+(\.\d+)?$/.test(timeout)) {
    runner.deps.tell(state.executor, 'Invalid wait time.');
    return;
  }
  const semaphore = controlled(runner, state, objectText);
  if (semaphore === undefined) return;
  runner.deps.queue.add({ ...base, semaphore, ...(timeout !== undefined ? { delaySeconds: Number(timeout) } : {}) });
}

function semaphore(runner: SoftcodeRunner, state: CommandState, line: CommandLine, action: 'notify' | 'drain'): void {
  const id = controlled(runner, state, runner.evaluate(state, line.left));
  if (id === undefined) return;
  if (action === 'drain') {
    runner.deps.queue.drain(id);
    runner.deps.tell(state.executor, 'Drained.');
    return;
  }
  const count = line.right === undefined ? 1 : Number.parseInt(runner.evaluate(state, line.right), 10);
  runner.deps.queue.notify(id, line.switches.includes('all'), Number.isFinite(count) && count > 0 ? Math.min(count, 1000) : 1);
  runner.deps.tell(state.executor, 'Notified.');
}

function force(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  if (line.right === undefined) {
    runner.deps.tell(state.executor, 'Force it to do what?');
    return;
  }
  const id = controlled(runner, state, runner.evaluate(state, line.left));
  if (id === undefined) return;
  const actions = line.switches.includes('noeval') ? line.right : runner.evaluate(state, line.right);
  runner.deps.queue.add({ executor: id, enactor: state.executor, actions, args: state.args });
}

function dolist(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  if (line.right === undefined) {
    runner.deps.tell(state.executor, 'What command do you want to do?');
    return;
  }
  let listText = line.left;
  let delimiter = ' ';
  if (line.switches.includes('delimit')) {
    delimiter = listText.charAt(0) || ' ';
    listText = listText.slice(1).trim();
  }
  const items = splitList(runner.evaluate(state, listText), delimiter);
  for (const [index, item] of items.entries()) {
    const actions = line.right.replaceAll('##', item).replaceAll('#@', String(index + 1));
    if (runner.deps.queue.add({ executor: state.executor, enactor: state.enactor, actions, args: state.args, registers: state.registers, ...commandOf(state) }) !== 'queued') return;
  }
}

function switchCommand(runner: SoftcodeRunner, state: CommandState, line: CommandLine, all: boolean): void {
  const subject = runner.evaluate(state, line.left);
  const parts = splitTopLevel(line.right ?? '', ',').map((part) => part.trim());
  const queue = (actions: string): void => {
    runner.deps.queue.add({ executor: state.executor, enactor: state.enactor, actions: actions.replaceAll('#$', subject), args: state.args, registers: state.registers, ...commandOf(state) });
  };
  let matched = false;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    if (!switchMatches(subject, runner.evaluate(state, parts[i]!))) continue;
    matched = true;
    queue(parts[i + 1]!);
    if (!all) return;
  }
  if (!matched && parts.length % 2 === 1 && parts[parts.length - 1] !== '') queue(parts[parts.length - 1]!);
}

function halt(runner: SoftcodeRunner, state: CommandState, line: CommandLine): void {
  if (line.switches.includes('all')) {
    if (!runner.deps.isWizard(state.executor)) {
      runner.deps.tell(state.executor, DENIED);
      return;
    }
    runner.deps.queue.haltAll();
    runner.deps.tell(state.executor, 'All objects halted.');
    return;
  }
  if (line.left === '') {
    const owner = runner.deps.context.facts(state.executor, state.executor)?.owner ?? state.executor;
    runner.deps.queue.haltOwner(owner);
    runner.deps.tell(state.executor, 'Everything you own has been halted.');
    return;
  }
  const id = controlled(runner, state, runner.evaluate(state, line.left));
  if (id === undefined) return;
  runner.deps.queue.halt(id);
  runner.deps.tell(state.executor, `${nameOf(runner, id)} halted.`);
}
