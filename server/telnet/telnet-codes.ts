// Telnet command bytes (RFC 854) and the option numbers Hearth knows by name.

export const IAC = 255;
/** End of record (RFC 885): marks the end of a prompt once the EOR option is agreed. */
export const EOR = 239;
export const DONT = 254;
export const DO = 253;
export const WONT = 252;
export const WILL = 251;
export const SB = 250;
export const GA = 249;
export const EL = 248;
export const EC = 247;
export const AYT = 246;
export const AO = 245;
export const IP = 244;
export const BRK = 243;
export const DM = 242;
export const NOP = 241;
export const SE = 240;

export type NegotiationVerb = typeof WILL | typeof WONT | typeof DO | typeof DONT;

export const VERB_NAMES: Record<NegotiationVerb, string> = { [WILL]: 'WILL', [WONT]: 'WONT', [DO]: 'DO', [DONT]: 'DONT' };

/** The options Hearth negotiates. */
export const Option = {
  ECHO: 1,
  SGA: 3,
  TTYPE: 24,
  EOR: 25,
  NAWS: 31,
  CHARSET: 42,
  MSSP: 70,
  MCCP2: 86,
  GMCP: 201,
} as const;
