// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AeReport } from '../../src/content/ae-report';
import type { AeState } from '../../src/db/ae-records';
import { Overlay } from '../../src/ui/Overlay';
import { postRecord, snapshot } from '../helpers/posts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const view = { post: postRecord('1'), annotation: null };
const bar = () => screen.getByRole('group', { name: 'HCP Lens' });

describe('the bar’s Report AE action', () => {
  it('reports the post with a click or the A key, and then says it is in the queue', () => {
    const onReport = vi.fn();
    const { rerender } = render(
      <Overlay view={view} error={null} onPatch={vi.fn()} ae={{ state: null, onReport }} />,
    );
    fireEvent.focus(bar());
    fireEvent.click(screen.getByRole('button', { name: '⚑ Report AE' }));
    fireEvent.keyDown(bar(), { key: 'a' });
    expect(onReport).toHaveBeenCalledTimes(2);
    rerender(
      <Overlay view={view} error={null} onPatch={vi.fn()} ae={{ state: 'new', onReport }} />,
    );
    expect(screen.getByText('⚑ In AE queue')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Report AE/ })).toBeNull();
    fireEvent.keyDown(bar(), { key: 'a' });
    expect(onReport).toHaveBeenCalledTimes(2);
  });

  it('keeps a report the background refuses (full disk) and retries it until stored', async () => {
    vi.useFakeTimers();
    const results: (AeState | Error)[] = [
      new Error(
        'Browser storage is full (QuotaExceededError): free some disk space on this computer',
      ),
      'new',
    ];
    const reportAe = vi.fn(async () => {
      const r = results.shift()!;
      if (r instanceof Error) throw r;
      return r;
    });
    const shown: (string | null)[] = [];
    const report = new AeReport(
      () => snapshot('1'),
      { reportAe },
      (e) => shown.push(e),
    );
    report.props().onReport();
    await vi.advanceTimersByTimeAsync(0);
    expect(report.props()).toMatchObject({ state: null, reporting: true });
    expect(shown.at(-1)).toMatch(/^AE not reported yet\. Browser storage is full .*Retrying…$/);
    await vi.advanceTimersByTimeAsync(1000);
    expect(reportAe).toHaveBeenCalledTimes(2);
    expect(report.props()).toMatchObject({ state: 'new', reporting: false });
    expect(shown.at(-1)).toBeNull();
  });
});
