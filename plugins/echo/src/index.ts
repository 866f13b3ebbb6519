// Echo: repeats what characters say, to show the smallest useful plugin. It ignores events made
// by plugins, so two echoes could never answer each other forever, and it only listens: other
// plugins still see every say event.
import { GameEvent, JsonWriter, emit, notHandled } from '../../pdk';

export function on_say(): i32 {
  const event = GameEvent.read();
  if (!event.byCharacter) return notHandled();
  const message = event.str('message');
  if (message.length == 0) return notHandled();
  emit(event.stream, 'echo', new JsonWriter().str('message', message).str('text', 'You hear an echo: "' + message + '"').end());
  return notHandled();
}
