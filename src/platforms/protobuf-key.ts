/**
 * Decodes the activity id hidden in the 2026 LinkedIn feed's comment-tools `componentkey`
 * (`<base64 protobuf>-replaceableCommentTools<card id>`). The protobuf's field 1 is a
 * length-delimited message whose field 1 is the activity id as a zigzag varint. Ids exceed 2^53,
 * so everything is BigInt. Page data is hostile: every function returns null instead of throwing.
 */

const COMMENT_TOOLS_MARKER = '-replaceableCommentTools';
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Protobuf wire types. */
const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;
/** A componentkey prefix longer than this is not the small message we expect. */
const MAX_PREFIX_CHARS = 512;

/** Standard or URL-safe base64, padded or not, to bytes; null when malformed. */
export function decodeBase64(input: string): Uint8Array | null {
  const s = input.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(s) || s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const ch of s) {
    acc = (acc << 6) | BASE64_ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

interface Cursor {
  bytes: Uint8Array;
  pos: number;
  end: number;
}

function readVarint(c: Cursor): bigint | null {
  let result = 0n;
  for (let i = 0; i < 10; i++) {
    if (c.pos >= c.end) return null;
    const b = c.bytes[c.pos++] ?? 0;
    result |= BigInt(b & 0x7f) << BigInt(7 * i);
    if ((b & 0x80) === 0) return result;
  }
  return null;
}

/**
 * Finds field `field` of the message in `c` and returns a cursor over its value (varint fields:
 * the cursor starts at the varint). Skips other fields; null when absent or malformed.
 */
function findField(c: Cursor, field: number, wireType: number): Cursor | null {
  while (c.pos < c.end) {
    const tag = readVarint(c);
    if (tag === null) return null;
    const num = Number(tag >> 3n);
    const type = Number(tag & 7n);
    const start = c.pos;
    let next: number;
    if (type === VARINT) {
      if (readVarint(c) === null) return null;
      next = c.pos;
    } else if (type === LENGTH_DELIMITED) {
      const len = readVarint(c);
      if (len === null || len > BigInt(c.end - c.pos)) return null;
      const valueStart = c.pos;
      next = valueStart + Number(len);
      if (num === field && type === wireType) return { bytes: c.bytes, pos: valueStart, end: next };
    } else if (type === FIXED64) {
      next = start + 8;
    } else if (type === FIXED32) {
      next = start + 4;
    } else {
      return null;
    }
    if (next > c.end) return null;
    if (num === field && type === wireType) return { bytes: c.bytes, pos: start, end: next };
    c.pos = next;
  }
  return null;
}

/** The activity id (decimal string) in a protobuf: field 1 { field 1: zigzag varint }. */
export function activityIdFromProtobuf(bytes: Uint8Array): string | null {
  return idInField(bytes, 1);
}

/**
 * The urn of the post a comment-tools key names. Its protobuf's field 1 holds an activity id,
 * field 2 a ugcPost id (`EgsI…` keys: posts LinkedIn shows without their activity), each as
 * `{ field 1: zigzag varint }`; null when the key is not of that shape or does not decode.
 */
export function postUrnFromComponentKey(componentKey: string): string | null {
  const at = componentKey.indexOf(COMMENT_TOOLS_MARKER);
  if (at <= 0 || at > MAX_PREFIX_CHARS) return null;
  const bytes = decodeBase64(componentKey.slice(0, at));
  if (!bytes) return null;
  const activity = idInField(bytes, 1);
  if (activity) return `urn:li:activity:${activity}`;
  const ugcPost = idInField(bytes, 2);
  return ugcPost ? `urn:li:ugcPost:${ugcPost}` : null;
}

/** The id in field `field` { field 1: zigzag varint } of a protobuf, as a decimal string. */
function idInField(bytes: Uint8Array, field: number): string | null {
  const outer = findField({ bytes, pos: 0, end: bytes.length }, field, LENGTH_DELIMITED);
  if (!outer) return null;
  const idField = findField(outer, 1, VARINT);
  if (!idField) return null;
  const raw = readVarint(idField);
  if (raw === null) return null;
  const id = (raw >> 1n) ^ -(raw & 1n);
  return id > 0n ? id.toString() : null;
}

/**
 * The activity id from a comment-tools componentkey such as
 * `CgsI6MCyx4bC9NHQAQ-replaceableCommentToolszZYWPxW3…` (-> `7517045474507247668`); null when the
 * key is not of that shape or does not decode.
 */
export function activityIdFromComponentKey(componentKey: string): string | null {
  const at = componentKey.indexOf(COMMENT_TOOLS_MARKER);
  if (at <= 0 || at > MAX_PREFIX_CHARS) return null;
  const bytes = decodeBase64(componentKey.slice(0, at));
  return bytes ? activityIdFromProtobuf(bytes) : null;
}
