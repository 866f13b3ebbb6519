// Every softcode function Hearth has, in one registry, with PennMUSH's aliases.
import { attributeFunctions } from './functions/attributes.js';
import { communicationFunctions } from './functions/communication.js';
import { conditionFunctions } from './functions/conditions.js';
import { controlFunctions } from './functions/control.js';
import { iterationFunctions } from './functions/iteration.js';
import { listFunctions } from './functions/lists.js';
import { listSelectionFunctions } from './functions/list-selection.js';
import { logicFunctions } from './functions/logic.js';
import { mathFunctions } from './functions/math.js';
import { randomFunctions } from './functions/random.js';
import { searchFunctions } from './functions/search.js';
import { registerFunctions } from './functions/registers.js';
import { sortingFunctions } from './functions/sorting.js';
import { statisticsFunctions } from './functions/statistics.js';
import { stringEditFunctions } from './functions/string-edits.js';
import { colourFunctions } from './functions/colour.js';
import { stringFunctions } from './functions/strings.js';
import { timeFunctions } from './functions/time.js';
import { worldObjectFunctions } from './functions/world-objects.js';
import { worldQueryFunctions } from './functions/world-queries.js';
import { FunctionRegistry } from './function-registry.js';

const ALIASES: readonly (readonly [alias: string, name: string])[] = [
  ['parse', 'iter'],
  ['insert', 'linsert'],
  ['replace', 'lreplace'],
  ['element', 'match'],
];

let shared: FunctionRegistry | undefined;

/** The standard registry (built once; evaluations only read it). */
export function standardFunctions(): FunctionRegistry {
  if (!shared) shared = createStandardFunctions();
  return shared;
}

/** A fresh registry holding the standard functions, for a caller that adds its own. */
export function createStandardFunctions(): FunctionRegistry {
  const registry = new FunctionRegistry([
    ...mathFunctions,
    ...logicFunctions,
    ...stringFunctions,
    ...colourFunctions,
    ...listFunctions,
    ...sortingFunctions,
    ...iterationFunctions,
    ...controlFunctions,
    ...registerFunctions,
    ...attributeFunctions,
    ...conditionFunctions,
    ...stringEditFunctions,
    ...listSelectionFunctions,
    ...statisticsFunctions,
    ...worldObjectFunctions,
    ...worldQueryFunctions,
    ...communicationFunctions,
    ...timeFunctions,
    ...randomFunctions,
    ...searchFunctions,
  ]);
  for (const [alias, name] of ALIASES) registry.alias(alias, name);
  return registry;
}
