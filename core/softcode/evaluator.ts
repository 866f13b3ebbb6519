// PennMUSH's expression evaluation, one pass over the text: %-substitutions, `\` escapes,
// [...] evaluated in place, {...} kept whole (its braces stripped where PennMUSH strips them),
// and `name(` recognised as a function call only at the start of an expression or of a [...].
// Inside [...] an unknown name is `#-1 FUNCTION (NAME) NOT FOUND`; elsewhere it stays text, so
// `think x add(1,2)` prints itself. Spaces are compressed as PennMUSH does (leading ones dropped,
// runs made one), except inside braces.
import { EvaluationBudget } from './evaluation-budget.js';
import { findClosing, splitArguments } from './expression-scanner.js';
import type { FunctionRegistry, SoftcodeFunction } from './function-registry.js';
import { RegisterBank } from './registers.js';
import type { AttributeRead, SoftcodeContext } from './softcode-context.js';
import type { EvaluationFrame, IterationState, SoftcodeEngine } from './softcode-engine.js';
import { argumentCountError, functionNotFound, SOFTCODE_ERRORS } from './softcode-errors.js';
import type { SoftcodeLimits } from './softcode-limits.js';
import { substitute } from './substitutions.js';

/** How one stretch of text is parsed (PennMUSH's PE_* flags that matter here). */
interface ParseMode {
  /** `name(` at the very start is a function call. */
  readonly functionCheck: boolean;
  /** An unknown function name is an error rather than text (inside [...]). */
  readonly mandatory: boolean;
  /** {...} loses its braces. */
  readonly stripBraces: boolean;
}

const EXPRESSION: ParseMode = { functionCheck: true, mandatory: false, stripBraces: true };
const BRACKETS: ParseMode = { functionCheck: true, mandatory: true, stripBraces: true };
const FUNCTION_NAME_CHARACTER = /[A-Za-z0-9_@~.\-]/;
const LAMBDA = '#lambda';
/** Characters of text handled per step charged, beyond the step each character read costs. */
const TEXT_CHARACTERS_PER_STEP = 8;

export class Evaluation implements SoftcodeEngine {
  readonly budget: EvaluationBudget;
  readonly iterations: IterationState[] = [];
  readonly switches: string[] = [];
  frame: EvaluationFrame;
  truncated = false;

  constructor(
    readonly context: SoftcodeContext,
    readonly functions: FunctionRegistry,
    readonly limits: SoftcodeLimits,
    readonly registers: RegisterBank,
    frame: EvaluationFrame,
    private readonly command: string,
  ) {
    this.budget = new EvaluationBudget(limits);
    this.frame = frame;
  }

  /** Evaluates a whole expression (a command's argument, an attribute's code). */
  evaluateExpression(text: string): string {
    return this.parse(this.capInput(text), EXPRESSION);
  }

  evaluate(raw: string): string {
    return this.parse(raw, EXPRESSION);
  }

  capOutput(text: string): string {
    if (text.length <= this.limits.maxOutputLength) return text;
    this.truncated = true;
    return text.slice(0, this.limits.maxOutputLength);
  }

  withLocalRegisters<T>(body: () => T): T {
    const saved = this.registers.snapshot();
    try {
      return body();
    } finally {
      this.registers.restore(saved);
    }
  }

  callAttribute(reference: string, args: readonly string[], options: { localRegisters?: boolean } = {}): string {
    const code = this.attributeCode(reference);
    if ('error' in code) return code.error;
    const run = (): string => {
      const outer = this.frame;
      this.frame = { executor: code.object, enactor: outer.enactor, caller: outer.executor, args };
      try {
        return this.evaluateExpression(code.text);
      } finally {
        this.frame = outer;
      }
    };
    return options.localRegisters ? this.withLocalRegisters(run) : run();
  }

  readAttribute(reference: string): { text: string } | { error: string } | { missing: true } {
    const target = this.splitReference(reference);
    if ('error' in target) return target;
    return readResult(this.context.readAttribute(this.frame.executor, target.object, target.attribute));
  }

  private attributeCode(reference: string): { object: number; text: string } | { error: string } {
    const slash = reference.indexOf('/');
    if (slash !== -1 && reference.slice(0, slash).trim().toLowerCase() === LAMBDA) {
      return { object: this.frame.executor, text: reference.slice(slash + 1) };
    }
    const target = this.splitReference(reference);
    if ('error' in target) return target;
    const read = readResult(this.context.readAttribute(this.frame.executor, target.object, target.attribute));
    if ('error' in read) return read;
    return { object: target.object, text: 'missing' in read ? '' : read.text };
  }

