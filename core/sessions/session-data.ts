// The structured messages a session sends beside its text (`Session.sendData`). They are
// transport-neutral: telnet maps them to GMCP packages, the websocket to JSON messages, and the
// browser's room panel is drawn from them. Plugins may add topics; these are the core's.
import type { HearthEvent } from '../events/event.js';

export interface CharacterInfo {
  id: number;
  name: string;
}

export interface ExitInfo {
  id: number;
  name: string;
  aliases: string[];
  /** Room the exit leads to; null while it is unlinked. */
  to: number | null;
  toName: string | null;
}

export interface RoomInfo {
  id: number;
  name: string;
  description: string;
  exits: ExitInfo[];
  /** Connected characters here, the viewer included. */
  players: CharacterInfo[];
}

export interface RoomPlayers {
  roomId: number;
  players: CharacterInfo[];
}

export interface ChannelMessage {
  channel: string;
  /** Who spoke, when the event says so; empty for system messages. */
  talker: string;
  /** The line as shown to this viewer. */
  text: string;
}

export interface ResumeGrant {
  /** Sent back as `resume <token>` at the login screen to log in again without the password. */
  token: string;
  expiresAt: string;
}

export interface ResumeRevoked {
  /** Why, in words to show the player: the token was refused, or the session ended for good. */
  reason: string;
}

export interface SessionDataTopics {
  /** Who this session plays: sent at login. */
  char: CharacterInfo;
  /** The viewer's room: sent at login and after every move of the viewer. */
  room: RoomInfo;
  /** Who is in the viewer's room, after someone arrives, leaves, connects or disconnects. */
  'room.players': RoomPlayers;
  /** An event from a `channel:<name>` stream. */
  channel: ChannelMessage;
  /** Every event delivered, as stored. */
  event: HearthEvent;
  /** A fresh resume token, for transports that keep one (the browser client). */
  resume: ResumeGrant;
  /**
   * The resume token the client holds will not log it in again (it was refused, or the session
   * ended on purpose: QUIT, idling out, a boot): forget it and ask for the password.
   */
  'resume.revoked': ResumeRevoked;
}

export type SessionTopic = keyof SessionDataTopics;

/** A topic with its data, as one value a transport can switch on. */
export type SessionMessage = { [K in SessionTopic]: { topic: K; data: SessionDataTopics[K] } }[SessionTopic];
