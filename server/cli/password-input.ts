// How `hearth account create|password` reads a password: never from the command line (it would
// sit in the shell's history and in every process listing), but typed at a prompt with echo off
// (twice, to catch a typo), or as the first line of standard input when that is a pipe or a file
// (`printf '%s\n' "$PASSWORD" | hearth account password Ann`).
import { createInterface } from 'node:readline';
import { HearthError } from '../../core/errors.js';

export async function readNewPassword(forWhom: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const [first, second] = await promptHidden([`New password for ${forWhom}: `, 'The same again: ']);
  if (first !== second) throw new HearthError('E_PASSWORD_INVALID', 'The two passwords differ; nothing changed.');
  return first!;
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

/**
 * Asks each question in turn on one terminal interface (lines typed ahead are kept for the next
 * question), writing the questions but not what is typed: readline's echo goes nowhere.
 */
async function promptHidden(questions: string[]): Promise<string[]> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = terminal as unknown as { _writeToOutput: (text: string) => void };
  let showing = '';
  output._writeToOutput = (text: string) => {
    // Only the question itself is shown; every other write is an echo of what is typed.
    if (text === showing) process.stdout.write(text);
  };
  const answers: string[] = [];
  try {
    for (const question of questions) {
      showing = question;
      answers.push(await new Promise<string>((resolve) => terminal.question(question, resolve)));
      process.stdout.write('\n');
    }
  } finally {
    terminal.close();
  }
  return answers;
}
