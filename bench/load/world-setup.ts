// The bench's world, built by an admin before the players arrive: rooms off the starting room
// (exit `r<k>-<tag>` there, `hub` back) joined in a ring by `next` exits, so players spread out
// and walkers have somewhere to go; channels for talkers. The admin stays connected to give
// builders their role. Every name carries the run's tag, so runs on one server never collide.
import { classifyErrorLine, isRoomHeader } from './commands.js';
import type { LineConnection } from './line-connection.js';

export interface BenchWorld {
  /** The exit from the starting room to each bench room. */
  roomExits: string[];
  channels: string[];
  grantBuilder(name: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface WorldPlan {
  rooms: number;
  channels: number;
  tag: string;
  /** Pause between the admin's commands, to stay under the server's per-session input rate. */
  commandSpacingMs: number;
  timeoutMs: number;
}

export async function buildBenchWorld(
  connection: LineConnection,
  admin: { name: string; password: string },
  plan: WorldPlan,
): Promise<BenchWorld> {
  const script = new AdminScript(connection, plan);
  await script.expect((line) => line.startsWith('QUIT'));
  script.send(`connect ${admin.name} ${admin.password}`);
  await script.expect((line) => line === `Welcome, ${admin.name}.`);
  const hubHeader = await script.expect(isRoomHeader);
  const hub = roomNumber(hubHeader);

  const roomExits: string[] = [];
  const roomNumbers: number[] = [];
  for (let k = 1; k <= plan.rooms; k += 1) {
    const exit = `r${k}-${plan.tag}`;
    const name = `Bench Room ${k} ${plan.tag}`;
    const created = await script.request(`@dig ${name}=${exit},hub`, (line) => line.startsWith(`${name} created with room number #`));
    roomExits.push(exit);
    roomNumbers.push(Number(/#(\d+)\.$/.exec(created)![1]));
  }
  if (roomNumbers.length > 1) {
    for (const [k, room] of roomNumbers.entries()) {
      const next = roomNumbers[(k + 1) % roomNumbers.length]!;
      await script.request(`@teleport #${room}`, (line) => line.startsWith('You teleport to '));
      await script.request(`@open next=#${next}`, (line) => line.startsWith('Linked exit #') && line.endsWith(`(#${next}).`));
    }
  }
  if (roomNumbers.length > 0) await script.request(`@teleport #${hub}`, (line) => line.startsWith('You teleport to '));

  const channels: string[] = [];
  for (let k = 1; k <= plan.channels; k += 1) {
    const channel = `bench-${plan.tag}-${k}`.toLowerCase();
    await script.request(`@channel/create ${channel}`, (line) => line === `Channel ${channel} created. You have joined it.`);
    // The admin need not hear every channel for the whole run.
    await script.request(`@channel/leave ${channel}`, (line) => line === `You leave channel ${channel}.`);
    channels.push(channel);
  }

  return {
    roomExits,
    channels,
    grantBuilder: (name) =>
      script.request(`@role ${name}=builder`, (line) => line === `${name} is now a builder.`).then(
        () => true,
        () => false,
      ),
    close: () => connection.close(),
  };
}

/** The admin's commands, one at a time, each waiting for its reply. */
class AdminScript {
  private queue: Promise<unknown> = Promise.resolve();
  private waiting: { test: (line: string) => boolean; finish: (line: string | Error) => void } | null = null;

  constructor(
    private readonly connection: LineConnection,
    private readonly plan: WorldPlan,
  ) {
    connection.onLine((line) => {
      const waiting = this.waiting;
      if (!waiting) return;
      if (waiting.test(line)) waiting.finish(line);
      else if (classifyErrorLine(line)) waiting.finish(new Error(`the bench admin was refused: ${line}`));
    });
    connection.onClose(() => this.waiting?.finish(new Error('the bench admin was disconnected')));
  }

  send(line: string): void {
    this.connection.send(line);
  }

  expect(test: (line: string) => boolean): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error('the bench admin got no answer in time')), this.plan.timeoutMs);
      const finish = (line: string | Error): void => {
        clearTimeout(timer);
        this.waiting = null;
        if (line instanceof Error) reject(line);
        else resolve(line);
      };
      this.waiting = { test, finish };
    });
  }

  /** Sends `command` once the commands before it are answered, and resolves with its reply line. */
  request(command: string, test: (line: string) => boolean): Promise<string> {
    const answered = this.queue.then(async () => {
      const reply = this.expect(test);
      this.send(command);
      try {
        return await reply;
      } finally {
        if (this.plan.commandSpacingMs > 0) await new Promise((resolve) => setTimeout(resolve, this.plan.commandSpacingMs));
      }
    });
    this.queue = answered.catch(() => undefined);
    return answered;
  }
}

function roomNumber(header: string): number {
  return Number(/\(#(\d+)[A-Za-z]*\)$/.exec(header)![1]);
}
