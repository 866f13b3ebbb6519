// Numbers as softcode reads and writes them: text in, text out. PennMUSH reads an empty string as
// 0, accepts surrounding spaces, and prints floats with up to six decimals and no trailing zeros.

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const INTEGER = /^\s*[+-]?\d+\s*$/;
const FLOAT_PRECISION = 6;

/** The number the text holds, or undefined when it is not a number. */
export function parseNumber(text: string): number | undefined {
  if (text.trim() === '') return 0;
  if (!NUMBER.test(text)) return undefined;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : undefined;
}

/** The integer the text holds (no decimal point), or undefined. */
export function parseInteger(text: string): number | undefined {
  if (text.trim() === '') return 0;
  if (!INTEGER.test(text)) return undefined;
  const value = Number(text.trim());
  return Number.isSafeInteger(value) ? value : undefined;
}

export function isNumber(text: string): boolean {
  return text.trim() !== '' && parseNumber(text) !== undefined;
}

export function isInteger(text: string): boolean {
  return text.trim() !== '' && parseInteger(text) !== undefined;
}

/** PennMUSH's way of printing a number: integers whole, floats to six places, trailing zeros gone. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '#-1 NOT A NUMBER';
  if (value === Infinity) return 'inf';
  if (value === -Infinity) return '-inf';
  if (Object.is(value, -0)) return '0';
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  const fixed = value.toFixed(FLOAT_PRECISION);
  const trimmed = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Softcode's truth (tiny_booleans off): false is empty, a number equal to 0, or a negative dbref. */
export function isTrue(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (/^#-\d*/.test(trimmed)) return false;
  const value = parseNumber(trimmed);
  return value === undefined || value !== 0;
}

export function booleanText(value: boolean): string {
  return value ? '1' : '0';
}
