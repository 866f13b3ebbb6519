// The shape of every message on the cluster's subjects, checked strictly on arrival: unknown
// fields, wrong types and oversized values are refused, so a forged or broken message never
// reaches the game. Sizes are capped before parsing (see message-guard.ts).
import { z } from 'zod';
import { GATEWAY_ID_PATTERN } from './cluster-subjects.js';

/** A line is cut to the listener's limit long before this; anything longer is not from a gateway. */
export const MAX_LINE_CHARACTERS = 16 * 1024;
/** Requests and heartbeats from a gateway (a heartbeat lists up to ~60,000 connection numbers). */
export const MAX_GATEWAY_MESSAGE_BYTES = 512 * 1024;
/** One output batch; NATS refuses anything over its max_payload (1 MB by default). */
export const MAX_OUTPUT_MESSAGE_BYTES = 900 * 1024;
/** A batch is sent once it holds this much, so it stays under MAX_OUTPUT_MESSAGE_BYTES. */
export const OUTPUT_FLUSH_BYTES = 256 * 1024;

const gatewayId = z.string().regex(GATEWAY_ID_PATTERN);
const connection = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const sessionOpenSchema = z.strictObject({
  gateway: gatewayId,
  connection,
  kind: z.enum(['telnet', 'websocket']),
  remoteAddress: z.string().max(100),
  secure: z.boolean(),
  keepsResumeToken: z.boolean(),
  /** A session ticket from an earlier core: the session resumes in the game rather than at login. */
  ticket: z.string().min(1).max(512).optional(),
});
export type SessionOpenMessage = z.infer<typeof sessionOpenSchema>;

export const sessionInputSchema = z.strictObject({
  gateway: gatewayId,
  connection,
  /** Counts a connection's lines from 1, so a line sent again after a lost reply runs once. */
  seq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  line: z.string().max(MAX_LINE_CHARACTERS),
});
export type SessionInputMessage = z.infer<typeof sessionInputSchema>;

export const sessionCloseSchema = z.strictObject({ gateway: gatewayId, connection });
export type SessionCloseMessage = z.infer<typeof sessionCloseSchema>;

export const gatewayHeartbeatSchema = z.strictObject({
  gateway: gatewayId,
  connections: z.array(connection).max(100_000),
});
export type GatewayHeartbeatMessage = z.infer<typeof gatewayHeartbeatSchema>;

/** The core's answer to an open or an input request; an open is answered with the core's id. */
export const coreReplySchema = z.union([
  z.strictObject({ ok: z.literal(true), core: gatewayId.optional(), resumed: z.boolean().optional() }),
  z.strictObject({ ok: z.literal(false), code: z.string().regex(/^E_[A-Z0-9_]{1,60}$/), message: z.string().max(500) }),
]);
export type CoreReply = z.infer<typeof coreReplySchema>;

/** A core that has just become active says so, with its id (ids are unique per start). */
export const coreHelloSchema = z.strictObject({ core: gatewayId });
export type CoreHelloMessage = z.infer<typeof coreHelloSchema>;

const text = z.string().max(MAX_OUTPUT_MESSAGE_BYTES);
/** One thing to do to a connection: what the Transport interface can do, as data. */
export const outputOpSchema = z.discriminatedUnion('t', [
  z.strictObject({ t: z.literal('text'), text }),
  z.strictObject({ t: z.literal('prompt'), text }),
  z.strictObject({ t: z.literal('data'), topic: z.string().min(1).max(100), data: z.unknown() }),
  z.strictObject({ t: z.literal('password'), hidden: z.boolean() }),
  z.strictObject({ t: z.literal('state'), state: z.enum(['login', 'playing', 'closed']) }),
  /** The session's ticket, for the gateway to keep and present after a failover. */
  z.strictObject({ t: z.literal('ticket'), ticket: z.string().min(1).max(512) }),
  z.strictObject({ t: z.literal('close') }),
]);
export type OutputOp = z.infer<typeof outputOpSchema>;

/**
 * One batch for one gateway: each distinct op once, and for each connection the ops it gets, in
 * order, as indexes into `ops`. A say heard by forty players on one gateway is one op and forty
 * short lists, and the gateway does the fan-out.
 */
export const outputBatchSchema = z
  .strictObject({
    ops: z.array(outputOpSchema).max(100_000),
    to: z.array(z.tuple([connection, z.array(z.number().int().min(0)).max(100_000)])).max(100_000),
  })
  .refine((batch) => batch.to.every(([, indexes]) => indexes.every((index) => index < batch.ops.length)), {
    message: 'an index names no op in the batch',
  });
export type OutputBatch = z.infer<typeof outputBatchSchema>;
