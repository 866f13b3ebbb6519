// Hearth's browser client: output pane (colour, links, bounded scrollback), command line with
// history, login form, room panel, and a connection that resumes after drops.
import { newAnsiState, renderAnsi } from './ansi.js';
import { CommandHistory } from './command-history.js';
import { GameConnection } from './connection.js';
import { RoomPanel } from './room-panel.js';

const SCROLLBACK_LINES = 2000;

const output = document.getElementById('output');
const commandForm = document.getElementById('command-form');
const input = document.getElementById('input');
const loginForm = document.getElementById('login-form');
const status = document.getElementById('status');
const logoutButton = document.getElementById('logout');
const reconnectButton = document.getElementById('reconnect');
const history = new CommandHistory();
const ansiState = newAnsiState();
let passwordMode = false;

const room = new RoomPanel(document.getElementById('room-panel'), { onExit: (name) => sendCommand(name, { echo: true }) });
const connection = new GameConnection({ onMessage: handleMessage, onStatus: showStatus });

function show(text, className) {
  const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 8;
  const line = document.createElement('div');
  if (className) line.className = className;
  line.append(renderAnsi(text, ansiState));
  output.append(line);
  while (output.childElementCount > SCROLLBACK_LINES) output.firstElementChild.remove();
  if (atBottom) output.scrollTop = output.scrollHeight;
}

function handleMessage(message) {
  switch (message.type) {
    case 'text':
    case 'prompt':
      show(message.text);
      break;
    case 'password':
      setPasswordMode(message.hidden);
      break;
    case 'char':
      loggedIn(message.data);
      break;
    case 'room':
      room.showRoom(message.data);
      break;
    case 'room.players':
      room.updatePlayers(message.data);
      break;
  }
}

function loggedIn(character) {
  room.selfId = character.id;
  loginForm.hidden = true;
  logoutButton.hidden = false;
  document.title = `${character.name} — Hearth`;
  input.focus();
}

function setPasswordMode(hidden) {
  passwordMode = hidden;
  input.type = hidden ? 'password' : 'text';
  input.placeholder = hidden ? 'Password (hidden)' : 'Type a command; ↑ and ↓ recall earlier ones';
}

function showStatus({ state, delayMs }) {
  document.body.classList.toggle('offline', state !== 'connected');
  reconnectButton.hidden = state !== 'closed';
  if (state === 'connecting') status.textContent = 'Connecting…';
  else if (state === 'connected') status.textContent = 'Connected';
  else if (state === 'reconnecting') {
    status.textContent = `Connection lost; reconnecting in ${Math.round(delayMs / 1000)} s…`;
    show('*** Connection lost. Reconnecting; you will see what you missed. ***', 'system');
  } else {
    status.textContent = 'Disconnected';
    show('*** Disconnected. ***', 'system');
    loginForm.hidden = false;
    logoutButton.hidden = true;
    setPasswordMode(false);
  }
}

function sendCommand(text, { echo }) {
  if (!connection.send(text)) {
    show('*** Not connected; that was not sent. ***', 'system');
    return;
  }
  if (echo && !passwordMode) show(`> ${text}`, 'system');
}

commandForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value;
  if (!passwordMode) history.remember(text);
  // Never echo what might be a password.
  sendCommand(text, { echo: !passwordMode && !/^\s*(connect|create|resume)\s/i.test(text) });
  input.value = '';
});

input.addEventListener('keydown', (event) => {
  if (passwordMode || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  input.value = history.step(event.key === 'ArrowUp' ? -1 : 1, input.value);
});

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const verb = event.submitter?.value === 'create' ? 'create' : 'connect';
  const name = loginForm.elements.name.value.trim();
  const password = loginForm.elements.password.value;
  sendCommand(`${verb} ${name} ${password}`, { echo: false });
  loginForm.elements.password.value = '';
});

logoutButton.addEventListener('click', () => connection.quit());
reconnectButton.addEventListener('click', () => connection.connect());

connection.connect();
