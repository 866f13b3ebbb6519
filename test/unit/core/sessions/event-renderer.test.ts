import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HearthEvent } from '../../../../core/events/event.js';
import { formatEventTime, renderEventFor } from '../../../../core/sessions/event-renderer.js';

function event(payload: Record<string, unknown>, actorId = '5'): HearthEvent {
  return { id: '01', stream: 'location:1', type: 'say', timestamp: '2026-11-23T14:05:09.000Z', actor: { kind: 'character', id: actorId }, payload };
}

describe('renderEventFor', () => {
  it('shows text to viewers, self_text to the actor, and nothing to the excluded', () => {
    const said = event({ text: 'Alice says, "hi"', self_text: 'You say, "hi"', exclude: [9] });
    assert.equal(renderEventFor(said, 7), 'Alice says, "hi"');
    assert.equal(renderEventFor(said, 5), 'You say, "hi"');
    assert.equal(renderEventFor(said, 9), null);
  });

  it('renders data-only events and non-string text as nothing', () => {
    assert.equal(renderEventFor(event({ exits: [] }), 7), null);
    assert.equal(renderEventFor(event({ text: { evil: true } }), 7), null);
    assert.equal(renderEventFor(event({ exclude: 'not a list', text: 'ok' }), 7), 'ok');
  });

  it('stamps replayed events with their UTC time', () => {
    assert.equal(formatEventTime(event({})), '[14:05]');
  });
});
