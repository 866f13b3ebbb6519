// The #-1 strings softcode answers with, worded exactly as PennMUSH prints them, so code written
// for PennMUSH that tests for them (`strmatch(%0,#-1*)`) keeps working. These are values returned
// to the code, never thrown: softcode has no exceptions.

export const SOFTCODE_ERRORS = Object.freeze({
  integer: '#-1 ARGUMENT MUST BE INTEGER',
  integers: '#-1 ARGUMENTS MUST BE INTEGERS',
  positiveInteger: '#-1 ARGUMENT MUST BE POSITIVE INTEGER',
  positiveIntegers: '#-1 ARGUMENTS MUST BE POSITIVE INTEGERS',
  number: '#-1 ARGUMENT MUST BE NUMBER',
  numbers: '#-1 ARGUMENTS MUST BE NUMBERS',
  divisionByZero: '#-1 DIVISION BY ZERO',
  imaginary: '#-1 IMAGINARY NUMBER',
  outOfRange: '#-1 OUT OF RANGE',
  argumentOutOfRange: '#-1 ARGUMENT OUT OF RANGE',
  endInInteger: '#-1 ARGUMENT MUST END IN AN INTEGER',
  separator: '#-1 SEPARATOR MUST BE ONE CHARACTER',
  registerName: '#-1 REGISTER NAME INVALID',
  tooManyRegisters: '#-1 TOO MANY REGISTERS',
  notVisible: '#-1 NO SUCH OBJECT VISIBLE',
  attributePermission: '#-1 NO PERMISSION TO GET ATTRIBUTE',
  permission: '#-1 PERMISSION DENIED',
  invalidArgument: '#-1 INVALID ARGUMENT',
  invocationLimit: '#-1 FUNCTION INVOCATION LIMIT EXCEEDED',
  recursionLimit: '#-1 FUNCTION RECURSION LIMIT EXCEEDED',
  callLimit: '#-1 CALL LIMIT EXCEEDED',
  // PennMUSH stops a queue entry over its CPU time and tells the enactor "CPU usage exceeded.";
  // Hearth's step budget answers in the same words, as a #-1 string.
  cpuLimit: '#-1 CPU USAGE EXCEEDED',
  internal: '#-1 INTERNAL ERROR',
});

/** `#-1 FUNCTION (FOO) NOT FOUND`: a name followed by `(` inside [...] that is no function. */
export function functionNotFound(name: string): string {
  return `#-1 FUNCTION (${name.toUpperCase()}) NOT FOUND`;
}

/**
 * PennMUSH's wording for a wrong argument count: `EXPECTS 2`, `EXPECTS 1 OR 2`, `EXPECTS AT LEAST
 * 2` or `EXPECTS BETWEEN 1 AND 4`, then `ARGUMENTS BUT GOT n` (plural even for one).
 */
export function argumentCountError(name: string, minArgs: number, maxArgs: number, got: number): string {
  let expected: string;
  if (minArgs === maxArgs) expected = `${minArgs}`;
  else if (minArgs + 1 === maxArgs) expected = `${minArgs} OR ${maxArgs}`;
  else if (!Number.isFinite(maxArgs)) expected = `AT LEAST ${minArgs}`;
  else expected = `BETWEEN ${minArgs} AND ${maxArgs}`;
  return `#-1 FUNCTION (${name.toUpperCase()}) EXPECTS ${expected} ARGUMENTS BUT GOT ${got}`;
}

/** Whether a result is an error string: PennMUSH code tests for a leading `#-`. */
export function isSoftcodeError(text: string): boolean {
  return text.startsWith('#-');
}
