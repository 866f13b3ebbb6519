import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type OptionSide, OptionNegotiator } from '../../../../server/telnet/option-negotiator.js';
import { DO, DONT, WILL, WONT, type NegotiationVerb } from '../../../../server/telnet/telnet-codes.js';

const NAMES: Record<number, string> = { [WILL]: 'WILL', [WONT]: 'WONT', [DO]: 'DO', [DONT]: 'DONT' };

function makeNegotiator(accepted: Array<[OptionSide, number]> = []) {
  const sent: string[] = [];
  const changes: string[] = [];
  const negotiator = new OptionNegotiator({
    send: (verb, option) => sent.push(`${NAMES[verb]} ${option}`),
    accepts: (side, option) => accepted.some(([s, o]) => s === side && o === option),
    changed: (side, option, enabled) => changes.push(`${side} ${option} ${enabled ? 'on' : 'off'}`),
  });
  return { negotiator, sent, changes };
}

describe('OptionNegotiator (RFC 1143 Q method)', () => {
  it('offers, and enables the option when the client agrees, without answering the answer', () => {
    const { negotiator, sent, changes } = makeNegotiator();
    negotiator.request('local', 86, true);
    assert.deepEqual(sent, ['WILL 86']);
    assert.equal(negotiator.isEnabled('local', 86), false, 'not before the answer');
    negotiator.receive(DO, 86);
    assert.deepEqual(sent, ['WILL 86'], 'an agreement is not acknowledged');
    assert.deepEqual(changes, ['local 86 on']);
    assert.equal(negotiator.isEnabled('local', 86), true);
  });

  it('accepts what it supports and refuses the rest, answering once', () => {
    const { negotiator, sent } = makeNegotiator([['remote', 31]]);
    negotiator.receive(WILL, 31);
    negotiator.receive(WILL, 99);
    negotiator.receive(DO, 5);
    assert.deepEqual(sent, ['DO 31', 'DONT 99', 'WONT 5']);
    negotiator.receive(WILL, 31);
    negotiator.receive(WONT, 99);
    negotiator.receive(DONT, 5);
    assert.deepEqual(sent, ['DO 31', 'DONT 99', 'WONT 5'], 'repeats and confirmations of the current state get no answer');
  });

  it('turns an enabled option off when the client withdraws it, and confirms', () => {
    const { negotiator, sent, changes } = makeNegotiator([['local', 1]]);
    negotiator.receive(DO, 1);
    negotiator.receive(DONT, 1);
    assert.deepEqual(sent, ['WILL 1', 'WONT 1']);
    assert.deepEqual(changes, ['local 1 on', 'local 1 off']);
  });

  it('queues a change of mind while an answer is pending instead of sending twice', () => {
    const { negotiator, sent, changes } = makeNegotiator();
    negotiator.request('local', 1, true);
    negotiator.request('local', 1, false);
    assert.deepEqual(sent, ['WILL 1'], 'the disable waits for the answer');
    negotiator.receive(DO, 1);
    assert.deepEqual(sent, ['WILL 1', 'WONT 1'], 'then the queued disable goes out');
    negotiator.receive(DONT, 1);
    // The client did agree, so the option was on until the queued WONT was confirmed.
    assert.deepEqual(changes, ['local 1 on', 'local 1 off']);
    assert.equal(negotiator.isEnabled('local', 1), false);
  });

  it('treats a refusal of an offer as final', () => {
    const { negotiator, sent } = makeNegotiator();
    negotiator.request('remote', 24, true);
    negotiator.receive(WONT, 24);
    assert.deepEqual(sent, ['DO 24']);
    assert.equal(negotiator.isEnabled('remote', 24), false);
  });

  it('never loops when two ends negotiate with each other', () => {
    let server: OptionNegotiator;
    let client: OptionNegotiator;
    let messages = 0;
    const wire = (to: () => OptionNegotiator) => (verb: NegotiationVerb, option: number) => {
      messages += 1;
      assert.ok(messages < 100, 'negotiation must settle');
      to().receive(verb, option);
    };
    server = new OptionNegotiator({ send: wire(() => client), accepts: () => true, changed: () => {} });
    client = new OptionNegotiator({ send: wire(() => server), accepts: () => true, changed: () => {} });
    for (const option of [1, 3, 24, 31, 86]) {
      server.request('local', option, true);
      client.request('local', option, true);
      server.request('local', option, false);
    }
    for (const option of [1, 3, 24, 31, 86]) assert.equal(server.isEnabled('local', option), client.isEnabled('remote', option));
  });

  it('counts state changes a client causes, so a flipping client can be cut off', () => {
    const { negotiator } = makeNegotiator([['local', 86]]);
    for (let i = 0; i < 10; i += 1) {
      negotiator.receive(DO, 86);
      negotiator.receive(DONT, 86);
    }
    assert.equal(negotiator.changesByClient, 20);
  });
});
