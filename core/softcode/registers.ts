// The q-registers (%q0-%q9, %qa-%qz and named ones like %q<score>) of one evaluation. setq()
// writes them, r() and %q read them; localize(), ulocal() and letq() take a snapshot and put it
// back afterwards, which is all PennMUSH's register scoping amounts to for one evaluation.
import { SOFTCODE_ERRORS } from './softcode-errors.js';

const REGISTER_NAME = /^[A-Za-z0-9_.\-]{1,32}$/;
const SINGLE_CHARACTER_REGISTER = /^[A-Za-z0-9]$/;

export class RegisterBank {
  private values = new Map<string, string>();

  constructor(private readonly maxNamedRegisters: number, initial?: Readonly<Record<string, string>>) {
    for (const [name, value] of Object.entries(initial ?? {})) {
      if (isValidRegisterName(name)) this.values.set(name.toUpperCase(), value);
    }
  }

  /** The register's text; an unset register reads as empty. */
  get(name: string): string {
    return this.values.get(name.toUpperCase()) ?? '';
  }

  /** Sets a register; answers a #-1 string when the name is bad or the scope is full, else null. */
  set(name: string, value: string): string | null {
    if (!isValidRegisterName(name)) return SOFTCODE_ERRORS.registerName;
    const key = name.toUpperCase();
    if (!SINGLE_CHARACTER_REGISTER.test(key) && !this.values.has(key) && this.namedCount() >= this.maxNamedRegisters) {
      return SOFTCODE_ERRORS.tooManyRegisters;
    }
    this.values.set(key, value);
    return null;
  }

  /** Every set register, for a scope to restore later. */
  snapshot(): Map<string, string> {
    return new Map(this.values);
  }

  restore(snapshot: Map<string, string>): void {
    this.values = new Map(snapshot);
  }

  /** The registers set now, by upper-case name. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  private namedCount(): number {
    let count = 0;
    for (const key of this.values.keys()) if (!SINGLE_CHARACTER_REGISTER.test(key)) count += 1;
    return count;
  }
}

export function isValidRegisterName(name: string): boolean {
  return REGISTER_NAME.test(name);
}
