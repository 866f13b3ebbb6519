// Every host function a plugin can import (from the interface's module, `hearth:host/v2`), bound to
// one plugin. This list is the one source of truth: the kit's imports are generated from it
// (scripts/generate-kit.ts) and a test checks that docs/plugin-authoring.md documents each.
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
import { showAttributes } from './attribute-listing.js';
import { readMessages } from './message-reading.js';
import { evaluateText } from './text-evaluation.js';
import { runActions } from './action-queueing.js';
import { getAttributes, setAttributeFlags, setAttributeValue } from './attributes.js';
import { setFlags, setParent } from './builder-fields.js';
import { setLock, testLock } from './locks.js';
import { setHome } from './character-home.js';
import { searchObjects } from './world-search.js';
import { listen, queryListeners, readHistory } from './streams.js';
import { dbExec, dbQuery } from './tables.js';
import { HOST_MODULE } from '../plugin-interface.js';
import { clock, random } from './chance-and-time.js';
import { createObject, destroyObject, moveObject, setAttribute, updateObject } from './world-changes.js';
import { queryCharacter, queryExits, queryLocation, queryObject, queryWho } from './world-queries.js';

export { HOST_MODULE } from '../plugin-interface.js';

export const HOST_FUNCTIONS = [
  emitEvent,
  send,
  queryLocation,
  queryObject,
  queryCharacter,
  queryWho,
  queryExits,
  moveObject,
  createObject,
  updateObject,
  setAttribute,
  destroyObject,
  getAttributes,
  showAttributes,
  readMessages,
  evaluateText,
  runActions,
  setAttributeValue,
  setAttributeFlags,
  setFlags,
  setParent,
  setLock,
  testLock,
  searchObjects,
  setHome,
  kvGet,
  kvSet,
  kvDelete,
  httpGet,
  httpPost,
  log,
  random,
  clock,
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

export { buildRuntimeImports, type RuntimeFunction } from './runtime-imports.js';
