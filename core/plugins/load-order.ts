// Decides which plugins load and in what order: dependencies and before/after form a graph that
// is sorted topologically; ties go to the higher precedence (lower priority number), then the
// name. A plugin whose dependency is missing, too old or itself not loaded, or that declares a
// conflict with a present plugin, or that sits on a cycle, is left out with a reason; the rest
// still load.
import semver from 'semver';
import { DependencyError, type HearthError, LoadOrderCycleError } from '../errors.js';
import type { Dependency } from './manifest.js';

export interface LoadCandidate {
  name: string;
  version: string;
  priority: number;
  depends: Dependency[];
  conflicts: string[];
  before: string[];
  after: string[];
}

export interface RejectedPlugin {
  name: string;
  error: HearthError;
}

export interface LoadOrder {
  /** Names in the order to load them. */
  order: string[];
  rejected: RejectedPlugin[];
}

export function resolveLoadOrder(candidates: LoadCandidate[]): LoadOrder {
  const byName = new Map(candidates.map((candidate) => [candidate.name, candidate]));
  const rejected = new Map<string, HearthError>();
  rejectUnmetRequirements(byName, rejected);

  const present = [...byName.values()].filter((candidate) => !rejected.has(candidate.name));
  const presentNames = new Set(present.map((candidate) => candidate.name));
  const edges = new Map<string, Set<string>>(present.map((candidate) => [candidate.name, new Set()]));
  const addEdge = (first: string, then: string): void => {
    if (presentNames.has(first) && presentNames.has(then)) edges.get(first)!.add(then);
  };
  for (const candidate of present) {
    for (const dependency of candidate.depends) addEdge(dependency.name, candidate.name);
    for (const later of candidate.before) addEdge(candidate.name, later);
    for (const earlier of candidate.after) addEdge(earlier, candidate.name);
  }

  const order = sortTopologically(present, edges);
  const placed = new Set(order);
  const stuck = present.filter((candidate) => !placed.has(candidate.name)).map((candidate) => candidate.name);
  if (stuck.length > 0) {
    for (const cycle of findCycles(stuck, edges)) {
      for (const name of cycle) rejected.set(name, new LoadOrderCycleError(cycle));
    }
    for (const name of stuck) {
      if (!rejected.has(name)) {
        rejected.set(name, new DependencyError('E_DEPENDENCY_MISSING', `Plugin "${name}" must load after plugins caught in a load-order cycle, so it was not loaded.`));
      }
    }
  }
  return { order, rejected: [...rejected].map(([name, error]) => ({ name, error })) };
}

/** Rejects plugins with missing or mismatched dependencies or present conflicts, to a fixed point. */
function rejectUnmetRequirements(byName: Map<string, LoadCandidate>, rejected: Map<string, HearthError>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of byName.values()) {
      if (rejected.has(candidate.name)) continue;
      const error = unmetRequirement(candidate, byName, rejected);
      if (error) {
        rejected.set(candidate.name, error);
        changed = true;
      }
    }
  }
}

function unmetRequirement(candidate: LoadCandidate, byName: Map<string, LoadCandidate>, rejected: Map<string, HearthError>): HearthError | undefined {
  for (const dependency of candidate.depends) {
    const found = byName.get(dependency.name);
    if (!found) {
      return new DependencyError('E_DEPENDENCY_MISSING', `Plugin "${candidate.name}" depends on "${dependency.name}", which is not installed.`);
    }
    if (!semver.satisfies(found.version, dependency.range, { includePrerelease: true })) {
      return new DependencyError(
        'E_DEPENDENCY_VERSION',
        `Plugin "${candidate.name}" needs "${dependency.name}" ${dependency.range}, but version ${found.version} is installed.`,
      );
    }
    if (rejected.has(dependency.name)) {
      return new DependencyError('E_DEPENDENCY_MISSING', `Plugin "${candidate.name}" depends on "${dependency.name}", which could not be loaded.`);
    }
  }
  const conflict = candidate.conflicts.find((name) => byName.has(name) && !rejected.has(name));
  if (conflict) {
    return new DependencyError('E_PLUGIN_CONFLICT', `Plugin "${candidate.name}" declares a conflict with "${conflict}", which is installed; remove one of them.`);
  }
  return undefined;
}

/** Kahn's algorithm; among the plugins ready at each step the highest precedence goes first. */
function sortTopologically(candidates: LoadCandidate[], edges: Map<string, Set<string>>): string[] {
  const incoming = new Map(candidates.map((candidate) => [candidate.name, 0]));
  for (const targets of edges.values()) for (const target of targets) incoming.set(target, incoming.get(target)! + 1);
  const byName = new Map(candidates.map((candidate) => [candidate.name, candidate]));
  const ready = candidates.filter((candidate) => incoming.get(candidate.name) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort(byPrecedence);
    const next = ready.shift()!;
    order.push(next.name);
    for (const target of edges.get(next.name)!) {
      const remaining = incoming.get(target)! - 1;
      incoming.set(target, remaining);
      if (remaining === 0) ready.push(byName.get(target)!);
    }
  }
  return order;
}

export function byPrecedence(a: { priority: number; name: string }, b: { priority: number; name: string }): number {
  return a.priority - b.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** Strongly connected components of two or more plugins (Tarjan), each in a stable order. */
function findCycles(names: string[], edges: Map<string, Set<string>>): string[][] {
  const inScope = new Set(names);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (name: string): void => {
    index.set(name, counter);
    low.set(name, counter);
    counter += 1;
    stack.push(name);
    onStack.add(name);
    for (const next of edges.get(name) ?? []) {
      if (!inScope.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(name, Math.min(low.get(name)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(name, Math.min(low.get(name)!, index.get(next)!));
      }
    }
    if (low.get(name) === index.get(name)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== name);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const name of [...names].sort()) if (!index.has(name)) visit(name);
  return cycles;
}
