// Arithmetic and comparison: add sub mul div fdiv mod/modulo remainder floordiv abs sign max min
// round trunc floor ceil sqrt power pi inc dec lnum gt gte lt lte eq neq band bor bxor bnot shl
// shr isnum isint. Results print as PennMUSH prints numbers (numbers.ts).
import { defineFunction, type SoftcodeFunction } from '../function-registry.js';
import { booleanText, formatNumber, isInteger, isNumber, parseNumber } from '../numbers.js';
import { SOFTCODE_ERRORS } from '../softcode-errors.js';
import { readIntegers, readNumbers } from './argument-readers.js';

const MANY = Infinity;

function numeric(name: string, min: number, max: number, compute: (values: number[]) => number | string): SoftcodeFunction {
  return defineFunction(name, min, max, ({ args }) => {
    const values = readNumbers(args);
    if (typeof values === 'string') return values;
    const result = compute(values);
    return typeof result === 'string' ? result : formatNumber(result);
  });
}

function integral(name: string, min: number, max: number, compute: (values: number[]) => number | string): SoftcodeFunction {
  return defineFunction(name, min, max, ({ args }) => {
    const values = readIntegers(args);
    if (typeof values === 'string') return values;
    const result = compute(values);
    return typeof result === 'string' ? result : formatNumber(result);
  });
}

function comparison(name: string, holds: (a: number, b: number) => boolean): SoftcodeFunction {
  return defineFunction(name, 2, MANY, ({ args }) => {
    const values = readNumbers(args);
    if (typeof values === 'string') return values;
    for (let i = 1; i < values.length; i += 1) if (!holds(values[i - 1]!, values[i]!)) return '0';
    return '1';
  });
}

const at = (values: number[], index: number): number => values[index] ?? 0;

export const mathFunctions: SoftcodeFunction[] = [
  numeric('add', 2, MANY, (v) => v.reduce((sum, x) => sum + x, 0)),
  numeric('sub', 2, 2, (v) => at(v, 0) - at(v, 1)),
  numeric('mul', 2, MANY, (v) => v.reduce((product, x) => product * x, 1)),
  numeric('fdiv', 2, 2, (v) => (at(v, 1) === 0 ? SOFTCODE_ERRORS.divisionByZero : at(v, 0) / at(v, 1))),
  integral('div', 2, 2, (v) => (at(v, 1) === 0 ? SOFTCODE_ERRORS.divisionByZero : Math.trunc(at(v, 0) / at(v, 1)))),
  integral('floordiv', 2, 2, (v) => (at(v, 1) === 0 ? SOFTCODE_ERRORS.divisionByZero : Math.floor(at(v, 0) / at(v, 1)))),
  integral('mod', 2, 2, (v) => floorModulo(at(v, 0), at(v, 1))),
  integral('modulo', 2, 2, (v) => floorModulo(at(v, 0), at(v, 1))),
  integral('remainder', 2, 2, (v) => (at(v, 1) === 0 ? SOFTCODE_ERRORS.divisionByZero : at(v, 0) % at(v, 1))),
  numeric('abs', 1, 1, (v) => Math.abs(at(v, 0))),
  numeric('sign', 1, 1, (v) => Math.sign(at(v, 0))),
  numeric('max', 1, MANY, (v) => Math.max(...v)),
  numeric('min', 1, MANY, (v) => Math.min(...v)),
  defineFunction('round', 2, 3, ({ args }) => round(args)),
  defineFunction('trunc', 1, 1, ({ args }) => trunc(args[0]!)),
  numeric('floor', 1, 1, (v) => Math.floor(at(v, 0))),
  numeric('ceil', 1, 1, (v) => Math.ceil(at(v, 0))),
  numeric('sqrt', 1, 1, (v) => (at(v, 0) < 0 ? SOFTCODE_ERRORS.imaginary : Math.sqrt(at(v, 0)))),
  numeric('power', 2, 2, (v) => power(at(v, 0), at(v, 1))),
  numeric('pi', 0, 0, () => Math.PI),
  defineFunction('inc', 1, 1, ({ args }) => step(args[0]!, 1)),
  defineFunction('dec', 1, 1, ({ args }) => step(args[0]!, -1)),
  defineFunction('lnum', 1, 4, ({ args, engine }) => lnum(args, engine.limits.maxOutputLength)),
  comparison('gt', (a, b) => a > b),
  comparison('gte', (a, b) => a >= b),
  comparison('lt', (a, b) => a < b),
  comparison('lte', (a, b) => a <= b),
  comparison('eq', (a, b) => a === b),
  comparison('neq', (a, b) => a !== b),
  integral('band', 2, MANY, (v) => v.reduce((acc, x) => Number(BigInt(acc) & BigInt(x)))),
  integral('bor', 2, MANY, (v) => v.reduce((acc, x) => Number(BigInt(acc) | BigInt(x)))),
  integral('bxor', 2, MANY, (v) => v.reduce((acc, x) => Number(BigInt(acc) ^ BigInt(x)))),
  integral('bnot', 1, 1, (v) => Number(~BigInt(at(v, 0)))),
  integral('shl', 2, 2, (v) => shift(at(v, 0), at(v, 1))),
  integral('shr', 2, 2, (v) => shift(at(v, 0), -at(v, 1))),
  defineFunction('isnum', 1, 1, ({ args }) => booleanText(isNumber(args[0]!))),
  defineFunction('isint', 1, 1, ({ args }) => booleanText(isInteger(args[0]!))),
];

