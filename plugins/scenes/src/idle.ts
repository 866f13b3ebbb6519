// Idle scenes pause themselves. The plugin has no timers: whenever a pose or a command meets a
// running scene, it compares the scene's last logged line with the host's clock, and a scene idle
// for longer than the `idle_minutes` setting is paused then and there.
import { JsonWriter, setting } from '../../pdk';
import { ACTIVE, PAUSED, Scene, updateScene } from './scenes-table';

const DEFAULT_IDLE_MINUTES: i64 = 60;

/** How long a running scene may go without a logged line, in milliseconds. */
export function idleLimitMs(): i64 {
  const text = setting('idle_minutes', DEFAULT_IDLE_MINUTES.toString()).trim();
  let minutes: i64 = 0;
  for (let i = 0; i < text.length && i < 9; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return DEFAULT_IDLE_MINUTES * 60_000;
    minutes = minutes * 10 + (code - 48);
  }
  return (minutes < 1 ? DEFAULT_IDLE_MINUTES : minutes) * 60_000;
}

export function isIdle(scene: Scene, nowMs: i64): bool {
  return scene.state == ACTIVE && nowMs - scene.lastActivityMs > idleLimitMs();
}

/** Pauses `scene` when it has been idle too long; true when it did (or could not: `problem`). */
export function pauseIfIdle(scene: Scene, nowMs: i64): bool {
  if (!isIdle(scene, nowMs)) return false;
  const paused = updateScene(scene.id, new JsonWriter().str('state', PAUSED));
  if (paused.ok) scene.state = PAUSED;
  return true;
}

/** Why a scene paused itself, for the player who found it so. */
export function idleNotice(scene: Scene): string {
  const minutes = idleLimitMs() / 60_000;
  return 'Scene ' + scene.label + ' paused itself after ' + minutes.toString() + ' minutes without a logged line, so that was not logged. +scene/resume ' + scene.id.toString() + ' to go on.';
}
