import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeFailure } from '../../src/background/failure';

describe('the text of a failed request', () => {
  it('gives a wrapped storage error once, with its name, on one line', () => {
    const error = new Dexie.AbortError(
      'Transaction aborted',
      new DOMException('The transaction was aborted.', 'AbortError'),
    );
    expect(describeFailure(error)).toBe('AbortError: The transaction was aborted.');
  });

  it('says what to do when storage is full, however the error is wrapped', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const error of [quota, new Dexie.AbortError('Transaction aborted', quota)])
      expect(describeFailure(error)).toMatch(/^Browser storage is full .*free some disk space/);
  });

  it('keeps our own messages as they are and cuts a runaway one', () => {
    expect(describeFailure(new Error('That list no longer exists.'))).toBe(
      'That list no longer exists.',
    );
    expect(describeFailure('x'.repeat(10_000))).toHaveLength(500);
  });
});
