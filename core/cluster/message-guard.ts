// Every message that arrives on a cluster subject passes here before anything reads it: a size
// cap first (so nobody makes a process parse megabytes), then JSON, then the strict schema. A
// message that fails is refused (null) and logged through the rate-limited refusal log; it never
// throws, so a forged message cannot take a process down.
import type { ZodType } from 'zod';
import type { RefusalLog } from './refusal-log.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeMessage<T>(schema: ZodType<T>, bytes: Uint8Array, maxBytes: number, subject: string, refusals: RefusalLog): T | null {
  const refuse = (reason: string): null => {
    refusals.refused(subject, reason);
    return null;
  };
  if (bytes.byteLength > maxBytes) return refuse(`${bytes.byteLength} bytes, over the ${maxBytes}-byte cap`);
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(bytes));
  } catch {
    return refuse('not UTF-8 JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) return refuse(parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '));
  return parsed.data;
}

const encoder = new TextEncoder();

export function encodeMessage(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}
