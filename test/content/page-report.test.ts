import { describe, expect, it } from 'vitest';
import { servePageReport } from '../../src/content/page-report';
import { x } from '../../src/platforms/x';
import { openPage, haveRealPages } from '../platforms/real-pages';

describe.skipIf(!haveRealPages)('the tab’s answer to "Report a page HCP Lens misreads"', () => {
  it('is the snapshot of its posts, read by the adapter in use, and nothing for other messages', async () => {
    const page = openPage('x-6.html', 'https://x.com/home');
    let listener: ((m: unknown) => Promise<unknown> | undefined) | undefined;
    servePageReport(
      { onMessage: { addListener: (cb) => (listener = cb) } },
      () => x,
      page.document,
    );
    expect(listener?.({ type: 'rules/test' })).toBeUndefined();
    const reply = (await listener?.({ type: 'page/snapshot' })) as Record<string, unknown>;
    expect(reply).toMatchObject({ format: 'hcp-lens-page-snapshot', platform: 'x', postsFound: 1 });
    const json = JSON.stringify(reply);
    for (const secret of ['Eike', 'eikedrescher', 'Bento', '2022259933887050206', 'Hwang']) {
      expect(json.includes(secret), secret).toBe(false);
    }
  });
});
