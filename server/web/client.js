// Hearth's browser client: output pane (colour, links, bounded scrollback), command line with
// history, login form, room panel, and a connection that resumes after drops.
import { newAnsiState, renderAnsi } from './ansi.js';
import { CommandHistory } from './command-history.js';
import { GameConnection } from './connection.js';
import { RoomPanel } from './room-panel.js';
import { holdsSecret, loginLine, showsSecret } from './secret-line.js';

const SCROLLBACK_LINES = 2000;
const COMMAND_PLACEHOLDER = 'Type a command; ↑ and ↓ recall earlier ones';

const output = document.getElementById('output');
const commandForm = document.getElementById('command-form');
const input = document.getElementById('input');
const inputNote = document.getElementById('input-note');
const loginForm = document.getElementById('login-form');
const loginNotice = document.getElementById('login-notice');
const status = document.getElementById('status');
const logoutButton = document.getElementById('logout');
const reconnectButton = document.getElementById('reconnect');
const history = new CommandHistory();
const ansiState = newAnsiState();
let passwordMode = false;

const room = new RoomPanel(document.getElementById('room-panel'), {
  onExit: (name) => {
    sendCommand(name, { echo: true });
    // Walking on is typing the next command: the command line keeps the keyboard.
    input.focus();
  },
});
const connection = new GameConnection({ onMessage: handleMessage, onStatus: showStatus });

// The output follows the newest line unless the player scrolled up to read. Only the player's
// own scrolling changes that: the pane shrinking (the header gaining a button) or a scroll of
// ours must not count as "scrolled up", or the pane would stop following by itself.
let following = true;
let ownScrollTop = null;

function atBottom() {
  return output.scrollTop + output.clientHeight >= output.scrollHeight - 4;
}

function scrollToNewest() {
  output.scrollTop = output.scrollHeight;
  ownScrollTop = output.scrollTop;
}

output.addEventListener('scroll', () => {
  const ours = ownScrollTop !== null && output.scrollTop >= ownScrollTop - 1;
  ownScrollTop = null;
  if (!ours) following = atBottom();
});
new ResizeObserver(() => {
  if (following) scrollToNewest();
}).observe(output);

function show(text, className) {
  const line = document.createElement('div');
  if (className) line.className = className;
  line.append(renderAnsi(text, ansiState));
  output.append(line);
  while (output.childElementCount > SCROLLBACK_LINES) output.firstElementChild.remove();
  if (following) scrollToNewest();
}

function handleMessage(message) {
  switch (message.type) {
    case 'text':
    case 'prompt':
      show(message.text);
      break;
    case 'password':
      passwordMode = message.hidden;
      updateInputMasking();
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
    case 'resume.revoked':
      loggedOut(message.data?.reason ?? '');
      break;
  }
}

function loggedIn(character) {
  room.selfId = character.id;
  loginForm.hidden = true;
  loginNotice.hidden = true;
  logoutButton.hidden = false;
  document.title = `${character.name} — Hearth`;
  input.focus();
}

/** Back to the login form: the session ended (a boot, a log out) or could not be resumed. */
function loggedOut(reason) {
  room.clear();
  loginForm.hidden = false;
  logoutButton.hidden = true;
  document.title = 'Hearth';
  loginNotice.textContent = reason;
  loginNotice.hidden = reason === '';
  passwordMode = false;
  updateInputMasking();
  // The name is often still there from the last login: then only the password is missing.
  (loginForm.elements.name.value.trim() === '' ? loginForm.elements.name : loginForm.elements.password).focus();
}

/** The command line hides what is typed at a password prompt, and any line holding a password. */
function updateInputMasking() {
  const secretLine = showsSecret(input.value);
  const hidden = passwordMode || secretLine;
  if (input.type !== (hidden ? 'password' : 'text')) input.type = hidden ? 'password' : 'text';
  input.placeholder = passwordMode ? 'Password (hidden)' : COMMAND_PLACEHOLDER;
  inputNote.hidden = !secretLine || passwordMode;
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
    if (loginForm.hidden) loggedOut('');
  }
}

function sendCommand(text, { echo }) {
  if (!connection.send(text)) {
    show('*** Not connected; that was not sent. Log in, or press Reconnect. ***', 'system');
    return;
  }
  if (echo && !passwordMode) show(`> ${text}`, 'system');
}

commandForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value;
  if (!passwordMode) history.remember(text);
  // Never echo what might be a password; a login line opens a connection when there is none.
  if (!passwordMode && holdsSecret(text)) connection.sendOrConnect(text);
  else sendCommand(text, { echo: !passwordMode });
  input.value = '';
  updateInputMasking();
});

input.addEventListener('input', updateInputMasking);

input.addEventListener('keydown', (event) => {
  if (passwordMode || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  input.value = history.step(event.key === 'ArrowUp' ? -1 : 1, input.value);
  updateInputMasking();
});

loginForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const verb = event.submitter?.value === 'create' ? 'create' : 'connect';
  const name = loginForm.elements.name.value.trim();
  const password = loginForm.elements.password.value;
  // After a log out or a lost connection there is no connection: logging in opens one.
  connection.sendOrConnect(loginLine(verb, name, password));
  loginForm.elements.password.value = '';
});

logoutButton.addEventListener('click', () => connection.quit());
reconnectButton.addEventListener('click', () => connection.connect());

connection.connect();
