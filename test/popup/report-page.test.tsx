// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPage } from '../../src/popup/ReportPage';

afterEach(cleanup);

describe('Report a page HCP Lens misreads (popup)', () => {
  it('saves the snapshot on one click and says what was saved', async () => {
    const report = vi.fn(
      async () => 'Saved hcp-lens-snapshot-x.json: 7 posts, without their text.',
    );
    render(<ReportPage report={report} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report a page HCP Lens misreads' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Saved hcp-lens/));
    expect(report).toHaveBeenCalledTimes(1);
  });

  it('says why when the tab cannot answer', async () => {
    render(<ReportPage report={() => Promise.reject(new Error('reload the tab and try again'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Report a page HCP Lens misreads' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Could not read this page: reload the tab and try again',
      ),
    );
  });
});
