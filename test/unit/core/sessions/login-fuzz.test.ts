// Fuzzing the login screen: its parser with random text (control characters, Unicode, huge lines,
// whitespace of every kind), well-formed commands in random shapes, and whole conversations
// (prompted passwords, creates, resumes) against accounts that follow the real name and password
// rules. Nothing may throw, no answer grows with the input, no password is ever echoed, and the
// client's echo is never left switched off. A failure names its seed; HEARTH_FUZZ_SEED replays it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Account, Accounts } from '../../../../core/auth/accounts.js';
import { validateName, validatePassword } from '../../../../core/auth/names.js';
import { ResumeTokens } from '../../../../core/auth/resume-tokens.js';
import { LoginFailedError, NameTakenError } from '../../../../core/errors.js';
import { LoginScreen, parseLoginCommand } from '../../../../core/sessions/login-screen.js';
import { Session } from '../../../../core/sessions/session.js';
import { silentLogger } from '../../../../core/telemetry/logger.js';
import { MemoryTransport } from '../../../support/memory-transport.js';
import { type SeededRandom, fuzz } from '../../../support/seeded-random.js';

const WORD = [...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_-!@#$%^&*()=,;:/\\\'"', '\u00e9', '\u2713', '\u{1F525}', '\u0000', '\u001b', '\u007f', '\u009b', '\u200b', '\ud800'];
const SPACES = [' ', '  ', '\t', '\u00a0', '\u3000', '\n', '\r\n', '\u2028', '\u000b'];
const ANSWER_LIMIT = 200;

function word(random: SeededRandom, maxLength: number): string {
  return random.string(random.int(1, maxLength), WORD).replace(/\s/g, 'x');
}

/** Accounts following the real name and password rules, in memory and without argon2. */
class RuleFollowingAccounts {
  private readonly known = new Map<string, { account: Account; password: string }>();

  async create(name: string, password: string): Promise<Account> {
    validateName(name);
    validatePassword(password);
    if (this.known.has(name.toLowerCase())) throw new NameTakenError(name);
    const character = { id: 100 + this.known.size, name };
    const account: Account = { id: this.known.size + 1, name, role: 'player', characterId: character.id, characterName: name, characters: [character], namedCharacter: false, lastLoginAt: null };
    this.known.set(name.toLowerCase(), { account, password });
    return account;
  }

  async authenticate(name: string, password: string): Promise<Account> {
    const entry = this.known.get(name.toLowerCase());
    if (!entry || entry.password !== password) throw new LoginFailedError();
    return entry.account;
  }

  async findByName(name: string): Promise<Account | undefined> {
    return this.known.get(name.toLowerCase())?.account;
  }

  async resumeAs(accountId: number, characterId: number): Promise<Account | undefined> {
    return [...this.known.values()].find((entry) => entry.account.id === accountId && entry.account.characterId === characterId)?.account;
  }

  /** No sign-up allowance here: every address may create. */
  checkSignup(): void {}
}

/** Every password typed starts with this, and no name does, so an echo of one is unmistakable. */
const PASSWORD_MARK = 'Pw9';

function conversationLine(random: SeededRandom, tokens: string[]): string {
  const verb = random.pick(['connect', 'create', 'CONNECT', 'Create', 'resume', 'conect', '']);
  const name = random.pick(['Alice', 'alice', 'Bob', 'here', 'x', 'Name_With-Dash', word(random, 30), 'a'.repeat(random.int(1, 5000))]);
  const password = random.pick([
    `${PASSWORD_MARK}-secret`,
    `${PASSWORD_MARK}`,
    `${PASSWORD_MARK}${word(random, 20)} ${word(random, 20)}`,
    `${PASSWORD_MARK}${'p'.repeat(random.int(250, 9000))}`,
  ]);
  const roll = random.next();
  if (roll < 0.2) return random.chance(0.8) ? password : '';
  if (roll < 0.3) return `resume ${random.chance(0.5) && tokens.length > 0 ? random.pick(tokens) : word(random, 60)}`;
  if (roll < 0.4) return random.string(random.int(0, 300), [...WORD, ...SPACES]).replaceAll(PASSWORD_MARK, '');
  const parts = random.chance(0.8) ? [verb, name, password] : random.chance(0.5) ? [verb, name] : [verb];
  return parts.join(random.pick(SPACES)).trim();
}

describe('login fuzzing', () => {
  it('parses any text to a known kind, with names and tokens free of whitespace', async () => {
    await fuzz('parseLoginCommand', 2000, (random) => {
      const text = random.chance(0.2) ? random.codeUnits(random.int(0, 400)) : random.string(random.int(0, random.chance(0.05) ? 20_000 : 200), [...WORD, ...SPACES]);
      const command = parseLoginCommand(text);
      assert.ok(['connect', 'create', 'ask-password', 'resume', 'incomplete', 'malformed', 'unknown', 'empty'].includes(command.kind));
      // A refusal is one of a few fixed sentences: it never repeats what was typed.
      if (command.kind === 'malformed') assert.ok(command.reason.length < ANSWER_LIMIT);
      if (command.kind === 'connect' || command.kind === 'create' || command.kind === 'ask-password') {
        assert.ok(command.name.length > 0 && !/\s/.test(command.name));
        assert.ok(text.includes(command.name));
      }
      if (command.kind === 'connect' || command.kind === 'create') {
        assert.ok(command.password.length > 0 && command.password === command.password.trim());
        assert.ok(text.includes(command.password));
      }
      if (command.kind === 'resume') assert.ok(!/\s/.test(command.token));
    });
  });

  it('reads well-formed commands back exactly, in any case and with any spacing', async () => {
    await fuzz('login commands', 2000, (random) => {
      const verb = random.pick(['connect', 'create']);
      const typedVerb = [...verb].map((letter) => (random.chance(0.5) ? letter.toUpperCase() : letter)).join('');
      // A word opening with a quote reads as a quoted name; real names hold no quotes at all.
      const name = word(random, 25).replace(/^"/, 'n');
      const spaced = random.chance(0.3);
      const password = [word(random, 12), ...(spaced ? [word(random, 12)] : [])].join(random.pick([' ', '  ', '\t']));
      // A password with spaces (or one that opens with a quote) is typed in quotes; a quoted name is read as PennMUSH does.
      const typedPassword = spaced || password.startsWith('"') || random.chance(0.2) ? `"${password}"` : password;
      const typedName = !name.includes('"') && random.chance(0.3) ? `"${name}"` : name;
      const gap = (): string => random.string(random.int(1, 3), [' ', '\t']);
      const line = `${random.chance(0.2) ? gap() : ''}${typedVerb}${gap()}${typedName}${gap()}${typedPassword}${random.chance(0.2) ? gap() : ''}`;
      assert.deepEqual(parseLoginCommand(line), { kind: verb, name, password });
      assert.deepEqual(parseLoginCommand(`${typedVerb}${gap()}${typedName}`), { kind: 'ask-password', verb, name });
      // Typed bare, two words are refused (unless they happen to read as one quoted password).
      const readsAsQuoted = password.startsWith('"') && password.endsWith('"');
      if (spaced && !readsAsQuoted) assert.equal(parseLoginCommand(`${typedVerb}${gap()}${typedName}${gap()}${password}`).kind, 'malformed');
    });
  });

  // Found by this fuzzing: "create <name>" asked for the password twice before checking the name,
  // then echoed the whole name, kilobytes of it, in "Try create <name> again".
  it('refuses a name that can never be created before asking for its password', async () => {
    const screen = new LoginScreen(new RuleFollowingAccounts() as unknown as Accounts, new ResumeTokens(), silentLogger(), async () => {});
    for (const name of ['a'.repeat(5000), 'here', '9lives']) {
      const transport = new MemoryTransport();
      const session = new Session(1, transport, async () => {}, { rate: { perSecond: 1000, burst: 1000 }, maxQueuedLines: 100 });
      await screen.handle(session, `create ${name}`);
      assert.deepEqual([transport.prompts, transport.passwordModes], [[], []]);
      assert.match(transport.output.all, /^(A name must|"here" is reserved)/);
      assert.ok(transport.output.all.length < ANSWER_LIMIT);
    }
  });

  it('holds any conversation without throwing, echoing a password, growing its answers or leaving echo off', async () => {
    await fuzz('login conversations', 150, async (random) => {
      const accounts = new RuleFollowingAccounts();
      await accounts.create('Alice', `${PASSWORD_MARK}-secret`);
      const resumeTokens = new ResumeTokens();
      const tokens = [resumeTokens.issue({ id: 1, name: 'Alice', characterId: 100 }, 99).token];
      const entered: string[] = [];
      const screen = new LoginScreen(accounts as unknown as Accounts, resumeTokens, silentLogger(), async (_session, account) => void entered.push(account.name));
      const transport = new MemoryTransport();
      const session = new Session(1, transport, async () => {}, { rate: { perSecond: 1000, burst: 1000 }, maxQueuedLines: 100 });
      for (let lines = random.int(1, 12); lines > 0; lines -= 1) {
        const line = conversationLine(random, tokens).trim();
        const before = transport.output.all.length;
        await screen.handle(session, line);
        const answer = transport.output.all.slice(before);
        // Only a name can come back in an answer, and only as typed (so at most one line's worth).
        assert.ok(answer.length <= ANSWER_LIMIT + line.length, `an answer of ${answer.length} characters to a line of ${line.length}`);
      }
      // An empty line ends any password prompt, which must turn the client's echo back on.
      await screen.handle(session, '');
      assert.notEqual(transport.passwordModes.at(-1), true, 'echo left off');
      assert.ok(!transport.output.all.includes(PASSWORD_MARK), 'a password was echoed');
      for (const name of entered) assert.match(name, /^[A-Za-z][A-Za-z0-9_-]{1,19}$/);
    });
  });
});
