// MSSP, the MUD Server Status Protocol: a table of NAME, PLAYERS, UPTIME ... that crawlers and
// client listings read, sent as a telnet subnegotiation (VAR name VAL value ...) or, for a client
// that types MSSP-REQUEST at the login screen, as plain text.

export const MSSP_VAR = 1;
export const MSSP_VAL = 2;

/** Variable name to one value, or several (e.g. PORT when there are several ports). */
export type MsspValues = Record<string, string | string[]>;

export const MSSP_PLAINTEXT_REQUEST = 'MSSP-REQUEST';

export function encodeMssp(values: MsspValues): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(values)) {
    parts.push(Buffer.from([MSSP_VAR]), Buffer.from(clean(name), 'utf8'));
    for (const single of Array.isArray(value) ? value : [value]) {
      parts.push(Buffer.from([MSSP_VAL]), Buffer.from(clean(single), 'utf8'));
    }
  }
  return Buffer.concat(parts);
}

export function formatMsspPlaintext(values: MsspValues): string {
  const lines = Object.entries(values).map(([name, value]) =>
    [clean(name), ...(Array.isArray(value) ? value : [value]).map(clean)].join('\t'),
  );
  return ['MSSP-REPLY-START', ...lines, 'MSSP-REPLY-END'].join('\n');
}

/** Values come from the game's live state; no byte of them may end the table early. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
