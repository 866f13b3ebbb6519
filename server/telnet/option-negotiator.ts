// Telnet option negotiation by the "Q method" of RFC 1143: per option and side, a state (no, yes,
// want-no, want-yes) and a one-slot queue. It answers only messages that would change a state, so
// two ends can never loop, and it lets the server ask for options without waiting on answers.
import { DO, DONT, WILL, WONT, type NegotiationVerb } from './telnet-codes.js';

/** `local`: an option Hearth performs (WILL/WONT); `remote`: one the client performs (DO/DONT). */
export type OptionSide = 'local' | 'remote';

type QState = 'no' | 'yes' | 'want-no' | 'want-yes';

interface OptionState {
  state: QState;
  /** RFC 1143's "opposite" queue bit: a change of mind to apply once the pending answer arrives. */
  queued: boolean;
}

export interface NegotiatorHooks {
  send(verb: NegotiationVerb, option: number): void;
  /** Whether Hearth agrees when the client asks for the option on this side. */
  accepts(side: OptionSide, option: number): boolean;
  /** The option became usable (true) or stopped being usable (false). */
  changed(side: OptionSide, option: number, enabled: boolean): void;
}

const VERBS: Record<OptionSide, { positive: NegotiationVerb; negative: NegotiationVerb }> = {
  local: { positive: WILL, negative: WONT },
  remote: { positive: DO, negative: DONT },
};

export class OptionNegotiator {
  private readonly options = new Map<string, OptionState>();
  /** State changes the client caused; a client flipping options endlessly is cut off by the caller. */
  changesByClient = 0;

  constructor(private readonly hooks: NegotiatorHooks) {}

  isEnabled(side: OptionSide, option: number): boolean {
    const state = this.get(side, option).state;
    return state === 'yes' || state === 'want-no';
  }

  /** Hearth wants the option on (`enable`) or off on this side. */
  request(side: OptionSide, option: number, enable: boolean): void {
    this.transition(side, option, () => {
      const entry = this.get(side, option);
      const verbs = VERBS[side];
      const settled: QState = enable ? 'no' : 'yes';
      if (entry.state === settled) {
        entry.state = enable ? 'want-yes' : 'want-no';
        this.hooks.send(enable ? verbs.positive : verbs.negative, option);
      } else if (entry.state === (enable ? 'want-no' : 'want-yes')) {
        // The other way is being negotiated: turn back once its answer arrives.
        entry.queued = true;
      } else if (entry.state === (enable ? 'want-yes' : 'want-no')) {
        entry.queued = false;
      }
    });
  }

  /** A WILL, WONT, DO or DONT from the client. */
  receive(verb: NegotiationVerb, option: number): void {
    const side: OptionSide = verb === DO || verb === DONT ? 'local' : 'remote';
    const positive = verb === DO || verb === WILL;
    const changed = this.transition(side, option, () =>
      positive ? this.receivePositive(side, option) : this.receiveNegative(side, option),
    );
    if (changed) this.changesByClient += 1;
  }

  private receivePositive(side: OptionSide, option: number): void {
    const entry = this.get(side, option);
    const verbs = VERBS[side];
    switch (entry.state) {
      case 'no':
        if (this.hooks.accepts(side, option)) {
          entry.state = 'yes';
          this.hooks.send(verbs.positive, option);
        } else {
          this.hooks.send(verbs.negative, option);
        }
        break;
      case 'yes':
        break;
      case 'want-no':
        // Our "off" was answered with "on": RFC 1143 takes the answer as final.
        entry.state = entry.queued ? 'yes' : 'no';
        entry.queued = false;
        break;
      case 'want-yes':
        if (entry.queued) {
          entry.state = 'want-no';
          entry.queued = false;
          this.hooks.send(verbs.negative, option);
        } else {
          entry.state = 'yes';
        }
        break;
    }
  }

  private receiveNegative(side: OptionSide, option: number): void {
    const entry = this.get(side, option);
    const verbs = VERBS[side];
    switch (entry.state) {
      case 'no':
        break;
      case 'yes':
        entry.state = 'no';
        this.hooks.send(verbs.negative, option);
        break;
      case 'want-no':
        if (entry.queued) {
          entry.state = 'want-yes';
          entry.queued = false;
          this.hooks.send(verbs.positive, option);
        } else {
          entry.state = 'no';
        }
        break;
      case 'want-yes':
        entry.state = 'no';
        entry.queued = false;
        break;
    }
  }

  /** Runs a state change and reports whether the option's usability changed. */
  private transition(side: OptionSide, option: number, change: () => void): boolean {
    const before = this.isEnabled(side, option);
    change();
    const after = this.isEnabled(side, option);
    if (before !== after) this.hooks.changed(side, option, after);
    return before !== after;
  }

  private get(side: OptionSide, option: number): OptionState {
    const key = `${side}:${option}`;
    let entry = this.options.get(key);
    if (!entry) {
      entry = { state: 'no', queued: false };
      this.options.set(key, entry);
    }
    return entry;
  }
}
