// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteRules } from '../../src/dashboard/SiteRules';
import { DOXIMITY_RULES } from '../../src/platforms/doximity';

afterEach(cleanup);

type Msg = { type: string; [k: string]: unknown };
const REPLY = {
  containers: 7,
  posts: 6,
  tabUrl: 'https://www.doximity.com/newsfeed',
  sample: [
    { key: 'doximity:1', authorName: 'Dr. Ana Ruiz', authorHeadline: 'Cardiology', text: 'Case…' },
  ],
};

function fakeRuntime(saved: Record<string, unknown> = {}) {
  let overrides = { ...saved };
  const sent: Msg[] = [];
  const sendMessage = vi.fn(async (raw: unknown) => {
    const m = raw as Msg;
    sent.push(m);
    if (m.type === 'settings/get') return { ok: true, data: { ruleOverrides: overrides } };
    if (m.type === 'settings/set') {
      const patch = (m.patch as { ruleOverrides: Record<string, unknown> }).ruleOverrides;
      overrides = { ...overrides, ...patch };
      for (const [k, v] of Object.entries(patch)) if (v === null) delete overrides[k];
      return { ok: true, data: { ruleOverrides: overrides } };
    }
    if (m.type === 'rules/test') return { ok: true, data: REPLY };
    return { ok: false, error: `unexpected ${m.type}` };
  });
  return { sendMessage, sent };
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const choose = (p: string) =>
  fireEvent.change(screen.getByLabelText('Network'), { target: { value: p } });

describe('Site rules', () => {
  it('prefills the built-in rules, one alternative per line', async () => {
    render(<SiteRules runtime={fakeRuntime()} />);
    choose('doximity');
    await waitFor(() => expect(field('Post container').value).toBe(DOXIMITY_RULES.container));
    expect(field('Permalink').value).toBe('a.feed-item-permalink\na[href*="/newsfeed/posts/"]');
    expect(field('Id pattern').value).toBe(DOXIMITY_RULES.idPattern);
    expect(screen.getByTestId('rules-state').textContent).toBe('Using the built-in rules');
  });

  it('shows every error by its field and sends nothing', async () => {
    const runtime = fakeRuntime();
    render(<SiteRules runtime={runtime} />);
    choose('doximity');
    fireEvent.input(field('Post container'), { target: { value: 'li[data-x' } });
    fireEvent.input(field('Id pattern'), { target: { value: '(unclosed' } });
    fireEvent.input(field('Post text'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test on open tab' }));
    await waitFor(() =>
      expect(document.querySelector('[data-field-error="container"]')?.textContent).toMatch(
        /not a valid CSS selector/,
      ),
    );
    expect(document.querySelector('[data-field-error="idPattern"]')?.textContent).toMatch(
      /not a valid regular expression/,
    );
    expect(document.querySelector('[data-field-error="text"]')?.textContent).toBe('empty selector');
    expect(field('Post container').getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(runtime.sent.filter((m) => m.type !== 'settings/get')).toEqual([]);
  });

  it('tests only the changed rules on the open tab and shows what they found', async () => {
    const runtime = fakeRuntime();
    render(<SiteRules runtime={runtime} />);
    choose('doximity');
    fireEvent.input(field('Post container'), { target: { value: '[data-dox-post]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test on open tab' }));
    await waitFor(() =>
      expect(screen.getByTestId('rules-test-count').textContent).toMatch(
        /^6 posts found on https:\/\/www\.doximity\.com\/newsfeed \(1 more matched/,
      ),
    );
    expect(runtime.sent.at(-1)).toEqual({
      type: 'rules/test',
      platform: 'doximity',
      rules: { container: '[data-dox-post]' },
    });
    const table = screen.getByRole('table', { name: 'Posts found on the open tab' });
    expect(within(table).getByText('doximity:1')).toBeTruthy();
    expect(within(table).getByText('Cardiology')).toBeTruthy();
  });

  it('saves the override, shows it next time, and resets to the built-in rules', async () => {
    const runtime = fakeRuntime();
    render(<SiteRules runtime={runtime} />);
    choose('doximity');
    fireEvent.input(field('Author name'), { target: { value: '.dox-name\n.name' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Saved: Doximity pages now use your rules.',
      ),
    );
    expect(runtime.sent.at(-1)).toEqual({
      type: 'settings/set',
      patch: { ruleOverrides: { doximity: { authorName: ['.dox-name', '.name'] } } },
    });
    expect(screen.getByTestId('rules-state').textContent).toBe('Using your rules');
    choose('x');
    choose('doximity');
    await waitFor(() => expect(field('Author name').value).toBe('.dox-name\n.name'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to built-in' }));
    await waitFor(() => expect(field('Author name').value).toBe(DOXIMITY_RULES.authorName));
    expect(runtime.sent.at(-1)).toEqual({
      type: 'settings/set',
      patch: { ruleOverrides: { doximity: null } },
    });
    expect(screen.getByRole('status').textContent).toBe(
      'Doximity pages use the built-in rules again.',
    );
  });

  it('shows the background’s error when no tab of the site is open', async () => {
    const runtime = fakeRuntime();
    runtime.sendMessage.mockImplementation(async (raw: unknown) =>
      (raw as Msg).type === 'rules/test'
        ? { ok: false, error: 'Open a Doximity page in a tab first, then test again.' }
        : { ok: true, data: { ruleOverrides: {} } },
    );
    render(<SiteRules runtime={runtime} />);
    choose('doximity');
    fireEvent.click(screen.getByRole('button', { name: 'Test on open tab' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Open a Doximity page in a tab first, then test again.',
      ),
    );
  });
});
