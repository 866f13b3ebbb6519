// How `hearth account create|password` reads a password: never from the command line (it would
// sit in the shell's history and in every process listing), but typed at a prompt with echo off
// (twice, to catch a typo), or as the first line of standard input when that is a pipe or a file
// (`printf '%s\n' "$PASSWORD" | hearth account password Ann`).
import { createInterface } from 'node:readline';
import { HearthError } from '../../core/errors.js';

export async function readNewPassword(forWhom: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const first = await promptHidden(`New password for ${forWhom}: `);
  const second = await promptHidden('The same again: ');
  if (first !== second) throw new HearthError('E_PASSWORD_INVALID', 'The two passwords differ; nothing changed.');
  return first;
}

async function firstLineOfStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  if (line === '') {
    throw new HearthError('E_PASSWORD_INVALID', 'No password arrived: type it at the prompt, or give it as the first line of standard input (never as an argument).');
  }
  return line;
}

/** A prompt whose answer is not shown: the terminal's echo is replaced by nothing. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    const output = terminal as unknown as { _writeToOutput: (text: string) => void };
    let asked = false;
    output._writeToOutput = (text: string) => {
      // The question is written once; every later write is an echo of what is typed.
      if (!asked) process.stdout.write(text);
      asked = true;
    };
    terminal.question(question, (answer) => {
      terminal.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
