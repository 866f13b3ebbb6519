// The admin HTTP API for accounts, behind the same bearer token as the plugin API: the way out of
// a lockout, a lost password or a missed bootstrap admin while the server runs (`hearth account`
// goes through it, since locks per address, roles and resume tokens live in the server's memory).
// Passwords travel only in request bodies, which are never logged, and are never answered back.
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AccountAdmin } from '../../core/admin/account-admin.js';
import { ROLES, type Accounts, type Role } from '../../core/auth/accounts.js';
import { AccountUnknownError, HearthError } from '../../core/errors.js';
import { requireAdminToken } from './admin-token-check.js';

export interface AccountApiOptions {
  accounts: Accounts;
  admin: AccountAdmin;
  token: string;
}

/** Who an admin API change is told to the player as coming from. */
const BY_API = 'an admin (hearth account)';

export const accountApi: FastifyPluginAsync<AccountApiOptions> = async (api, { accounts, admin, token }) => {
  api.addHook('onRequest', requireAdminToken(token));
  api.post('/api/accounts/:name/unlock', async (request, reply) => {
    const name = nameParameter(request.params);
    const account = await accounts.unlock(name);
    if (!account) return refuse(reply, new AccountUnknownError(name));
    return { unlocked: account.name };
  });
  api.get('/api/accounts', async () => ({ accounts: await admin.list() }));
  api.post('/api/accounts', async (request, reply) => {
    const body = bodyOf(request.body);
    const role = roleOf(body['role'] ?? 'player');
    if (typeof body['name'] !== 'string' || typeof body['password'] !== 'string' || role === null) {
      return refuse(reply, new HearthError('E_API', 'Send {"name": string, "password": string, "role": "player" | "builder" | "admin"}.'));
    }
    return run(reply, async () => {
      const account = await admin.create(body['name'] as string, body['password'] as string, role, BY_API);
      return { created: { name: account.name, role: account.role } };
    });
  });
  api.post('/api/accounts/:name/password', async (request, reply) => {
    const name = nameParameter(request.params);
    const password = bodyOf(request.body)['password'];
    if (typeof password !== 'string') return refuse(reply, new HearthError('E_API', 'Send {"password": string}.'));
    return run(reply, async () => {
      const account = await admin.resetPassword(name, password, BY_API);
      if (!account) throw new AccountUnknownError(name);
      return { name: account.name };
    });
  });
  api.post('/api/accounts/:name/role', async (request, reply) => {
    const name = nameParameter(request.params);
    const role = roleOf(bodyOf(request.body)['role']);
    if (role === null) return refuse(reply, new HearthError('E_API', `Send {"role": ${ROLES.map((entry) => `"${entry}"`).join(' | ')}}.`));
    return run(reply, async () => {
      const account = await admin.setRole(name, role, BY_API);
      if (!account) throw new AccountUnknownError(name);
      return { name: account.name, role };
    });
  });
};

function nameParameter(params: unknown): string {
  return String((params as { name?: unknown }).name ?? '');
}

function bodyOf(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

function roleOf(value: unknown): Role | null {
  return (ROLES as readonly unknown[]).includes(value) ? (value as Role) : null;
}

/** Hearth's refusals (a weak password, a taken name) answer with their code; anything else is the server's fault. */
async function run<T>(reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HearthError) return refuse(reply, error);
    throw error;
  }
}

function refuse(reply: FastifyReply, error: HearthError): FastifyReply {
  return reply.code(error.code === 'E_ACCOUNT_UNKNOWN' ? 404 : 400).send({ error: { code: error.code, message: error.message } });
}
