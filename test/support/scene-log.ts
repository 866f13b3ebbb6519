// A scene's log as its participant reads it, once it holds what a test expects. The scenes plugin
// logs lines from an event handler, which may run a moment after the line was seen, so the log is
// read again until it is complete. WHO marks where each answer ends (a session's lines are
// answered in order).
import { setTimeout as delay } from 'node:timers/promises';
import type { TelnetTestClient } from './telnet-client.js';

export async function readSceneLogUntil(client: TelnetTestClient, command: string, complete: (log: string) => boolean): Promise<string> {
  let log = '';
  for (let attempt = 0; attempt < 40 && !complete(log); attempt++) {
    if (attempt > 0) await delay(250);
    client.send(command);
    client.send('WHO');
    log = await client.waitFor(/players? (is|are) connected\./);
  }
  if (!complete(log)) throw new Error(`"${command}" never showed the whole log:\n${log}`);
  return log;
}
