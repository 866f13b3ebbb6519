// The room panel: name, description, exits as buttons and who is here, drawn from the same
// structured messages a MUD client gets as GMCP Room.Info and Room.Players.

export class RoomPanel {
  constructor(element, { onExit }) {
    this.element = element;
    this.onExit = onExit;
    this.roomId = null;
    /** The player's own character id, to mark "(you)" in the list. */
    this.selfId = null;
    this.name = element.querySelector('#room-name');
    this.description = element.querySelector('#room-description');
    this.exits = element.querySelector('#exits');
    this.players = element.querySelector('#players');
  }

  showRoom(room) {
    this.roomId = room.id;
    this.element.hidden = false;
    this.name.textContent = room.name;
    this.description.textContent = room.description;
    const buttons = room.exits.map((exit) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = exit.name;
      button.title = exit.toName ? `Go ${exit.name}, to ${exit.toName}` : `Go ${exit.name}`;
      button.setAttribute('aria-label', button.title);
      button.addEventListener('click', () => this.onExit(exit.name));
      item.append(button);
      return item;
    });
    this.exits.replaceChildren(...buttons);
    if (buttons.length === 0) this.exits.replaceChildren(emptyItem('No obvious exits.'));
    this.showPlayers(room.players);
  }

  /** Forgets the room: the player is no longer in the game. */
  clear() {
    this.roomId = null;
    this.selfId = null;
    this.element.hidden = true;
    this.name.textContent = '';
    this.description.textContent = '';
    this.exits.replaceChildren();
    this.players.replaceChildren();
  }

  updatePlayers(update) {
    if (update.roomId === this.roomId) this.showPlayers(update.players);
  }

  showPlayers(players) {
    const items = players.map((player) => {
      const item = document.createElement('li');
      item.textContent = player.id === this.selfId ? `${player.name} (you)` : player.name;
      return item;
    });
    this.players.replaceChildren(...(items.length > 0 ? items : [emptyItem('Nobody.')]));
  }
}

function emptyItem(text) {
  const item = document.createElement('li');
  item.className = 'system';
  item.textContent = text;
  return item;
}
