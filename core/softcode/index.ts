// Hearth's softcode: PennMUSH-dialect expression evaluation as pure logic over SoftcodeContext,
// which the object model implements. evaluateSoftcode is the entry point; docs/softcode.md
// lists what is supported.
export { evaluateSoftcode, type EvaluateOptions, type EvaluationResult } from './evaluate-softcode.js';
export type { SoftcodeLimitKind } from './evaluation-budget.js';
export { createStandardFunctions, standardFunctions } from './standard-functions.js';
export { defineFunction, FunctionRegistry, type FunctionCall, type SoftcodeFunction } from './function-registry.js';
export { isWorldContext } from './softcode-context.js';
export type { AttributeRead, SoftcodeContext, SoftcodeObject, SoftcodeObjectFacts, SoftcodeOutput, SoftcodePronouns, SoftcodeWorldContext } from './softcode-context.js';
export type { EvaluationFrame, SoftcodeEngine } from './softcode-engine.js';
export { argumentCountError, functionNotFound, isSoftcodeError, SOFTCODE_ERRORS } from './softcode-errors.js';
export { DEFAULT_SOFTCODE_LIMITS, resolveSoftcodeLimits, type SoftcodeLimits } from './softcode-limits.js';
