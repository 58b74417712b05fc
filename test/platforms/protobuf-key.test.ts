import { describe, expect, it } from 'vitest';
import {
  activityIdFromComponentKey,
  activityIdFromProtobuf,
  decodeBase64,
  postUrnFromComponentKey,
} from '../../src/platforms/protobuf-key';

const MARKER = '-replaceableCommentToolszZYWPxW3FeedType_MAIN_FEED_RELEVANCE';

function varint(v: bigint): number[] {
  const out: number[] = [];
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v > 0n ? b | 0x80 : b);
  } while (v > 0n);
  return out;
}

/** Builds a componentkey the way LinkedIn does: field 1 { field 1: zigzag(id) }. */
function componentKey(
  id: bigint,
  opts: { urlSafe?: boolean; pad?: boolean; field?: number } = {},
): string {
  const inner = [0x08, ...varint((id << 1n) ^ (id >> 63n))];
  const msg = [((opts.field ?? 1) << 3) | 2, ...varint(BigInt(inner.length)), ...inner];
  let b64 = Buffer.from(msg).toString('base64');
  if (opts.urlSafe) b64 = b64.replace(/\+/g, '-').replace(/\//g, '_');
  if (!opts.pad) b64 = b64.replace(/=+$/, '');
  return b64 + MARKER;
}

describe('activityIdFromComponentKey', () => {
  it('decodes the documented example exactly (beyond 2^53)', () => {
    expect(activityIdFromComponentKey(`CgsI6MCyx4bC9NHQAQ${MARKER}`)).toBe('7517045474507247668');
  });

  it('accepts standard and URL-safe base64, padded or not', () => {
    expect(activityIdFromComponentKey(`CgsI0uP+9vz90svQAQ${MARKER}`)).toBe('7515282887356176617');
    expect(activityIdFromComponentKey(`CgsI0uP-9vz90svQAQ${MARKER}`)).toBe('7515282887356176617');
    expect(activityIdFromComponentKey(`CgsI0uP-9vz90svQAQ==${MARKER}`)).toBe('7515282887356176617');
  });

  it('round-trips ids up to 2^63 - 1', () => {
    const ids = [1n, 127n, 128n, 2n ** 53n + 1n, 7520000000000001022n, 2n ** 63n - 1n];
    for (const id of ids) {
      for (const opts of [{}, { urlSafe: true }, { pad: true }, { urlSafe: true, pad: true }]) {
        expect(activityIdFromComponentKey(componentKey(id, opts))).toBe(id.toString());
      }
    }
  });

  it('skips unrelated fields before the id', () => {
    // field 2 (varint 5), field 3 (bytes "ab"), then field 1 { field 4 fixed32, field 1: zigzag(42) }
    const inner = [0x25, 1, 2, 3, 4, 0x08, ...varint(84n)];
    const bytes = Uint8Array.from([0x10, 5, 0x1a, 2, 97, 98, 0x0a, inner.length, ...inner]);
    expect(activityIdFromProtobuf(bytes)).toBe('42');
  });

  it.each([
    ['empty', ''],
    ['no marker', 'CgsI6MCyx4bC9NHQAQ'],
    ['nothing before the marker', MARKER],
    ['not base64', `!!not*base64!!${MARKER}`],
    ['impossible base64 length', `CgsI6${MARKER}`],
    ['empty message', `AAAA${MARKER}`],
    ['truncated varint', `CgsI6MCy${MARKER}`],
    ['length past the end', `Cg8I6MCyx4bC9NHQAQ${MARKER}`],
    ['field 1 is a varint, not a message', `CAE${MARKER}`],
    ['negative id', componentKey(-5n)],
    ['zero id', componentKey(0n)],
    ['prefix too long', `${'A'.repeat(600)}${MARKER}`],
  ])('returns null for %s', (_label, key) => {
    expect(activityIdFromComponentKey(key)).toBeNull();
  });

  it('never throws on random input', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_=!';
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2_000; i++) {
      const len = Math.floor(rand() * 40);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(() => activityIdFromComponentKey(s + MARKER)).not.toThrow();
    }
  });
});

describe('decodeBase64', () => {
  it('matches Node for standard base64', () => {
    const bytes = Uint8Array.from({ length: 50 }, (_, i) => (i * 37) % 256);
    const b64 = Buffer.from(bytes).toString('base64');
    expect(decodeBase64(b64)).toEqual(bytes);
    expect(decodeBase64(b64.replace(/=+$/, ''))).toEqual(bytes);
  });
});

describe('postUrnFromComponentKey', () => {
  it('reads field 1 as an activity and field 2 (`EgsI…` keys) as a ugcPost', () => {
    expect(postUrnFromComponentKey(`CgsI6MCyx4bC9NHQAQ${MARKER}`)).toBe(
      'urn:li:activity:7517045474507247668',
    );
    const ugc = componentKey(7441793380893753344n, { field: 2 });
    expect(ugc.startsWith('EgsI')).toBe(true);
    expect(postUrnFromComponentKey(ugc)).toBe('urn:li:ugcPost:7441793380893753344');
    // The activity-only reader keeps its answer: a ugcPost is not an activity.
    expect(activityIdFromComponentKey(ugc)).toBeNull();
    expect(postUrnFromComponentKey(componentKey(5n, { field: 3 }))).toBeNull();
  });
});
