import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../../../core/errors.js';
import { CallJournal, CallPaused, HostCallWaits } from '../../../../../core/plugins/runtime/call-journal.js';

describe('the call journal', () => {
  it('answers a rerun from what the first run recorded, and hands out new entries past it', () => {
    const journal = new CallJournal('probe');
    const first = journal.next('query_location', '{}');
    first.reply = '{"ok":true}';
    const second = journal.next('emit_event', '{"type":"say"}');
    assert.equal(second.reply, null, 'not yet answered');
    journal.rewind();
    assert.equal(journal.next('query_location', '{}').reply, '{"ok":true}');
    assert.equal(journal.next('emit_event', '{"type":"say"}'), second);
    assert.equal(journal.next('kv_get', '{}').reply, null);
  });

  it('refuses a rerun that asks something else than the run before it', () => {
    const journal = new CallJournal('probe');
    journal.next('kv_get', '{"key":"a"}').reply = '{}';
    journal.rewind();
    assert.throws(() => journal.next('kv_get', '{"key":"b"}'), (error: unknown) => errorCode(error) === 'E_PLUGIN_NONDETERMINISTIC');
  });

  it('pauses on new work, records its result and its undo, and returns the result when run again', async () => {
    const journal = new CallJournal('probe');
    const entry = journal.next('db_exec', '{}');
    const undone: string[] = [];
    const record = (undo: () => Promise<unknown>) => void undo();
    let started = 0;
    const work = async () => {
      started += 1;
      return 'row 7';
    };
    const undo = async (value: string) => void undone.push(value);
    let paused: CallPaused | null = null;
    try {
      new HostCallWaits(entry, journal, record).wait(work, undo);
    } catch (error) {
      paused = error as CallPaused;
    }
    assert.ok(paused instanceof CallPaused);
    await paused.work;
    assert.deepEqual(undone, ['row 7'], 'the undo is recorded as soon as the work succeeds');
    assert.equal(new HostCallWaits(entry, journal, record).wait(work, undo), 'row 7');
    assert.equal(started, 1, 'the work ran once');
    assert.equal(journal.pauses, 1);
  });

  it('hands a failed wait its error when run again', async () => {
    const journal = new CallJournal('probe');
    const entry = journal.next('http_get', '{}');
    const waits = () => new HostCallWaits(entry, journal, () => undefined);
    const paused = (() => {
      try {
        waits().wait(() => Promise.reject(new Error('no route to host')));
      } catch (error) {
        return error as CallPaused;
      }
      return null;
    })();
    await paused!.work;
    assert.throws(() => waits().wait(() => Promise.resolve('never')), /no route to host/);
  });
});
