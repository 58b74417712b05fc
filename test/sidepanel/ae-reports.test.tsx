// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LensDb } from '../../src/db';
import { SidePanel } from '../../src/sidepanel/SidePanel';
import { backgroundRuntime } from '../helpers/background-runtime';
import { snapshot } from '../helpers/posts';

let db: LensDb;
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('the side panel’s Report AE', () => {
  it('reports a listed post to the adverse-event queue and then says it is there', async () => {
    const bg = backgroundRuntime('ae-side-panel', () => new Date('2026-12-01T09:00:00Z'));
    db = bg.db;
    const post = snapshot('1', { text: 'Since the new tablets my son has had nosebleeds.' });
    render(
      <SidePanel runtime={bg.runtime} connect={(onPosts) => (onPosts([post]), () => undefined)} />,
    );
    const card = within((await screen.findByText('Author 1')).closest('article')!);
    fireEvent.click(await card.findByRole('button', { name: '⚑ Report AE' }));
    await card.findByText('⚑ In AE queue');
    await waitFor(async () =>
      expect(await db.aeCases.get('linkedin:1')).toMatchObject({
        origin: 'reported',
        text: post.text,
      }),
    );
  });
});
