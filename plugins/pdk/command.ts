// A command as the plugin receives it, and what it answers. Read the input with
// `Command.read()`; finish with `done()`, `reply(text)` or `fail(message)`.
import { Host } from '@extism/as-pdk';
import { memoryOf } from './host-memory';
import { JSON } from './json';
import { JsonWriter } from './json-writer';
import { Pronouns } from './pronouns';

export class Actor {
  constructor(
    public id: i64,
    public name: string,
    public role: string,
    public location: i64,
    /** For %s, %o, %p and %a (the kit's `substitute`). */
    public pronouns: Pronouns = new Pronouns(),
  ) {}

  get isBuilder(): bool {
    return this.role == 'builder' || this.role == 'admin';
  }

  get isAdmin(): bool {
    return this.role == 'admin';
  }
}

export class Command {
  constructor(
    /** The registered name, e.g. `say` even when the player typed `"`. */
    public name: string,
    public invoked: string,
    public switches: string[],
    public args: JSON.Obj,
    /** Everything after the command word, trimmed. */
    public rest: string,
    public actor: Actor,
  ) {}

  /** Reads the command the host passed in (commands and unmatched input alike). */
  static read(): Command {
    const parsed = JSON.parseBytes(Host.input());
    const input = parsed.isObj ? <JSON.Obj>parsed : new JSON.Obj();
    const switchList: string[] = [];
    const switches = input.getArr('switches');
    if (switches !== null) {
      const values = switches.valueOf();
      for (let i = 0; i < values.length; i++) if (values[i].isString) switchList.push((<JSON.Str>values[i]).valueOf());
    }
    const args = input.getObj('args');
    const line = input.getString('line');
    const rest = input.getString('rest');
    return new Command(
      stringOf(input, 'command'),
      stringOf(input, 'invoked'),
      switchList,
      args === null ? new JSON.Obj() : args,
      rest !== null ? rest.valueOf() : line !== null ? line.valueOf() : '',
      readActor(input.getObj('actor')),
    );
  }

  /** A pattern capture such as `<message>`, or '' when absent. */
  arg(name: string): string {
    const value = this.args.getString(name);
    return value === null ? '' : value.valueOf();
  }

  hasArg(name: string): bool {
    return this.args.getString(name) !== null;
  }

  hasSwitch(name: string): bool {
    return this.switches.includes(name);
  }
}

/** Ends a command successfully with nothing more to show. */
export function done(): i32 {
  return writeOutput(new JsonWriter().bool('handled', true).end());
}

/** Ends a command, showing `text` to the player who typed it. */
export function reply(text: string): i32 {
  return writeOutput(new JsonWriter().bool('handled', true).str('output', text).end());
}

/** Ends a command with an error shown to the player; nothing the call emitted is applied. */
export function fail(message: string): i32 {
  return writeOutput(new JsonWriter().bool('handled', true).str('error', message).end());
}

/** For unmatched-input handlers: the line was not ours, let the next plugin try. */
export function pass(): i32 {
  return writeOutput(new JsonWriter().bool('handled', false).end());
}

/** Writes output; encoding first so non-ASCII text is sized in bytes, not UTF-16 units. */
export function writeOutput(json: string): i32 {
  Host.outputMemory(memoryOf(json));
  return 0;
}

function stringOf(object: JSON.Obj, key: string): string {
  const value = object.getString(key);
  return value === null ? '' : value.valueOf();
}

function readActor(object: JSON.Obj | null): Actor {
  if (object === null) return new Actor(0, '', 'player', 0);
  const id = object.getInteger('id');
  const location = object.getInteger('location');
  return new Actor(id === null ? 0 : id.valueOf(), stringOf(object, 'name'), stringOf(object, 'role'), location === null ? 0 : location.valueOf(), Pronouns.from(object.getObj('pronouns')));
}
