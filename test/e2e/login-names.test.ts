// Names and passwords on the login screen over telnet, as a new player types them: a name with
// spaces is refused with the reason, never split into a name and a password; PennMUSH's quoted
// name works; a password with spaces works in double quotes; no refusal repeats a password.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { TelnetTestClient } from '../support/telnet-client.js';

describe('names and passwords on the login screen', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
  });
  after(() => server.dispose());

  it('refuses "create Sir Galahad grailpw1" with the form to use, and makes no "Sir"', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send('create Sir Galahad grailpw1');
    await client.waitFor('Use: create <name> <password>. A name is one word, and so is a password unless it is in double quotes');
    client.send('create "Sir Galahad" grailpw1');
    await client.waitFor('A name has no spaces (Sir_Galahad or SirGalahad, not "Sir Galahad"); nothing was done.');
    client.send('connect Sir Galahad grailpw1');
    await client.waitFor('Use: connect <name> <password>.');
    assert.equal(await server.core.accounts.findByName('Sir'), undefined, 'no character was made');
    assert.equal(client.output.all.includes('grailpw1'), false, 'the password was never repeated');
    assert.equal(client.output.all.includes('Welcome'), false);
    await client.close();
  });

  it('takes a quoted name and a quoted password with spaces, on create and on connect', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send('create "Galahad" "grail quest"');
    await client.waitFor('Welcome, Galahad.');
    client.send('QUIT');
    await client.waitForClose();

    const again = await TelnetTestClient.connect(server.telnetPort);
    await again.waitFor('QUIT');
    // Unquoted, the two words are refused before the password is tried: no failed login counts.
    again.send('connect Galahad grail quest');
    await again.waitFor('Use: connect <name> <password>.');
    again.send('connect Galahad "grail quest"');
    await again.waitFor('Welcome, Galahad.');
    assert.equal(again.output.all.includes('grail quest'), false);
    await again.close();
  });

  it('asks for a password with spaces at the prompt, and takes it whole', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send('connect "Galahad"');
    await client.waitFor('Password:');
    client.send('grail quest');
    await client.waitFor('Welcome, Galahad.');
    await client.close();
  });

  it('refuses a quote left open or misplaced, naming the problem and not the password', async () => {
    const client = await TelnetTestClient.connect(server.telnetPort);
    await client.waitFor('QUIT');
    client.send('connect "Galahad grail quest');
    await client.waitFor("The name's closing double quote is missing; nothing was done.");
    client.send('connect "Galahad grail" quest');
    await client.waitFor('A name has no spaces');
    client.send('connect Galahad "grail quest');
    await client.waitFor('Use: connect <name> <password>.');
    assert.equal(client.output.all.includes('quest'), false);
    await client.close();
  });
});