/** trunc(): the integer part of the number the text starts with (trunc(101Dalmations) is 101). */
function trunc(text: string): string {
  const leading = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text);
  if (!leading) return text.trim() === '' ? '0' : SOFTCODE_ERRORS.number;
  return formatNumber(Math.trunc(Number(leading[0].trim())));
}

/** The remainder with the divisor's sign (PennMUSH's mod and modulo). */
function floorModulo(a: number, b: number): number | string {
  if (b === 0) return SOFTCODE_ERRORS.divisionByZero;
  return ((a % b) + b) % b;
}

function power(base: number, exponent: number): number | string {
  if (base < 0 && !Number.isInteger(exponent)) return SOFTCODE_ERRORS.imaginary;
  const result = base ** exponent;
  return Number.isFinite(result) ? result : SOFTCODE_ERRORS.outOfRange;
}

function shift(value: number, by: number): number {
  const bits = BigInt(Math.min(Math.abs(by), 63));
  return Number(BigInt.asIntN(64, by >= 0 ? BigInt(value) << bits : BigInt(value) >> bits));
}

/** round(n, places[, pad]): half away from zero; pad keeps trailing zeros. */
function round(args: readonly string[]): string {
  const value = parseNumber(args[0]!);
  const places = parseNumber(args[1]!);
  if (value === undefined || places === undefined) return SOFTCODE_ERRORS.numbers;
  const digits = Math.max(0, Math.min(10, Math.trunc(places)));
  const factor = 10 ** digits;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  const pad = args[2] !== undefined && parseNumber(args[2]) !== undefined && parseNumber(args[2]) !== 0;
  return pad ? rounded.toFixed(digits) : formatNumber(rounded);
}

/** inc()/dec(): a whole integer moves by one; otherwise the integer ending the text does (foo1 → foo2). */
function step(text: string, by: number): string {
  const trimmed = text.trim();
  if (trimmed === '') return formatNumber(by);
  if (/^[+-]?\d+$/.test(trimmed)) return formatNumber(Number(trimmed) + by);
  const ending = /(\d+)$/.exec(text);
  if (!ending) return SOFTCODE_ERRORS.endInInteger;
  return text.slice(0, ending.index) + formatNumber(Number(ending[1]) + by);
}

/** lnum(n), lnum(start, end[, sep[, step]]): stops once the output is as long as softcode output may be. */
function lnum(args: readonly string[], maxLength: number): string {
  const single = args.length === 1;
  if (!single && (args[1]!.trim() === '' || args[0]!.trim() === '')) return SOFTCODE_ERRORS.numbers;
  if (single && args[0]!.trim() === '') return SOFTCODE_ERRORS.integer;
  const first = parseNumber(args[0]!);
  const second = single ? undefined : parseNumber(args[1]!);
  if (first === undefined || (!single && second === undefined)) return single ? SOFTCODE_ERRORS.integer : SOFTCODE_ERRORS.numbers;
  const separator = args[2] === undefined ? ' ' : args[2];
  const stepText = args[3];
  const stepValue = stepText === undefined || stepText.trim() === '' ? 1 : parseNumber(stepText);
  if (stepValue === undefined || stepValue <= 0) return SOFTCODE_ERRORS.argumentOutOfRange;
  const start = single ? 0 : first;
  const end = single ? Math.floor(first) - 1 : second!;
  const direction = end >= start ? 1 : -1;
  const parts: string[] = [];
  let length = 0;
  for (let value = start; direction > 0 ? value <= end + 1e-9 : value >= end - 1e-9; value += direction * stepValue) {
    const text = formatNumber(Math.round(value * 1e9) / 1e9);
    parts.push(text);
    length += text.length + separator.length;
    if (length > maxLength) break;
  }
  return parts.join(separator);
}
