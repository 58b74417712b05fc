// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay } from '../../src/ui/Overlay';
import type { PostView } from '../../src/db/records';
import { postRecord, verdict } from '../helpers/posts';

afterEach(cleanup);

/** The controls open while the pointer rests on the bar (or the focus is in it). */
const openControls = () => fireEvent.focus(screen.getByRole('group', { name: 'HCP Lens' }));

function view(
  overrides: Partial<PostView['post']> = {},
  annotation: PostView['annotation'] = null,
): PostView {
  return {
    post: postRecord('1', {
      verdict: verdict({
        signals: [
          { kind: 'hcp', label: 'MD in name', weight: 3 },
          { kind: 'hcp', label: 'Cardiologist in headline', weight: 2 },
        ],
      }),
      ...overrides,
    }),
    annotation,
  };
}

const annotation = (a: Partial<NonNullable<PostView['annotation']>>) => ({
  key: 'linkedin:1',
  category: null,
  tags: [],
  flagged: false,
  note: '',
  collections: [],
  annotatedAt: '2026-11-24T09:00:00.000Z',
  sessionId: 1,
  ...a,
});

describe('overlay', () => {
  it('says whether the author is an HCP and why, and which category is suggested', () => {
    render(<Overlay view={view()} error={null} onPatch={vi.fn()} />);
    expect(screen.getByText(/^HCP 90%/)).toBeTruthy();
    expect(screen.getByText('MD in name · Cardiologist in headline')).toBeTruthy();
    // One line until the pointer or the focus comes: no controls to lay out and paint.
    expect(screen.queryByRole('radio')).toBeNull();
    openControls();
    const suggested = screen.getByRole('radio', { name: 'Creating' });
    expect(suggested.className).toContain('suggested');
    expect(suggested.getAttribute('aria-checked')).toBe('false');
  });

  it('opens its controls on hover or focus and closes them when both leave', () => {
    render(<Overlay view={view()} error={null} onPatch={vi.fn()} />);
    vi.useFakeTimers();
    const group = screen.getByRole('group', { name: 'HCP Lens' });
    // A pointer passing over the bar opens nothing; one that rests on it opens the controls.
    fireEvent.pointerEnter(group);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    fireEvent.pointerLeave(group);
    act(() => {
      vi.advanceTimersByTime(500);
    });
    expect(screen.queryByRole('radio')).toBeNull();
    fireEvent.pointerEnter(group);
    act(() => {
      vi.advanceTimersByTime(250);
    });
    expect(screen.getAllByRole('radio')).toHaveLength(6);
    fireEvent.pointerLeave(group);
    vi.useRealTimers();
    expect(screen.queryByRole('radio')).toBeNull();
    fireEvent.focus(group);
    expect(screen.getByRole('button', { name: /Follow up/ })).toBeTruthy();
    fireEvent.blur(group);
    expect(screen.queryByRole('button', { name: /Follow up/ })).toBeNull();
  });

  it('always shows its controls where there is room (the side panel)', () => {
    render(<Overlay view={view()} error={null} onPatch={vi.fn()} alwaysOpen />);
    expect(screen.getAllByRole('radio')).toHaveLength(6);
  });

  it('confirms the suggested category from the one-line summary, and undoes it there', () => {
    const onPatch = vi.fn();
    const { rerender } = render(<Overlay view={view()} error={null} onPatch={onPatch} />);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm suggested category Creating' }));
    expect(onPatch).toHaveBeenLastCalledWith({ category: 'creating' });
    rerender(
      <Overlay
        view={view({}, annotation({ category: 'connecting', tags: ['kol'], flagged: true }))}
        error={null}
        onPatch={onPatch}
      />,
    );
    const pill = screen.getByRole('button', { name: 'Connecting confirmed: click to undo' });
    expect(pill.textContent).toBe('✓ Connecting');
    expect(screen.getByText('1 tag')).toBeTruthy();
    expect(screen.getByTitle('Flagged for follow-up')).toBeTruthy();
    fireEvent.click(pill);
    expect(onPatch).toHaveBeenLastCalledWith({ category: null });
  });

  it('confirms a category with one click, and a second click takes it back', () => {
    const onPatch = vi.fn();
    const { rerender } = render(<Overlay view={view()} error={null} onPatch={onPatch} />);
    openControls();
    fireEvent.click(screen.getByRole('radio', { name: 'Connecting' }));
    expect(onPatch).toHaveBeenLastCalledWith({ category: 'connecting' });
    rerender(
      <Overlay
        view={view({}, annotation({ category: 'connecting' }))}
        error={null}
        onPatch={onPatch}
      />,
    );
    const confirmed = screen.getByRole('radio', { name: '✓ Connecting' });
    expect(confirmed.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(confirmed);
    expect(onPatch).toHaveBeenLastCalledWith({ category: null });
  });

  it('works from the keyboard: digits choose, Enter confirms the suggestion, F flags', () => {
    const onPatch = vi.fn();
    render(<Overlay view={view()} error={null} onPatch={onPatch} />);
    const group = screen.getByRole('group', { name: 'HCP Lens' });
    fireEvent.keyDown(group, { key: '5' });
    expect(onPatch).toHaveBeenLastCalledWith({ category: 'catalyzing' });
    fireEvent.keyDown(group, { key: 'Enter' });
    expect(onPatch).toHaveBeenLastCalledWith({ category: 'creating' });
    fireEvent.keyDown(group, { key: 'f' });
    expect(onPatch).toHaveBeenLastCalledWith({ flagged: true });
  });

  it('adds and removes free tags', () => {
    const onPatch = vi.fn();
    const { rerender } = render(<Overlay view={view()} error={null} onPatch={onPatch} />);
    // The text box appears when asked for, with the focus in it.
    openControls();
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a tag' }));
    const input = screen.getByRole('textbox', { name: 'Add a tag' });
    expect(document.activeElement).toBe(input);
    fireEvent.input(input, { target: { value: ' KOL ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPatch).toHaveBeenLastCalledWith({ tags: ['KOL'] });
    rerender(
      <Overlay
        view={view({}, annotation({ tags: ['KOL', 'oncology'] }))}
        error={null}
        onPatch={onPatch}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag KOL' }));
    expect(onPatch).toHaveBeenLastCalledWith({ tags: ['oncology'] });
  });

  it('renders page text as text, never as markup', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const { container } = render(
      <Overlay
        view={view({ verdict: verdict({ signals: [{ kind: 'hcp', label: hostile, weight: 3 }] }) })}
        error={null}
        onPatch={vi.fn()}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(hostile)).toBeTruthy();
  });

  it('flags a potential adverse event and shows errors instead of failing silently', () => {
    render(
      <Overlay
        view={view({ verdict: verdict({ ae: true }) })}
        error="Not saved: disk full"
        onPatch={vi.fn()}
      />,
    );
    expect(screen.getByText('⚠ Possible adverse event')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Not saved: disk full');
  });

  it('lets the user correct the author with one click on the badge, and undo it', () => {
    const onMarkAuthor = vi.fn();
    const { rerender } = render(
      <Overlay view={view()} error={null} onPatch={vi.fn()} onMarkAuthor={onMarkAuthor} />,
    );
    fireEvent.click(screen.getByRole('button', { name: /^HCP \d+%$/ }));
    expect(onMarkAuthor).toHaveBeenLastCalledWith(false);
    rerender(
      <Overlay
        view={view({ verdict: verdict({ isHcp: false, authorMarked: false }) })}
        error={null}
        onPatch={vi.fn()}
        onMarkAuthor={onMarkAuthor}
      />,
    );
    expect(screen.getByText(/Not HCP · marked/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Not HCP · marked' }));
    expect(onMarkAuthor).toHaveBeenLastCalledWith(null);
  });
});
