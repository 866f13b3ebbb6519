// JSON for plugins: a reader over the UTF-8 bytes the host sends, and the values it makes. The API
// is the one the kit's plugins use (`JSON.parse`, `JSON.Obj` with getString/getInteger/getBool/
// getObj/getArr/getNum and keys, `JSON.Arr`, `JSON.Str` with valueOf). Strings are cut from the
// bytes whole (escapes decoded only where there are any), with no string built a character at a
// time: reading its input was most of what a command cost a plugin.

export namespace JSON {
  export class Value {
    get isObj(): bool {
      return this instanceof Obj;
    }
    get isArr(): bool {
      return this instanceof Arr;
    }
    get isString(): bool {
      return this instanceof Str;
    }
    get isInteger(): bool {
      return this instanceof Integer;
    }
    get isNum(): bool {
      return this instanceof Num;
    }
    get isBool(): bool {
      return this instanceof Bool;
    }
    get isNull(): bool {
      return this instanceof Null;
    }
  }

  export class Str extends Value {
    constructor(private value: string) {
      super();
    }
    valueOf(): string {
      return this.value;
    }
  }

  export class Integer extends Value {
    constructor(private value: i64) {
      super();
    }
    valueOf(): i64 {
      return this.value;
    }
  }

  export class Num extends Value {
    constructor(private value: f64) {
      super();
    }
    valueOf(): f64 {
      return this.value;
    }
  }

  export class Bool extends Value {
    constructor(private value: bool) {
      super();
    }
    valueOf(): bool {
      return this.value;
    }
  }

  export class Null extends Value {}

  export class Arr extends Value {
    items: Value[] = [];
    valueOf(): Value[] {
      return this.items;
    }
  }

  export class Obj extends Value {
    keys: string[] = [];
    values: Value[] = [];

    /** The value under `key` (the last one, if it is given twice), or null. */
    get(key: string): Value | null {
      for (let i = this.keys.length - 1; i >= 0; i--) if (unchecked(this.keys[i]) == key) return unchecked(this.values[i]);
      return null;
    }

    set(key: string, value: Value): void {
      this.keys.push(key);
      this.values.push(value);
    }

    getString(key: string): Str | null {
      const value = this.get(key);
      return value !== null && value.isString ? <Str>value : null;
    }

    getInteger(key: string): Integer | null {
      const value = this.get(key);
      return value !== null && value.isInteger ? <Integer>value : null;
    }

    /** A number that has a fraction or an exponent (whole numbers are integers). */
    getNum(key: string): Num | null {
      const value = this.get(key);
      return value !== null && value.isNum ? <Num>value : null;
    }

    getBool(key: string): Bool | null {
      const value = this.get(key);
      return value !== null && value.isBool ? <Bool>value : null;
    }

    getObj(key: string): Obj | null {
      const value = this.get(key);
      return value !== null && value.isObj ? <Obj>value : null;
    }

    getArr(key: string): Arr | null {
      const value = this.get(key);
      return value !== null && value.isArr ? <Arr>value : null;
    }
  }

  /** Parses JSON text; malformed input gives a Null (and whatever came before it is dropped). */
  export function parse(text: string): Value {
    return parseBytes(Uint8Array.wrap(String.UTF8.encode(text)));
  }

  export function parseBytes(bytes: Uint8Array): Value {
    const reader = new Reader(bytes);
    const value = reader.value(0);
    return reader.failed ? new Null() : value;
  }

  /** Deeper than this is refused: the host never sends it, and recursion must stay bounded. */
  const MAX_DEPTH = 64;

  class Reader {
    at: i32 = 0;
    failed: bool = false;

    constructor(private bytes: Uint8Array) {}

    value(depth: i32): Value {
      this.skipSpace();
      if (this.at >= this.bytes.length || depth > MAX_DEPTH) return this.fail();
      const byte = unchecked(this.bytes[this.at]);
      if (byte == 0x7b) return this.object(depth);
      if (byte == 0x5b) return this.array(depth);
      if (byte == 0x22) return new Str(this.string());
      if (byte == 0x74) return this.word('true', new Bool(true));
      if (byte == 0x66) return this.word('false', new Bool(false));
      if (byte == 0x6e) return this.word('null', new Null());
      return this.number();
    }

    private object(depth: i32): Value {
      const object = new Obj();
      this.at++;
      this.skipSpace();
      if (this.peek() == 0x7d) {
        this.at++;
        return object;
      }
      while (!this.failed) {
        this.skipSpace();
        if (this.peek() != 0x22) return this.fail();
        const key = this.string();
        this.skipSpace();
        if (this.peek() != 0x3a) return this.fail();
        this.at++;
        object.set(key, this.value(depth + 1));
        this.skipSpace();
        const next = this.peek();
        this.at++;
        if (next == 0x7d) return object;
        if (next != 0x2c) return this.fail();
      }
      return object;
    }

    private array(depth: i32): Value {
      const array = new Arr();
      this.at++;
      this.skipSpace();
      if (this.peek() == 0x5d) {
        this.at++;
        return array;
      }
      while (!this.failed) {
        array.items.push(this.value(depth + 1));
        this.skipSpace();
        const next = this.peek();
        this.at++;
        if (next == 0x5d) return array;
        if (next != 0x2c) return this.fail();
      }
      return array;
    }

