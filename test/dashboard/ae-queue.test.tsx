// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AeQueue } from '../../src/dashboard/AeQueue';
import type { LensDb } from '../../src/db';
import { backgroundRuntime } from '../helpers/background-runtime';
import { snapshot } from '../helpers/posts';

const AE_TEXT =
  'My patient, 71F, started apixaban last month and came in today with a large thigh bruise and bleeding gums.';
const OTHER_AE =
  'My mother got a rash all over her arms a week after starting allopurinol. Calling her GP tomorrow.';
let clock = Date.parse('2026-12-01T09:00:00Z');
const now = () => new Date(clock);
let db: LensDb;
let n = 0;

beforeEach(() => {
  clock = Date.parse('2026-12-01T09:00:00Z');
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

async function withCases() {
  const bg = backgroundRuntime(`ae-queue-${++n}`, now);
  db = bg.db;
  await bg.fromTab({ type: 'posts/seen', posts: [snapshot('1', { text: AE_TEXT })] });
  clock += 30 * 3_600_000;
  await bg.fromTab({
    type: 'posts/seen',
    posts: [snapshot('2', { text: OTHER_AE, platform: 'x', key: 'x:2' })],
  });
  clock += 3_600_000;
  return bg;
}

const row = (key: string) => document.querySelector(`[data-ae-case="${key}"]`) as HTMLElement;

describe('the adverse-event queue', () => {
  it('lists every new case with its age, highlighting those past the alert age', async () => {
    const { runtime } = await withCases();
    render(<AeQueue runtime={runtime} now={now} />);
    await screen.findByText('2 new cases to decide, 1 past 24 h.', { exact: false });
    expect(row('linkedin:1').className).toContain('overdue');
    expect(within(row('linkedin:1')).getByText('31 h')).toBeTruthy();
    expect(row('linkedin:1').textContent).toContain('Product: apixaban');
    expect(row('x:2').className).not.toContain('overdue');
    // Filters: by age, by product, by network.
    fireEvent.change(screen.getByLabelText('Age'), { target: { value: 'overdue' } });
    expect(document.querySelectorAll('[data-ae-case]')).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Age'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('Product'), { target: { value: 'allopur' } });
    expect(row('x:2')).toBeTruthy();
    expect(row('linkedin:1')).toBeNull();
    fireEvent.input(screen.getByLabelText('Product'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'linkedin' } });
    expect(row('linkedin:1')).toBeTruthy();
    expect(row('x:2')).toBeNull();
  });

  it('forwards a case with its reference in one step with the copy, and records who and when', async () => {
    const { runtime } = await withCases();
    const copy = vi.fn(async () => undefined);
    render(<AeQueue runtime={runtime} now={now} copy={copy} />);
    await screen.findByText(/2 new cases/);
    const r = within(row('linkedin:1'));
    fireEvent.click(r.getByRole('button', { name: 'Forward to PV…' }));
    fireEvent.input(r.getByLabelText(/PV case reference/), { target: { value: 'PV-77' } });
    fireEvent.click(r.getByRole('button', { name: 'Copy and mark forwarded' }));
    await waitFor(() => expect(screen.getByText(/1 new case to decide/)).toBeTruthy());
    expect(copy).toHaveBeenCalledWith(expect.stringContaining('Product(s): apixaban'));
    // The default filter shows new cases: the forwarded one is found under its state.
    fireEvent.change(screen.getByLabelText('State'), { target: { value: 'forwarded' } });
    const done = within(row('linkedin:1'));
    expect(done.getByTestId('ae-state').textContent).toBe('Forwarded to PV');
    // The date in the browser's language (English in unit tests), whatever the time zone's hour.
    expect(done.getByText(/ref PV-77 · by this browser · Dec 2, 2026/)).toBeTruthy();
    fireEvent.click(done.getByText('History (3)'));
    expect(done.getByText(/state new → forwarded/)).toBeTruthy();
  });

  it('dismisses a case only with a reason, and the PV inbox gives an e-mail draft', async () => {
    const { runtime } = await withCases();
    await runtime.sendMessage({
      type: 'ae/settings/set',
      patch: { pvInbox: 'pv@example.com', reviewer: 'Ana' },
    });
    render(<AeQueue runtime={runtime} now={now} />);
    await screen.findByText(/2 new cases/);
    const r = within(row('x:2'));
    fireEvent.click(r.getByRole('button', { name: 'Forward to PV…' }));
    const mail = r.getByRole('link', { name: /E-mail pv@example.com/ });
    expect(mail.getAttribute('href')).toMatch(
      /^mailto:pv@example.com\?subject=Possible%20adverse%20event%3A%20allopurinol/,
    );
    fireEvent.click(r.getByRole('button', { name: 'Not an AE…' }));
    fireEvent.input(r.getByLabelText(/Why is this not/), { target: { value: 'A joke' } });
    fireEvent.click(r.getByRole('button', { name: 'Dismiss' }));
    await screen.findByText(/1 new case to decide/);
    const [stored] = await db.aeCases.where('state').equals('dismissed').toArray();
    expect(stored).toMatchObject({ key: 'x:2', dismissReason: 'A joke' });
  });

  it('says what is wrong with a setting and keeps the others as they were', async () => {
    const { runtime } = await withCases();
    render(<AeQueue runtime={runtime} now={now} />);
    await screen.findByText(/2 new cases/);
    fireEvent.click(screen.getByText('Settings of the adverse-event queue'));
    fireEvent.input(screen.getByLabelText('PV inbox (e-mail)'), { target: { value: 'pv-team' } });
    fireEvent.input(screen.getByLabelText(/older than \(hours\)/), { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings not saved: pvInbox: not an e-mail address.');
    expect(await runtime.sendMessage({ type: 'ae/settings/get' })).toMatchObject({
      data: { pvInbox: '', alertHours: 24 },
    });
    fireEvent.input(screen.getByLabelText('PV inbox (e-mail)'), {
      target: { value: 'pv@example.com' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved.');
    // The new alert age applies at once.
    expect(screen.getByTestId('ae-summary').textContent).toContain('1 past 4 h.');
  });
});
