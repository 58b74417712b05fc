// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteRules } from '../../src/dashboard/SiteRules';
import { takeSnapshot } from '../../src/platforms/page-snapshot';
import { x } from '../../src/platforms/x';
import { haveRealPages, openPage } from '../platforms/real-pages';

afterEach(cleanup);

function runtime() {
  return {
    sendMessage: vi.fn(async (raw: unknown) => {
      const m = raw as { type: string };
      if (m.type === 'settings/get') return { ok: true, data: { ruleOverrides: {} } };
      return { ok: false, error: `unexpected ${m.type}` };
    }),
  };
}

/** A snapshot of the real X page holding one post, as the popup saves it. */
function snapshotFile(): File {
  const page = openPage('x-6.html', 'https://x.com/home');
  const snapshot = takeSnapshot(page.document, 'x', (r) => x.findPosts(r));
  return new File([JSON.stringify(snapshot)], 'hcp-lens-snapshot-x.json', {
    type: 'application/json',
  });
}

const useFile = (file: File) =>
  fireEvent.change(screen.getByLabelText('Use a page snapshot to test'), {
    target: { files: [file] },
  });

describe.skipIf(!haveRealPages)('Site rules: use a page snapshot to test', () => {
  it('runs the rules in the form over the snapshot and shows what they find', async () => {
    render(<SiteRules runtime={runtime()} />);
    await waitFor(() =>
      expect((screen.getByLabelText('Post container') as HTMLTextAreaElement).value).not.toBe(''),
    );
    useFile(snapshotFile());
    await waitFor(() =>
      expect(screen.getByTestId('rules-test-count').textContent).toMatch(
        /^1 post found on the X snapshot hcp-lens-snapshot-x\.json/,
      ),
    );
    expect(screen.getByText('x:1111111111111111111')).toBeTruthy();
  });

  it('shows that a broken container selector finds nothing in it', async () => {
    render(<SiteRules runtime={runtime()} />);
    const container = () => screen.getByLabelText('Post container') as HTMLTextAreaElement;
    await waitFor(() => expect(container().value).not.toBe(''));
    fireEvent.input(container(), { target: { value: 'article[data-testid="gone"]' } });
    useFile(snapshotFile());
    await waitFor(() =>
      expect(screen.getByTestId('rules-test-count').textContent).toMatch(/^0 posts found/),
    );
  });

  it('refuses a file that is not a snapshot, and says so', async () => {
    render(<SiteRules runtime={runtime()} />);
    useFile(new File(['{"format":"other"}'], 'notes.json'));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /not a page snapshot HCP Lens can read/,
      ),
    );
  });
});
