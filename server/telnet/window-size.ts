// NAWS (RFC 1073): the client's window size, as two 16-bit big-endian numbers. The telnet parser
// has already turned doubled IAC bytes back into single ones.

export interface WindowSize {
  width: number;
  height: number;
}

/** Reads a NAWS body; null when it is not exactly four bytes. */
export function parseWindowSize(data: Buffer): WindowSize | null {
  if (data.length !== 4) return null;
  return { width: data.readUInt16BE(0), height: data.readUInt16BE(2) };
}
