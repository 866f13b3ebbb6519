// Builds JSON text for host calls and outputs: `new JsonWriter().str('text', s).int('id', 5).end()`.

/** A JSON string literal for `value`, escaped. Linear: unescaped runs are copied as slices. */
export function jsonQuote(value: string): string {
  let parts: string[] | null = null;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x20 && code != 0x22 && code != 0x5c) continue;
    if (parts === null) parts = [];
    if (i > start) parts!.push(value.substring(start, i));
    parts!.push(escapeOf(code));
    start = i + 1;
  }
  if (parts === null) return '"' + value + '"';
  if (start < value.length) parts!.push(value.substring(start));
  return '"' + parts!.join('') + '"';
}

function escapeOf(code: i32): string {
  if (code == 0x22) return '\\"';
  if (code == 0x5c) return '\\\\';
  if (code == 0x0a) return '\\n';
  if (code == 0x0d) return '\\r';
  if (code == 0x09) return '\\t';
  return '\\u' + code.toString(16).padStart(4, '0');
}

export class JsonWriter {
  private parts: string[] = [];

  str(key: string, value: string): JsonWriter {
    this.parts.push(jsonQuote(key) + ':' + jsonQuote(value));
    return this;
  }

  int(key: string, value: i64): JsonWriter {
    this.parts.push(jsonQuote(key) + ':' + value.toString());
    return this;
  }

  bool(key: string, value: bool): JsonWriter {
    this.parts.push(jsonQuote(key) + ':' + (value ? 'true' : 'false'));
    return this;
  }

  /** Adds already-encoded JSON (an object or array built by another writer). */
  raw(key: string, json: string): JsonWriter {
    this.parts.push(jsonQuote(key) + ':' + json);
    return this;
  }

  strs(key: string, values: string[]): JsonWriter {
    const items: string[] = [];
    for (let i = 0; i < values.length; i++) items.push(jsonQuote(values[i]));
    this.parts.push(jsonQuote(key) + ':[' + items.join(',') + ']');
    return this;
  }

  /** A JSON null, e.g. to clear a column or attribute. */
  nil(key: string): JsonWriter {
    this.parts.push(jsonQuote(key) + ':null');
    return this;
  }

  end(): string {
    return '{' + this.parts.join(',') + '}';
  }
}
