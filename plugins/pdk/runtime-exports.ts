// Exports every plugin built with the kit carries beside its handlers (the build adds this file as
// a second entry). Hearth calls hearth_seed_random before each call with the call's seed, so
// Math.random draws the same numbers if the call is run again after a pause.
export function hearth_seed_random(seed: i64): void {
  Math.seedRandom(seed);
}
