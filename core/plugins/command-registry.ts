// Which plugin answers which command. Lookup is by exact name, then by alias, both ignoring
// case; there is deliberately no prefix matching, so installing a plugin never changes what an
// abbreviation a player already types means. One-character names such as `"`, `:` or `+` are
// prefixes: `"hello` runs `"` with `hello`, unless the whole word is itself a command (`+bbread`
// is not `+` with `bbread`). `@channel/join` runs `@channel` with switch `join`.
// When two plugins claim one word, the higher precedence (lower priority number) wins, and the
// registry records a warning naming both, except that a bundled plugin's reserved commands (the
// admin's @plugin, @shutdown, ...) are never taken by another plugin, whatever its priority.
import { CommandUsageError, HearthError } from '../errors.js';
import { type CompiledPattern, compilePattern } from './command-pattern.js';
import type { CommandInfo } from './host-services.js';
import type { CommandSpec } from './manifest.js';

export interface RegisteredCommand extends CommandSpec {
  plugin: string;
  priority: number;
  compiled?: CompiledPattern;
}

export interface CommandMatch {
  command: RegisteredCommand;
  /** The word the player typed (`"`, `l`, `@desc`). */
  invokedAs: string;
  switches: string[];
  /** Everything after the command word (or prefix character), trimmed. */
  rest: string;
}

export interface RegistryPlugin {
  name: string;
  priority: number;
  commands: CommandSpec[];
}

/** A word one plugin answers that another plugin also claimed. */
export interface Takeover {
  word: string;
  winner: string;
  loser: string;
}

interface Claim {
  command: RegisteredCommand;
  order: number;
}

export class CommandRegistry {
  readonly warnings: string[] = [];
  readonly takeovers: Takeover[] = [];
  private readonly byName = new Map<string, Claim>();
  private readonly byAlias = new Map<string, Claim>();
  private readonly commands: RegisteredCommand[] = [];

  /** `plugins` in load order; earlier wins a tie of equal priority. Only `bundled` plugins may reserve words. */
  constructor(plugins: RegistryPlugin[], bundled: ReadonlySet<string> = new Set()) {
    plugins.forEach((plugin, order) => {
      for (const spec of plugin.commands) {
        const command: RegisteredCommand = {
          ...spec,
          reserved: spec.reserved && bundled.has(plugin.name),
          plugin: plugin.name,
          priority: plugin.priority,
          compiled: spec.pattern ? compilePattern(spec.pattern) : undefined,
        };
        this.commands.push(command);
        this.claim(this.byName, spec.name, { command, order });
        for (const alias of spec.aliases) this.claim(this.byAlias, alias, { command, order });
      }
    });
  }

  /** The command a line invokes, or null when no command takes it. */
  match(line: string): CommandMatch | null {
    const text = line.trim();
    if (text.length === 0) return null;
    const word = /^\S+/.exec(text)![0];
    const [base = '', ...switches] = word.split('/');
    // A whole registered word (`+bbread`) wins over the prefix it starts with (`+`).
    const command = this.lookup(base.toLowerCase());
    const first = text[0]!;
    if (!(command && base.length > 1) && isPrefixCharacter(first)) {
      const prefixed = this.lookup(first);
      if (prefixed) return { command: prefixed, invokedAs: first, switches: [], rest: text.slice(1).trim() };
    }
    if (!command) return null;
    return {
      command,
      invokedAs: base,
      switches: switches.map((entry) => entry.toLowerCase()).filter((entry) => entry.length > 0),
      rest: text.slice(word.length).trim(),
    };
  }

  /** A command by name or alias, for help. */
  find(word: string): RegisteredCommand | undefined {
    return this.lookup(word.toLowerCase());
  }

  /** Every command that won its name, sorted by name. */
  list(): RegisteredCommand[] {
    return this.commands
      .filter((command) => this.byName.get(command.name)?.command === command)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  private lookup(word: string): RegisteredCommand | undefined {
    return (this.byName.get(word) ?? this.byAlias.get(word))?.command;
  }

  private claim(table: Map<string, Claim>, word: string, claim: Claim): void {
    const existing = table.get(word);
    if (!existing) {
      table.set(word, claim);
      return;
    }
    const newWins = existing.command.reserved ? false : claim.command.reserved || claim.command.priority < existing.command.priority;
    const [winner, loser] = newWins ? [claim.command, existing.command] : [existing.command, claim.command];
    if (winner.plugin !== loser.plugin) {
      this.takeovers.push({ word, winner: winner.plugin, loser: loser.plugin });
      this.warnings.push(
        winner.reserved
          ? `"${word}" is reserved by plugin "${winner.plugin}"; plugin "${loser.plugin}" (priority ${loser.priority}) cannot take it.`
          : `"${word}" is registered by plugin "${winner.plugin}" (priority ${winner.priority}) and plugin "${loser.plugin}" (priority ${loser.priority}); "${winner.plugin}" answers it.`,
      );
    }
    if (newWins) table.set(word, claim);
  }
}

/** Every command that won its name, as help and admin plugins see it. */
export function describeCommands(registry: CommandRegistry): CommandInfo[] {
  return registry.list().map((command) => ({
    name: command.name,
    aliases: command.aliases,
    plugin: command.plugin,
    description: command.description,
    help: command.help ?? null,
    usage: command.pattern ?? null,
    switches: command.switches,
    role: command.role,
  }));
}

/** Checks switches and pattern; returns the arguments or throws a usage error for the player. */
export function parseArguments(match: CommandMatch): Record<string, string> {
  const { command, switches } = match;
  const unknown = switches.find((entry) => !command.switches.includes(entry));
  if (unknown !== undefined) {
    const known = command.switches.length > 0 ? ` It knows: ${command.switches.map((entry) => `/${entry}`).join(', ')}.` : ' It takes no switches.';
    throw new HearthError('E_COMMAND_USAGE', `${command.name} has no /${unknown.slice(0, 40)} switch.${known}`);
  }
  if (!command.compiled) return {};
  const args = command.compiled.match(match.rest);
  if (!args) throw new CommandUsageError(command.compiled.usage);
  return args;
}

function isPrefixCharacter(char: string): boolean {
  return !/[\sA-Za-z0-9@]/.test(char);
}
