// One player of the side-by-side bench: logs in (the peer's way), then says something every
// interval on its own clock, whether or not its last say was answered (an open loop, so a slow
// server meets the same offered load as a fast one and shows it in latency and timeouts). Every
// say is timed from sending `say <text>` to reading the player's own `You say, "<text>"`.
import { classifyErrorLine } from '../load/commands.js';
import type { LatencyRecorder } from '../load/latency-recorder.js';
import type { LineConnection } from '../load/line-connection.js';
import type { LoginProgress, PeerLogin } from './peer-login.js';
import { SayTracker } from './say-tracker.js';

export interface TalkerEnvironment {
  recorder: LatencyRecorder;
  login: PeerLogin;
  loginTimeoutMs: number;
  connect(): Promise<LineConnection>;
  /** Told of every say sent, for the offered rate. */
  onSent(): void;
}

type LoginOutcome = LoginProgress | 'timeout' | 'disconnect';

export class OpenLoopTalker {
  playing = false;
  private readonly tracker = new SayTracker();
  private connection: LineConnection | null = null;
  /** While logging in: told each line until it settles the login. */
  private loginStep: ((line: string) => void) | null = null;
  /** Set while logging in: the connection closing ends the login. */
  private onClose: (() => void) | null = null;
  private says = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly index: number,
    readonly name: string,
    private readonly password: string,
    private readonly env: TalkerEnvironment,
  ) {}

  /** Connects and creates the character; true once the player stands in the game. */
  async logIn(): Promise<boolean> {
    const { recorder, login, loginTimeoutMs } = this.env;
    const started = performance.now();
    try {
      this.connection = await this.env.connect();
    } catch (error) {
      recorder.recordLoginFailure(error instanceof Error ? error.message : String(error));
      return false;
    }
    const connection = this.connection;
    const screenShown = this.awaitLogin((line) => (login.endsConnectScreen(line) ? 'in' : 'waiting'), loginTimeoutMs);
    connection.onLine((line) => this.receive(line));
    connection.onClose(() => this.closed());
    const screen = await screenShown;
    if (screen !== 'in') return this.failed(`connect screen: ${screen}`);
    const connectMs = performance.now() - started;
    const loginStarted = performance.now();
    const attempt = login.create(this.name, this.password);
    const entered = this.awaitLogin((line) => attempt.progress(line), loginTimeoutMs);
    for (const line of attempt.lines) connection.send(line);
    const outcome = await entered;
    if (outcome !== 'in') return this.failed(`create: ${outcome}`);
    recorder.recordLogin(connectMs, performance.now() - loginStarted);
    this.playing = true;
    return true;
  }

  /**
   * Says something every `intervalMs` until `stopSignal`, starting at a random point of the first
   * interval so that a crowd's says spread evenly. Sends keep to the clock: a say that is due goes
   * out even if earlier ones are still waiting.
   */
  startTalking(intervalMs: number, stopSignal: AbortSignal): void {
    const start = performance.now() + Math.random() * intervalMs;
    let due = 0;
    const next = (): void => {
      if (stopSignal.aborted || !this.playing) return;
      this.timer = setTimeout(() => {
        this.say();
        due += 1;
        next();
      }, Math.max(0, start + due * intervalMs - performance.now()));
    };
    next();
    stopSignal.addEventListener('abort', () => this.stopTalking(), { once: true });
  }

  /** Ends as timed out every say sent before `cutoff` and still unanswered; says how many. */
  expire(cutoff: number): number {
    return this.tracker.expire(cutoff);
  }

  async close(): Promise<void> {
    this.stopTalking();
    this.playing = false;
    this.tracker.clear();
    await this.connection?.close();
  }

  private say(): void {
    if (!this.connection || this.connection.closed) return;
    this.says += 1;
    const message = `chatter ${this.index.toString(36)}x${this.says.toString(36)}`;
    this.tracker.sent(message, performance.now());
    this.connection.send(`say ${message}`);
    this.env.onSent();
  }

  private stopTalking(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private receive(line: string): void {
    const { recorder } = this.env;
    recorder.countLine();
    if (this.loginStep) return this.loginStep(line);
    if (!this.playing) return;
    const ms = this.tracker.answer(line, performance.now());
    if (ms !== null) return recorder.recordCommand('say', ms);
    // Refusals ("Input backlog full", a plugin's limit) name no say: they answer the oldest one waiting.
    const failure = classifyErrorLine(line);
    if (failure && this.tracker.refuseOldest()) recorder.recordError(failure, 'say', line);
  }

  private awaitLogin(progress: (line: string) => LoginProgress, timeoutMs: number): Promise<LoginOutcome> {
    return new Promise((resolve) => {
      const finish = (outcome: LoginOutcome): void => {
        clearTimeout(timer);
        this.loginStep = null;
        this.onClose = null;
        resolve(outcome);
      };
      const timer = setTimeout(() => finish('timeout'), timeoutMs);
      this.loginStep = (line) => {
        const step = progress(line);
        if (step !== 'waiting') finish(step);
      };
      this.onClose = () => finish('disconnect');
      if (this.connection?.closed) finish('disconnect');
    });
  }

  private closed(): void {
    this.onClose?.();
    const wasPlaying = this.playing;
    this.playing = false;
    this.stopTalking();
    this.tracker.clear();
    if (wasPlaying) this.env.recorder.recordError('disconnect', 'say');
  }

  private failed(reason: string): false {
    this.env.recorder.recordLoginFailure(`${this.name} at ${reason}`);
    void this.connection?.close();
    return false;
  }
}
