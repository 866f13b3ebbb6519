// Rules for player names and passwords. Names are plain ASCII so that no two players can look
// alike on screen (Unicode confusables would allow impersonation).
import { NameInvalidError, PasswordInvalidError } from '../errors.js';

export const MIN_NAME_LENGTH = 2;
export const MAX_NAME_LENGTH = 20;
export const MIN_PASSWORD_LENGTH = 6;
export const MAX_PASSWORD_LENGTH = 256;

const NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

// Words commands give meaning to, and names that would let someone pass for staff.
const RESERVED_NAMES = new Set([
  'all',
  'admin',
  'administrator',
  'connect',
  'create',
  'everyone',
  'god',
  'guest',
  'hearth',
  'here',
  'home',
  'me',
  'moderator',
  'nobody',
  'quit',
  'root',
  'someone',
  'staff',
  'system',
  'who',
  'wizard',
]);

export function validateName(name: string, options: { allowReserved?: boolean } = {}): string {
  if (name.length < MIN_NAME_LENGTH || name.length > MAX_NAME_LENGTH) {
    throw new NameInvalidError(`A name must be ${MIN_NAME_LENGTH} to ${MAX_NAME_LENGTH} characters long.`);
  }
  if (!NAME_PATTERN.test(name)) {
    throw new NameInvalidError('A name must start with a letter and hold only letters, digits, "_" and "-".');
  }
  if (!options.allowReserved && RESERVED_NAMES.has(name.toLowerCase())) {
    throw new NameInvalidError(`"${name}" is reserved; choose another name.`);
  }
  return name;
}

export function validatePassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new PasswordInvalidError(`A password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    throw new PasswordInvalidError(`A password may be at most ${MAX_PASSWORD_LENGTH} characters long.`);
  }
  if (/[\u0000-\u001f\u007f]/.test(password)) {
    throw new PasswordInvalidError('A password may not contain control characters.');
  }
  return password;
}