  /** `obj/attr` → the object the executor means and the attribute name; a bare `attr` is on the executor. */
  private splitReference(reference: string): { object: number; attribute: string } | { error: string } {
    const slash = reference.indexOf('/');
    if (slash === -1) return { object: this.frame.executor, attribute: reference.trim() };
    const object = this.context.matchObject(this.frame.executor, reference.slice(0, slash).trim());
    if (object === undefined) return { error: SOFTCODE_ERRORS.notVisible };
    return { object, attribute: reference.slice(slash + 1).trim() };
  }

  private capInput(text: string): string {
    return text.length <= this.limits.maxOutputLength ? text : text.slice(0, this.limits.maxOutputLength);
  }

  private parse(text: string, mode: ParseMode): string {
    this.budget.enterNesting();
    try {
      return this.parseText(text, mode);
    } finally {
      this.budget.leaveNesting();
    }
  }

  private parseText(text: string, mode: ParseMode): string {
    let out = '';
    let functionCheck = mode.functionCheck;
    let lastWasSpace = false;
    let i = 0;
    while (i < text.length) {
      this.budget.spend();
      if (out.length > this.limits.maxOutputLength) {
        this.truncated = true;
        break;
      }
      const c = text[i]!;
      if (c === '(' && functionCheck && out !== '') {
        const call = this.tryFunctionCall(text, i, out, mode);
        if (call !== undefined) {
          out = call.output;
          i = call.next;
          functionCheck = false;
          lastWasSpace = false;
          continue;
        }
      }
      // Leading spaces are dropped before anything else, so ` add(1,2)` is still a call.
      if (c === ' ' && out === '') {
        i += 1;
        continue;
      }
      if (functionCheck && !FUNCTION_NAME_CHARACTER.test(c)) functionCheck = false;
      switch (c) {
        case ' ':
          // PennMUSH's space compression: no leading spaces, runs of spaces count as one.
          if (lastWasSpace) {
            i += 1;
            continue;
          }
          out += ' ';
          lastWasSpace = true;
          i += 1;
          continue;
        case '\\':
          out += text[i + 1] ?? '';
          i += 2;
          break;
        case '%': {
          const substitution = substitute(this, text, i, this.command);
          out += substitution.text;
          i += substitution.length;
          this.budget.spend(Math.floor(substitution.text.length / TEXT_CHARACTERS_PER_STEP));
          break;
        }
        case '[': {
          const close = findClosing(text, i, this.budget);
          if (close === -1) {
            out += c;
            i += 1;
            break;
          }
          out += this.parse(text.slice(i + 1, close), { ...BRACKETS, stripBraces: mode.stripBraces });
          i = close + 1;
          break;
        }
        case '{': {
          const close = findClosing(text, i, this.budget);
          if (close === -1) {
            out += c;
            i += 1;
            break;
          }
          out += mode.stripBraces ? text.slice(i + 1, close) : text.slice(i, close + 1);
          i = close + 1;
          break;
        }
        default:
          out += c;
          i += 1;
      }
      lastWasSpace = false;
    }
    return this.capOutput(out);
  }

  /**
   * A call when `name(` closes and `name` is a function (or, inside [...], any name: then the
   * answer is NOT FOUND). Undefined means the parenthesis is plain text.
   */
  private tryFunctionCall(text: string, open: number, name: string, mode: ParseMode): { output: string; next: number } | undefined {
    const close = findClosing(text, open, this.budget);
    if (close === -1) return undefined;
    const fn = this.functions.get(name);
    if (fn === undefined) {
      if (!mode.mandatory) return undefined;
      return { output: functionNotFound(name), next: close + 1 };
    }
    return { output: this.invoke(fn, text.slice(open + 1, close)), next: close + 1 };
  }

  private invoke(fn: SoftcodeFunction, inner: string): string {
    const rawArgs = splitArguments(inner, this.budget);
    this.budget.enterFunction();
    try {
      let args = fn.lazy ? rawArgs : rawArgs.map((raw) => this.evaluate(raw));
      // PennMUSH reads `f()` as one empty argument, and as none for a function that takes none.
      if (fn.minArgs === 0 && args.length === 1 && args[0]!.trim() === '') args = [];
      if (args.length < fn.minArgs || args.length > fn.maxArgs) {
        return argumentCountError(fn.name, fn.minArgs, fn.maxArgs, args.length);
      }
      const result = fn.run({ name: fn.name, args, engine: this });
      // Long strings cost time in every function that reads them: charge their length too.
      this.budget.spend(Math.ceil((result.length + args.reduce((sum, arg) => sum + arg.length, 0)) / TEXT_CHARACTERS_PER_STEP));
      return this.capOutput(result);
    } finally {
      this.budget.leaveFunction();
    }
  }
}

function readResult(read: AttributeRead): { text: string } | { error: string } | { missing: true } {
  switch (read.status) {
    case 'found':
      return { text: read.text };
    case 'missing':
      return { missing: true };
    case 'denied':
      return { error: SOFTCODE_ERRORS.attributePermission };
  }
}

