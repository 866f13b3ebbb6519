// Password hashing with argon2id (the OWASP-recommended default), through a native binding that
// runs off the main thread so a login never stalls other players.
import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm is an ambient const enum (not importable as a value here); 2 is its Argon2id member.
const ARGON2ID = 2 as Algorithm.Argon2id;
// @node-rs/argon2's defaults for the rest: 19 MiB of memory, 2 passes, 1 lane (OWASP's minimum).
const OPTIONS = { algorithm: ARGON2ID };

/** How accounts hash and check passwords; tests substitute one that counts its calls. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, never a crash.
    return false;
  }
}

export const argon2idHasher: PasswordHasher = { hash: hashPassword, verify: verifyPassword };

// Verifying against a decoy when no account matches makes "no such name" cost as much as "wrong
// password" (one full verify), so response time does not reveal which names exist.
const decoyHashes = new WeakMap<PasswordHasher, Promise<string>>();

export async function verifyAgainstDecoy(password: string, hasher: PasswordHasher = argon2idHasher): Promise<false> {
  let decoy = decoyHashes.get(hasher);
  if (!decoy) {
    decoy = hasher.hash('decoy password that no account has');
    decoyHashes.set(hasher, decoy);
  }
  await hasher.verify(await decoy, password);
  return false;
}
