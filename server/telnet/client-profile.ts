// What a telnet client told us about itself (TTYPE/MTTS, NAWS, CHARSET, GMCP Core.Hello), and
// what follows for its output: colour or not, UTF-8 or Latin-1, and the width to wrap at.

/** MTTS capability bits (the third TTYPE answer, "MTTS <n>"). */
export const Mtts = {
  ANSI: 1,
  VT100: 2,
  UTF8: 4,
  COLORS_256: 8,
  MOUSE_TRACKING: 16,
  OSC_COLOR_PALETTE: 32,
  SCREEN_READER: 64,
  PROXY: 128,
  TRUECOLOR: 256,
  MNES: 512,
  MSLP: 1024,
  SSL: 2048,
} as const;

export type OutputEncoding = 'utf-8' | 'latin1';

/** Narrower windows are wrapped at this width anyway; text would be unreadable otherwise. */
export const MIN_WRAP_WIDTH = 20;
/** Wider windows wrap here: a line this long is no longer a line anyone reads. */
export const MAX_WRAP_WIDTH = 500;

export class ClientProfile {
  /** First TTYPE answer (MTTS: the client's name, e.g. "MUDLET", "TINTIN++"). */
  clientName: string | null = null;
  /** Second TTYPE answer (MTTS: the terminal type, e.g. "XTERM-256COLOR"). */
  terminalType: string | null = null;
  /** MTTS bits from the third answer; null when the client sent none. */
  mtts: number | null = null;
  clientVersion: string | null = null;
  /** Window size from NAWS; 0 when unknown. */
  width = 0;
  height = 0;
  /** The CHARSET outcome: agreed on UTF-8, refused it, or never negotiated. */
  charset: 'utf-8' | 'refused' | 'unknown' = 'unknown';

  /** Colour unless the client said it has none (MTTS without ANSI, or a "DUMB" terminal). */
  get ansi(): boolean {
    if (this.mtts !== null) return (this.mtts & Mtts.ANSI) !== 0;
    return !/^(DUMB|UNKNOWN)$/i.test(this.terminalType ?? this.clientName ?? '');
  }

  /** UTF-8 when agreed by CHARSET; a refusal falls back to the MTTS UTF-8 bit; unknown means UTF-8. */
  get encoding(): OutputEncoding {
    if (this.charset === 'utf-8') return 'utf-8';
    if (this.mtts !== null) return (this.mtts & Mtts.UTF8) !== 0 ? 'utf-8' : 'latin1';
    return this.charset === 'refused' ? 'latin1' : 'utf-8';
  }

  /** Column to wrap output at, or 0 for no wrapping (no NAWS). */
  get wrapWidth(): number {
    if (this.width <= 0) return 0;
    return Math.min(MAX_WRAP_WIDTH, Math.max(MIN_WRAP_WIDTH, this.width));
  }

  get screenReader(): boolean {
    return this.mtts !== null && (this.mtts & Mtts.SCREEN_READER) !== 0;
  }
}
