// How deeply a JSON value nests, measured without recursion. Plugins parse every event and object
// they are given with recursive parsers, so a payload nested thousands of levels deep crashes each
// plugin that reads it (the stack runs out); and JSON.stringify, which Hearth uses to measure and
// store values, is recursive too. Values are therefore checked against a depth bound before
// anything else touches them.

/** Objects and arrays inside one another that an event payload or attribute value may hold. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when `value` holds objects or arrays more than `maxDepth` levels deep (the value itself
 * being level 1). Stops at the first path past the bound, so its cost is bounded by the value's
 * size and never by its depth; a cycle counts as too deep.
 */
export function nestsDeeperThan(value: unknown, maxDepth: number = MAX_JSON_DEPTH): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > maxDepth) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return false;
}
