// What a typed line may contain once it reaches a session, whichever transport carried it: no
// control characters (an escape sequence or a bell would reach other players' screens through
// says and pages), tabs as spaces. Telnet applies the same rule byte by byte as lines arrive.

// C0 controls but tab, DEL and C1 controls (U+009B alone starts an escape sequence on some terminals).
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

export function cleanInputLine(text: string): string {
  return text.replace(/\t/g, ' ').replace(CONTROLS, '');
}
