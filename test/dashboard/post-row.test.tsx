// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PostRow } from '../../src/dashboard/posts/PostRow';
import type { PostView } from '../../src/db/records';
import { postRecord, verdict } from '../helpers/posts';

afterEach(cleanup);

const view: PostView = {
  post: postRecord('1', { verdict: verdict({ category: 'creating' }) }),
  annotation: {
    key: 'linkedin:1',
    category: 'catalyzing',
    tags: [],
    flagged: true,
    note: '',
    collections: [],
    annotatedAt: '2026-11-01T00:00:00.000Z',
    sessionId: 1,
  },
};

const row = (moving: boolean) =>
  render(
    <PostRow
      view={view}
      index={0}
      selected={false}
      moving={moving}
      onSelect={() => undefined}
      onPatch={() => undefined}
      onEdit={() => undefined}
    />,
  );

describe('a row of the posts list', () => {
  it('edits category and follow-up in menus while the list is still', () => {
    row(false);
    expect(screen.getByRole('combobox', { name: 'Category' })).toHaveProperty(
      'value',
      'catalyzing',
    );
    expect(screen.getByRole('combobox', { name: 'Follow-up' })).toHaveProperty('value', 'open');
  });

  it('shows the same choices as text while the list scrolls, without building the menus', () => {
    const { container } = row(true);
    expect(container.querySelector('select')).toBeNull();
    const values = [...container.querySelectorAll('.menu-value')].map((e) => e.textContent);
    expect(values).toEqual(['Catalyzing', 'Follow up']);
  });
});
