// Sessions on a real core without sockets, for tests of the login path: each one a connection from
// an address of the test's choosing, typing lines and reading what the server answered.
import { DEFAULT_LOGIN_LIMITS, type LoginLimits } from '../../core/auth/login-limits.js';
import type { HearthCore } from '../../core/hearth-core.js';
import type { SessionConfig } from '../../core/sessions/session-manager.js';
import type { Session } from '../../core/sessions/session.js';
import { MemoryTransport } from './memory-transport.js';

/** Session settings for a core under test: rates high enough that no test trips them by accident. */
export const TEST_SESSIONS: SessionConfig = { rate: { perSecond: 50, burst: 50 }, maxQueuedLines: 5, loginTimeoutMs: 60_000, idleTimeoutMs: 600_000, replayLimit: 50 };

/**
 * Login limits for a core whose test makes many accounts from one address (memory sessions come
 * from 127.0.0.1 unless told otherwise): the sign-up allowance raised, the rest as shipped.
 */
export const TEST_LOGIN_LIMITS: LoginLimits = { ...DEFAULT_LOGIN_LIMITS, signupsPerAddress: 100_000 };

/** What the login screen answers when a login is refused, by reason. */
export const LOGIN_ANSWERS = {
  failed: 'Either that player does not exist, or has a different password.',
  locked: /That account is locked after repeated failed logins until [^\n]+\./,
  lockedHere: /That account is locked for your address after repeated failed logins until [^\n]+\./,
  throttled: /Too many failed logins from your address; try again in \d+ seconds\./,
  resumeRefused: 'That resume token is unknown, used or expired; log in with your password.',
} as const;

/** Any answer the login screen gives to a connect, create or resume line. */
const LOGIN_OUTCOME = /Welcome, \w+\.|Either that player does not exist, or has a different password\.|That account is locked[^\n]*|Too many failed logins[^\n]*|That resume token is unknown[^\n]*|The name "[^"]+" is already taken[^\n]*/;

export interface MemorySession {
  transport: MemoryTransport;
  session: Session;
  /** Types a line and resolves with the login screen's answer to it (the text that decided it). */
  login(line: string): Promise<string>;
  /** The newest resume token handed to this connection, if any. */
  resumeToken(): string | undefined;
}

export function openMemorySession(core: HearthCore, options: { address?: string; keepsResumeToken?: boolean } = {}): MemorySession {
  const transport = new MemoryTransport(options.address ?? '127.0.0.1', options.keepsResumeToken ?? false);
  const session = core.sessions.openSession(transport);
  return {
    transport,
    session,
    async login(line) {
      session.receive(line);
      const answer = await transport.output.waitFor(LOGIN_OUTCOME);
      return LOGIN_OUTCOME.exec(answer)![0];
    },
    resumeToken: () => transport.dataFor<{ token: string }>('resume').at(-1)?.token,
  };
}
