// The budgets one softcode evaluation runs under. They mirror PennMUSH's defaults where PennMUSH
// has one (function_invocation_limit, function_recursion_limit, call_limit, BUFFER_LEN), and add
// a step budget in place of PennMUSH's CPU-time limit, so a runaway expression stops at the same
// point on every machine and a test can say exactly where.

export interface SoftcodeLimits {
  /** Function calls allowed in one evaluation (PennMUSH function_invocation_limit). */
  readonly maxInvocations: number;
  /** Function calls nested inside one another, u() included (PennMUSH function_recursion_limit). */
  readonly maxFunctionDepth: number;
  /** Nested parses ([...], arguments, u() bodies) inside one another (PennMUSH call_limit, 100 there;
   * Hearth counts every argument parse too, so its default is higher). */
  readonly maxNesting: number;
  /** Longest result, and longest text evaluated, in UTF-16 units (PennMUSH BUFFER_LEN less its NUL). */
  readonly maxOutputLength: number;
  /** Units of work (characters read, calls, loop turns) before the evaluation is stopped. */
  readonly maxSteps: number;
  /** Named q-registers one register scope may hold besides %q0-%q9 and %qa-%qz. */
  readonly maxNamedRegisters: number;
}

export const DEFAULT_SOFTCODE_LIMITS: SoftcodeLimits = Object.freeze({
  maxInvocations: 25_000,
  maxFunctionDepth: 50,
  maxNesting: 250,
  maxOutputLength: 8_191,
  maxSteps: 500_000,
  maxNamedRegisters: 50,
});

/** The defaults with the given overrides; a non-finite or negative override keeps the default. */
export function resolveSoftcodeLimits(overrides: Partial<SoftcodeLimits> | undefined): SoftcodeLimits {
  if (!overrides) return DEFAULT_SOFTCODE_LIMITS;
  const pick = (key: keyof SoftcodeLimits): number => {
    const value = overrides[key];
    return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : DEFAULT_SOFTCODE_LIMITS[key];
  };
  return {
    maxInvocations: pick('maxInvocations'),
    maxFunctionDepth: pick('maxFunctionDepth'),
    maxNesting: pick('maxNesting'),
    maxOutputLength: pick('maxOutputLength'),
    maxSteps: pick('maxSteps'),
    maxNamedRegisters: pick('maxNamedRegisters'),
  };
}
