// What a host function answered: `ok` with data, or an error code and message to act on.
import { Memory } from '@extism/as-pdk';
import { length } from '@extism/as-pdk/lib/env';
import { JSON } from './json';
import { memoryOf } from './host-memory';
import { E_HOST_REPLY, E_UNKNOWN } from './generated/error-codes';

export class HostReply {
  constructor(
    public ok: bool,
    public data: JSON.Obj,
    public errorCode: string,
    public errorMessage: string,
  ) {}

  /** A string field of the answer, or `fallback`. */
  str(key: string, fallback: string = ''): string {
    const value = this.data.getString(key);
    return value === null ? fallback : value.valueOf();
  }

  /** An integer field of the answer, or `fallback`. */
  int(key: string, fallback: i64 = 0): i64 {
    const value = this.data.getInteger(key);
    return value === null ? fallback : value.valueOf();
  }

  bool(key: string): bool {
    const value = this.data.getBool(key);
    return value !== null && value.valueOf();
  }

  obj(key: string): JSON.Obj | null {
    return this.data.getObj(key);
  }

  /** The objects in an array field (non-objects skipped); empty when absent. */
  objects(key: string): JSON.Obj[] {
    return objectsIn(this.data.getArr(key));
  }
}

/** The objects in a JSON array (non-objects skipped); empty for null. */
export function objectsIn(array: JSON.Arr | null): JSON.Obj[] {
  const out: JSON.Obj[] = [];
  if (array === null) return out;
  const values = array.valueOf();
  for (let i = 0; i < values.length; i++) if (values[i].isObj) out.push(<JSON.Obj>values[i]);
  return out;
}

/** The strings in a JSON array (non-strings skipped); empty for null. */
export function stringsIn(array: JSON.Arr | null): string[] {
  const out: string[] = [];
  if (array === null) return out;
  const values = array.valueOf();
  for (let i = 0; i < values.length; i++) if (values[i].isString) out.push((<JSON.Str>values[i]).valueOf());
  return out;
}

/** A string field of an object, or `fallback`. */
export function strOf(object: JSON.Obj, key: string, fallback: string = ''): string {
  const value = object.getString(key);
  return value === null ? fallback : value.valueOf();
}

/** An integer field of an object, or `fallback`. */
export function intOf(object: JSON.Obj, key: string, fallback: i64 = 0): i64 {
  const value = object.getInteger(key);
  return value === null ? fallback : value.valueOf();
}

/** A boolean field of an object (false when absent). */
export function boolOf(object: JSON.Obj, key: string): bool {
  const value = object.getBool(key);
  return value !== null && value.valueOf();
}

/** Sends `json` to a host function (given as its imported function) and reads the answer. */
export function callHost(hostFunction: (input: u64) => u64, json: string): HostReply {
  const input = memoryOf(json);
  const offset = hostFunction(input.offset);
  input.free();
  const answer = new Memory(offset, length(offset));
  const bytes = answer.toUint8Array();
  answer.free();
  const parsed = JSON.parseBytes(bytes);
  if (!parsed.isObj) return new HostReply(false, new JSON.Obj(), E_HOST_REPLY, 'the host answered something other than an object');
  const data = <JSON.Obj>parsed;
  const ok = data.getBool('ok');
  if (ok !== null && ok.valueOf()) return new HostReply(true, data, '', '');
  const error = data.getObj('error');
  if (error === null) return new HostReply(false, data, E_HOST_REPLY, 'the host answered without ok or error');
  const code = error.getString('code');
  const message = error.getString('message');
  return new HostReply(false, data, code === null ? E_UNKNOWN : code.valueOf(), message === null ? '' : message.valueOf());
}