    /** A string starting at the opening quote; leaves the reader after the closing one. */
    private string(): string {
      const bytes = this.bytes;
      const start = ++this.at;
      let escaped = false;
      while (this.at < bytes.length) {
        const byte = unchecked(bytes[this.at]);
        if (byte == 0x22) break;
        if (byte == 0x5c) {
          escaped = true;
          this.at++;
        }
        this.at++;
      }
      if (this.at >= bytes.length) {
        this.fail();
        return '';
      }
      const end = this.at++;
      if (!escaped) return String.UTF8.decodeUnsafe(bytes.dataStart + <usize>start, <usize>(end - start));
      return this.unescape(start, end);
    }

    private unescape(start: i32, end: i32): string {
      const bytes = this.bytes;
      const out = new Uint8Array(end - start);
      let length = 0;
      let i = start;
      while (i < end) {
        const byte = unchecked(bytes[i]);
        if (byte != 0x5c) {
          unchecked((out[length++] = byte));
          i++;
          continue;
        }
        const kind = i + 1 < end ? unchecked(bytes[i + 1]) : 0;
        i += 2;
        if (kind == 0x75) {
          let code = this.hex(i);
          i += 4;
          // A surrogate pair spells one code point in two escapes.
          if (code >= 0xd800 && code < 0xdc00 && i + 6 <= end && unchecked(bytes[i]) == 0x5c && unchecked(bytes[i + 1]) == 0x75) {
            const low = this.hex(i + 2);
            if (low >= 0xdc00 && low < 0xe000) {
              code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
              i += 6;
            }
          }
          length = writeUtf8(out, length, code);
        } else {
          unchecked((out[length++] = escapeByte(kind)));
        }
      }
      return String.UTF8.decodeUnsafe(out.dataStart, <usize>length);
    }

    private hex(at: i32): i32 {
      let value = 0;
      for (let i = 0; i < 4; i++) {
        const byte = at + i < this.bytes.length ? <i32>unchecked(this.bytes[at + i]) : 0;
        const digit = byte >= 0x30 && byte <= 0x39 ? byte - 0x30 : (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66 ? (byte | 0x20) - 0x57 : -1;
        if (digit < 0) {
          this.fail();
          return 0xfffd;
        }
        value = (value << 4) | digit;
      }
      return value;
    }

    private number(): Value {
      const bytes = this.bytes;
      const start = this.at;
      let negative = false;
      if (this.peek() == 0x2d) {
        negative = true;
        this.at++;
      }
      let whole: i64 = 0;
      let digits = 0;
      while (this.at < bytes.length) {
        const byte = unchecked(bytes[this.at]);
        if (byte < 0x30 || byte > 0x39) break;
        whole = whole * 10 + <i64>(byte - 0x30);
        digits++;
        this.at++;
      }
      if (digits == 0) return this.fail();
      const next = this.peek();
      if (next != 0x2e && next != 0x65 && next != 0x45 && digits < 19) return new Integer(negative ? -whole : whole);
      while (this.at < bytes.length) {
        const byte = unchecked(bytes[this.at]);
        if ((byte < 0x30 || byte > 0x39) && byte != 0x2e && byte != 0x65 && byte != 0x45 && byte != 0x2b && byte != 0x2d) break;
        this.at++;
      }
      return new Num(parseFloat(String.UTF8.decodeUnsafe(bytes.dataStart + <usize>start, <usize>(this.at - start))));
    }

    private word(word: string, value: Value): Value {
      for (let i = 0; i < word.length; i++) {
        if (this.at + i >= this.bytes.length || <i32>unchecked(this.bytes[this.at + i]) != word.charCodeAt(i)) return this.fail();
      }
      this.at += word.length;
      return value;
    }

    private peek(): i32 {
      return this.at < this.bytes.length ? <i32>unchecked(this.bytes[this.at]) : -1;
    }

    private skipSpace(): void {
      const bytes = this.bytes;
      while (this.at < bytes.length) {
        const byte = unchecked(bytes[this.at]);
        if (byte != 0x20 && byte != 0x0a && byte != 0x0d && byte != 0x09) return;
        this.at++;
      }
    }

    private fail(): Value {
      this.failed = true;
      this.at = this.bytes.length;
      return new Null();
    }
  }

  function escapeByte(kind: i32): u8 {
    if (kind == 0x6e) return 0x0a;
    if (kind == 0x74) return 0x09;
    if (kind == 0x72) return 0x0d;
    if (kind == 0x62) return 0x08;
    if (kind == 0x66) return 0x0c;
    return <u8>kind; // \" \\ \/
  }

  /** Appends `code` as UTF-8 (an escape never takes more bytes than it encodes to). */
  function writeUtf8(out: Uint8Array, at: i32, code: i32): i32 {
    if (code < 0x80) {
      unchecked((out[at] = <u8>code));
      return at + 1;
    }
    if (code < 0x800) {
      unchecked((out[at] = <u8>(0xc0 | (code >> 6))));
      unchecked((out[at + 1] = <u8>(0x80 | (code & 0x3f))));
      return at + 2;
    }
    if (code < 0x10000) {
      unchecked((out[at] = <u8>(0xe0 | (code >> 12))));
      unchecked((out[at + 1] = <u8>(0x80 | ((code >> 6) & 0x3f))));
      unchecked((out[at + 2] = <u8>(0x80 | (code & 0x3f))));
      return at + 3;
    }
    unchecked((out[at] = <u8>(0xf0 | (code >> 18))));
    unchecked((out[at + 1] = <u8>(0x80 | ((code >> 12) & 0x3f))));
    unchecked((out[at + 2] = <u8>(0x80 | ((code >> 6) & 0x3f))));
    unchecked((out[at + 3] = <u8>(0x80 | (code & 0x3f))));
    return at + 4;
  }
}
