// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../src/sidepanel/SidePanel';
import { setMessageSource } from '../../src/shared/i18n';
import { catalogueApi } from '../helpers/catalogue';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { snapshot } from '../helpers/posts';

let bg: Background | undefined;
beforeEach(() => setMessageSource(catalogueApi('de')));
afterEach(async () => {
  cleanup();
  setMessageSource(catalogueApi('en'));
  await bg?.close();
});

describe('the side panel in German', () => {
  it('says what to do before a feed is open', () => {
    render(<SidePanel runtime={backgroundFor().runtime} connect={() => () => undefined} />);
    expect(
      screen.getByText(
        'Öffnen Sie einen Feed von LinkedIn, X, Bluesky, Doximity oder Mastodon, um dessen Beiträge hier zu markieren.',
      ),
    ).toBeTruthy();
  });

  it('counts the posts in view and shows each one’s bar in German', async () => {
    bg = backgroundFor();
    const posts = [snapshot('1'), snapshot('2')];
    render(
      <SidePanel
        runtime={bg.runtime}
        connect={(onPosts) => {
          onPosts(posts);
          return () => undefined;
        }}
      />,
    );
    expect(screen.getByText('2 Beiträge sichtbar')).toBeTruthy();
    const card = document.querySelector<HTMLElement>('[data-post-key="linkedin:1"]')!;
    const badge = await waitFor(() =>
      within(card).getByRole('button', { name: /^(Fachkreis|Kein Fachkreis) \d{1,3}\u00a0%$/ }),
    );
    // The author's confidence as a German percentage ("Fachkreis 93 %").
    expect(badge.textContent).toMatch(/^(Fachkreis|Kein Fachkreis) \d{1,3}\u00a0%$/);
    expect(within(card).getByRole('button', { name: '▤ Sammeln' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: '☆ Nachverfolgen' })).toBeTruthy();
  });
});
