// What the core sends a gateway for one remote connection: the transport's calls as ops, the
// session's state ahead of the output that follows a change, and a session ticket once per
// character played (again after switching to an alt), never at the login screen.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OutputBatch, OutputOp } from '../../../../core/cluster/cluster-messages.js';
import { OutputBatcher } from '../../../../core/cluster/output-batcher.js';
import { RemoteTransport } from '../../../../core/cluster/remote-transport.js';
import type { TicketOwner } from '../../../../core/cluster/session-tickets.js';
import type { SessionState } from '../../../../core/sessions/session.js';

function harness() {
  const batches: OutputBatch[] = [];
  const output = new OutputBatcher((batch) => batches.push(batch));
  let state: SessionState = 'login';
  let owner: TicketOwner | null = null;
  const transport = new RemoteTransport({ connection: 9, kind: 'telnet', remoteAddress: '127.0.0.1', secure: false, keepsResumeToken: false }, output, {
    state: () => state,
    owner: () => owner,
    ticketFor: (who) => `ticket-for-${who.characterId}`,
  });
  const ops = (): OutputOp[] => {
    output.flush();
    return batches.flatMap((batch) => batch.to.flatMap(([, indexes]) => indexes.map((index) => batch.ops[index]!)));
  };
  return {
    transport,
    ops,
    play(characterId: number) {
      state = 'playing';
      owner = { accountId: 1, characterId };
    },
  };
}

describe('the remote transport', () => {
  it('turns each transport call into an op, in order', () => {
    const h = harness();
    h.transport.sendText('Welcome');
    h.transport.sendPrompt('Password:');
    h.transport.setPasswordMode(true);
    h.transport.sendData('char', { name: 'Alice' });
    h.transport.close();
    h.transport.sendText('after close');
    assert.deepEqual(h.ops(), [
      { t: 'text', text: 'Welcome' },
      { t: 'prompt', text: 'Password:' },
      { t: 'password', hidden: true },
      { t: 'data', topic: 'char', data: { name: 'Alice' } },
      { t: 'close' },
    ]);
  });

  it('says the session plays, and hands its ticket, before the first output in the game; again only for another character', () => {
    const h = harness();
    h.transport.sendText('Use: connect <name> <password>');
    h.play(42);
    h.transport.sendText('Welcome, Alice.');
    h.transport.sendText('The Hearth(#1)');
    h.play(43);
    h.transport.sendText('You are now Bob.');
    assert.deepEqual(h.ops(), [
      { t: 'text', text: 'Use: connect <name> <password>' },
      { t: 'state', state: 'playing' },
      { t: 'ticket', ticket: 'ticket-for-42' },
      { t: 'text', text: 'Welcome, Alice.' },
      { t: 'text', text: 'The Hearth(#1)' },
      { t: 'ticket', ticket: 'ticket-for-43' },
      { t: 'text', text: 'You are now Bob.' },
    ]);
  });
});
