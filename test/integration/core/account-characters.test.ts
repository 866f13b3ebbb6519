// Several characters per account (alts) and characters' renames, against the real database:
// one namespace for account and character names, logins by either, the per-account limit, and
// renames that follow the rules of creation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Accounts } from '../../../core/auth/accounts.js';
import { CharacterRenames } from '../../../core/auth/character-renames.js';
import { LoginThrottle } from '../../../core/auth/login-throttle.js';
import { EventBus } from '../../../core/events/event-bus.js';
import { EventStore } from '../../../core/events/event-store.js';
import { errorCode } from '../../../core/errors.js';
import { World } from '../../../core/world/world.js';
import { availableDrivers, openTestDatabase, type TestDatabase } from '../../support/databases.js';

const code = (expected: string) => (error: unknown) => errorCode(error) === expected;

for (const driver of availableDrivers()) {
  describe(`characters per account on ${driver}`, () => {
    let database: TestDatabase;
    let world: World;
    let accounts: Accounts;

    before(async () => {
      database = await openTestDatabase(driver);
      world = await World.load(database.handle.db, new EventStore(database.handle.db, new EventBus()));
      accounts = new Accounts(database.handle.db, world, new LoginThrottle({ maxFailures: 50, windowMs: 60_000 }), {
        maxFailedLogins: 10,
        maxFailedLoginsEverywhere: 10,
        lockMs: 60_000,
        charactersPerAccount: 3,
      });
      world.characterNames = new CharacterRenames(database.handle.db, true);
    });
    after(() => database.dispose());

    it('adds alts to an account, up to its limit, each a character in the starting room', async () => {
      const bob = await accounts.create('Bob', 'bobspassword');
      const robert = await accounts.createCharacter(bob, 'Robert');
      assert.equal(robert.id, bob.id, 'the same account');
      assert.equal(robert.characterName, 'Robert');
      assert.deepEqual(robert.characters.map((entry) => entry.name), ['Bob', 'Robert']);
      const object = world.require(robert.characterId);
      assert.deepEqual([object.kind, object.name, object.locationId, object.ownerId], ['character', 'Robert', world.startingRoomId, object.id]);
      await accounts.createCharacter(bob, 'Bobby');
      await assert.rejects(accounts.createCharacter(bob, 'Roberta'), code('E_CHARACTER_LIMIT'));
      assert.equal((await accounts.charactersOf(bob.id)).length, 3, 'nothing half-made past the limit');
      assert.deepEqual((await accounts.list()).find((entry) => entry.name === 'Bob')?.characters, ['Bob', 'Robert', 'Bobby'], 'account lists name the characters');
    });

    it('keeps one namespace for account and character names, in any case', async () => {
      const carol = await accounts.create('Carol', 'carolspassword');
      await assert.rejects(accounts.createCharacter(carol, 'ROBERT'), code('E_NAME_TAKEN'));
      await assert.rejects(accounts.create('robert', 'whatever1'), code('E_NAME_TAKEN'));
      await assert.rejects(accounts.createCharacter(carol, 'bob'), code('E_NAME_TAKEN'));
      await assert.rejects(accounts.createCharacter(carol, 'no spaces'), code('E_NAME_INVALID'));
      await assert.rejects(accounts.createCharacter(carol, 'here'), code('E_NAME_INVALID'));
      const racing = await Promise.allSettled([accounts.createCharacter(carol, 'Racer'), accounts.create('Racer', 'password1')]);
      assert.equal(racing.filter((result) => result.status === 'fulfilled').length, 1, 'one of two racing for a name gets it');
    });

    it('logs in by account name (choosing later) or by a character name (playing it)', async () => {
      const byAccount = await accounts.authenticate('bob', 'bobspassword', '10.0.0.1');
      assert.equal(byAccount.namedCharacter, false);
      assert.equal(byAccount.characterName, 'Bob');
      assert.equal(byAccount.characters.length, 3);
      const byAlt = await accounts.authenticate('ROBERT', 'bobspassword', '10.0.0.1');
      assert.equal(byAlt.namedCharacter, true);
      assert.equal(byAlt.characterName, 'Robert');
      assert.equal(byAlt.name, 'Bob', 'the account keeps its own name');
      await assert.rejects(accounts.authenticate('Robert', 'carolspassword', '10.0.0.1'), code('E_LOGIN_FAILED'));
      const playing = await accounts.play(byAccount, 'bobby');
      assert.equal(playing?.characterName, 'Bobby');
      assert.equal(await accounts.play(byAccount, 'Carol'), undefined, "another account's character is not playable");
      assert.equal((await accounts.resumeAs(byAccount.id, playing!.characterId))?.characterName, 'Bobby');
      assert.equal(await accounts.resumeAs(byAccount.id, (await accounts.findByName('Carol'))!.characterId), undefined);
    });

    it('gives every character of an account its role, and resets the password for all of them', async () => {
      await accounts.setRole('Robert', 'builder');
      const bob = (await accounts.findByName('Bob'))!;
      for (const character of bob.characters) assert.equal(accounts.roleOf(character.id), 'builder');
      await accounts.resetPassword('Bobby', 'new-password');
      await accounts.authenticate('Bob', 'new-password', '10.0.0.2');
      await accounts.authenticate('Robert', 'new-password', '10.0.0.2');
    });

    it('renames a character to a free, valid name, and never to another account\'s or character\'s', async () => {
      const dave = await accounts.create('Dave', 'davespassword');
      const renamed = await world.updateObject(dave.characterId, { name: 'David' });
      assert.equal(renamed.name, 'David');
      assert.equal((await accounts.authenticate('David', 'davespassword', '10.0.0.3')).characterName, 'David');
      assert.equal((await accounts.authenticate('Dave', 'davespassword', '10.0.0.3')).characterName, 'David', 'the account name still logs in');
      await world.updateObject(dave.characterId, { name: 'Dave' });
      await assert.rejects(world.updateObject(dave.characterId, { name: 'robert' }), code('E_NAME_TAKEN'));
      await assert.rejects(world.updateObject(dave.characterId, { name: 'Carol' }), code('E_NAME_TAKEN'));
      await assert.rejects(world.updateObject(dave.characterId, { name: 'Sir Dave' }), code('E_NAME_INVALID'));
      await assert.rejects(world.updateObject(dave.characterId, { name: 'admin' }), code('E_NAME_INVALID'));
      assert.equal(world.require(dave.characterId).name, 'Dave', 'nothing half-applied');
      world.characterNames = new CharacterRenames(database.handle.db, false);
      await assert.rejects(world.updateObject(dave.characterId, { name: 'Davy' }), code('E_WORLD_RULE'));
      world.characterNames = new CharacterRenames(database.handle.db, true);
    });
  });
}
