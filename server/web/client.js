// A minimal browser client: one websocket, JSON messages in, lines out.
const output = document.getElementById('output');
const form = document.getElementById('form');
const input = document.getElementById('input');

function show(text) {
  const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 4;
  output.append(`${text}\n`);
  if (atBottom) output.scrollTop = output.scrollHeight;
}

const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`, ['hearth.v1.json']);
socket.addEventListener('message', (message) => {
  const data = JSON.parse(message.data);
  if (data.type === 'text') show(data.text);
});
socket.addEventListener('close', () => show('*** Disconnected. Reload the page to connect again. ***'));

form.addEventListener('submit', (submit) => {
  submit.preventDefault();
  socket.send(JSON.stringify({ cmd: input.value }));
  input.value = '';
});
