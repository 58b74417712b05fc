// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidePanel } from '../../src/sidepanel/SidePanel';
import { backgroundFor, type Background } from '../helpers/dashboard-runtime';
import { snapshot } from '../helpers/posts';

let bg: Background | undefined;
afterEach(async () => {
  cleanup();
  await bg?.close();
});

describe('side panel', () => {
  it('writes a note and puts a post in an existing collection', async () => {
    bg = backgroundFor();
    await bg.annotate(snapshot('9'), { collections: ['Q4 KOLs'] });
    const post = snapshot('1');
    render(
      <SidePanel
        runtime={bg.runtime}
        connect={(onPosts) => {
          onPosts([post]);
          return () => undefined;
        }}
      />,
    );
    const card = await waitFor(() =>
      document.querySelector<HTMLElement>('[data-post-key="linkedin:1"]')!,
    );
    await waitFor(() => within(card).getByRole('button', { name: '▤ Collect' }));
    fireEvent.click(within(card).getByRole('button', { name: '▤ Collect' }));
    fireEvent.click(await within(card).findByLabelText('Q4 KOLs'));
    await waitFor(async () =>
      expect((await bg!.db.annotations.get('linkedin:1'))?.collections).toEqual(['Q4 KOLs']),
    );
    fireEvent.click(within(card).getByRole('button', { name: '✎ Note' }));
    const box = within(card).getByRole('textbox', { name: 'Note' });
    fireEvent.input(box, { target: { value: 'Speaker for the March webinar' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save note' }));
    await waitFor(async () =>
      expect((await bg!.db.annotations.get('linkedin:1'))?.note).toBe(
        'Speaker for the March webinar',
      ),
    );
    expect(screen.getByText('Speaker for the March webinar')).toBeTruthy();
  });
});
