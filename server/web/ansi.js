// Turns text with ANSI SGR colour codes into DOM nodes: spans with colour classes, and clickable
// links for http(s) addresses. Only text nodes are created from game text, never HTML.

const SGR = /\u001b\[([0-9;]*)m/g;
const LINK = /\bhttps?:\/\/[^\s<>"'`]+/g;

/** Parses `text` into a fragment; `state` carries colour across calls (a colour may span lines). */
export function renderAnsi(text, state = newAnsiState()) {
  const fragment = document.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    appendStyled(fragment, text.slice(last, match.index), state);
    applyCodes(state, match[1]);
    last = match.index + match[0].length;
  }
  appendStyled(fragment, text.slice(last), state);
  return fragment;
}

export function newAnsiState() {
  return { fg: null, bg: null, bold: false, dim: false, italic: false, underline: false, fgColor: null };
}

function applyCodes(state, codeList) {
  const codes = codeList === '' ? [0] : codeList.split(';').map(Number);
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i];
    if (code === 0) Object.assign(state, newAnsiState());
    else if (code === 1) state.bold = true;
    else if (code === 2) state.dim = true;
    else if (code === 3) state.italic = true;
    else if (code === 4) state.underline = true;
    else if (code === 22) state.bold = state.dim = false;
    else if (code === 23) state.italic = false;
    else if (code === 24) state.underline = false;
    else if (code >= 30 && code <= 37) [state.fg, state.fgColor] = [code - 30, null];
    else if (code >= 90 && code <= 97) [state.fg, state.fgColor] = [code - 90 + 8, null];
    else if (code === 39) [state.fg, state.fgColor] = [null, null];
    else if (code >= 40 && code <= 47) state.bg = code - 40;
    else if (code === 49) state.bg = null;
    else if (code === 38 && codes[i + 1] === 5) {
      state.fgColor = xterm256(codes[i + 2] ?? 7);
      i += 2;
    } else if (code === 38 && codes[i + 1] === 2) {
      state.fgColor = `rgb(${codes[i + 2] ?? 0}, ${codes[i + 3] ?? 0}, ${codes[i + 4] ?? 0})`;
      i += 4;
    }
  }
}

function appendStyled(parent, text, state) {
  if (text === '') return;
  const classes = [];
  if (state.bold) classes.push('b');
  if (state.dim) classes.push('d');
  if (state.italic) classes.push('i');
  if (state.underline) classes.push('u');
  // Bold with a basic colour shows the bright variant, as terminals do.
  if (state.fg !== null) classes.push(`f${state.bold && state.fg < 8 ? state.fg + 8 : state.fg}`);
  if (state.bg !== null) classes.push(`g${state.bg}`);
  let target = parent;
  if (classes.length > 0 || state.fgColor) {
    target = document.createElement('span');
    if (classes.length > 0) target.className = classes.join(' ');
    if (state.fgColor) target.style.color = state.fgColor;
    parent.append(target);
  }
  appendLinked(target, text);
}

function appendLinked(parent, text) {
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    // Trailing punctuation usually ends the sentence, not the address.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    parent.append(text.slice(last, match.index));
    const link = document.createElement('a');
    link.href = url;
    link.textContent = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    parent.append(link);
    last = match.index + url.length;
  }
  parent.append(text.slice(last));
}

function xterm256(index) {
  if (index < 16) return ['#000', '#c00', '#0c0', '#cc0', '#00c', '#c0c', '#0cc', '#ccc', '#777', '#f55', '#5f5', '#ff5', '#55f', '#f5f', '#5ff', '#fff'][index];
  if (index >= 232) {
    const grey = 8 + (index - 232) * 10;
    return `rgb(${grey}, ${grey}, ${grey})`;
  }
  const cube = index - 16;
  const level = (n) => (n === 0 ? 0 : 55 + n * 40);
  return `rgb(${level(Math.floor(cube / 36))}, ${level(Math.floor(cube / 6) % 6)}, ${level(cube % 6)})`;
}
