// Every host function a plugin can import from `extism:host/user`, bound to one plugin.
import type { RawHostFunction } from '../runtime/wasm-instance.js';
import { bindHostFunction, type CallSlot, type PluginBinding } from './host-function.js';
import { emitEvent, send } from './events.js';
import { httpGet, httpPost } from './http.js';
import { kvDelete, kvGet, kvSet } from './kv.js';
import { log } from './log.js';
import {
  boot,
  installPlugin,
  queryCommands,
  queryPlugins,
  reloadPlugin,
  removePlugin,
  serverStats,
  setPluginConfig,
  setPluginEnabled,
  setRole,
  shutdown,
} from './admin.js';
import { listen, queryListeners, readHistory } from './streams.js';
import { dbExec, dbQuery } from './tables.js';
import { createObject, destroyObject, moveObject, setAttribute, updateObject } from './world-changes.js';
import { queryCharacter, queryExits, queryLocation, queryObject } from './world-queries.js';

export const HOST_MODULE = 'extism:host/user';

const HOST_FUNCTIONS = [
  emitEvent,
  send,
  queryLocation,
  queryObject,
  queryCharacter,
  queryExits,
  moveObject,
  createObject,
  updateObject,
  setAttribute,
  destroyObject,
  kvGet,
  kvSet,
  kvDelete,
  httpGet,
  httpPost,
  log,
  listen,
  queryListeners,
  readHistory,
  dbQuery,
  dbExec,
  queryCommands,
  serverStats,
  boot,
  shutdown,
  setRole,
  queryPlugins,
  setPluginEnabled,
  installPlugin,
  reloadPlugin,
  setPluginConfig,
  removePlugin,
] as const;

export const HOST_FUNCTION_NAMES: ReadonlySet<string> = new Set(HOST_FUNCTIONS.map((spec) => spec.name));

export type { CallSlot, PluginBinding } from './host-function.js';

/** The host functions bound to one plugin; `slot` tells them which call is running. */
export function buildHostFunctions(binding: PluginBinding, slot: CallSlot): Record<string, Record<string, RawHostFunction>> {
  const table: Record<string, RawHostFunction> = {};
  for (const spec of HOST_FUNCTIONS) table[spec.name] = bindHostFunction(spec as never, binding, slot);
  return { [HOST_MODULE]: table };
}
