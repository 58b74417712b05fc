/** Builds LinkedIn-classic-shaped pages whose content is hostile: markup, scripts, huge posts. */

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface CardSpec {
  id: string;
  name: string;
  headline: string;
  text: string;
  profileUrl?: string;
  /** Raw HTML placed inside the card after its text: e.g. a nested post. */
  inner?: string;
}

/** One classic feed card; every field is escaped, so the page shows it as text. */
export function classicCard(c: CardSpec): string {
  const profile = escape(c.profileUrl ?? `https://www.linkedin.com/in/p${c.id}/`);
  const name = escape(c.name);
  return `<div data-id="urn:li:activity:${c.id}"><div class="feed-shared-update-v2 artdeco-card" data-urn="urn:li:activity:${c.id}" role="region">
  <div class="update-components-actor"><div class="update-components-actor__container">
    <div class="update-components-actor__meta"><a class="update-components-actor__meta-link" href="${profile}">
      <span class="update-components-actor__title"><span class="update-components-actor__name"><span dir="ltr"><span aria-hidden="true">${name}</span><span class="visually-hidden">${name}</span></span></span></span>
      <span class="update-components-actor__description"><span aria-hidden="true">${escape(c.headline)}</span><span class="visually-hidden">${escape(c.headline)}</span></span>
    </a></div></div>
    <div class="feed-shared-control-menu"><button aria-label="Open control menu for post by ${name}" type="button">…</button></div>
  </div>
  <div class="feed-shared-update-v2__description-wrapper"><div class="feed-shared-inline-show-more-text">
    <div class="feed-shared-update-v2__commentary update-components-text"><span class="break-words"><span dir="ltr">${escape(c.text)}</span></span></div>
  </div></div>${c.inner ?? ''}
</div></div>`;
}

export function feedPage(cards: string, script = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Feed | LinkedIn</title></head>
<body><main id="main"><div class="scaffold-finite-scroll__content">${cards}</div></main>
<button id="page-button" type="button">Page button</button><output id="page-clicks">0</output>
<script>
  // The site's own behaviour, which must keep working with the extension present.
  document.getElementById('page-button').addEventListener('click', () => {
    const out = document.getElementById('page-clicks');
    out.textContent = String(Number(out.textContent) + 1);
  });
  ${script}
</script></body></html>`;
}

/** The hostile cases: markup and script as text, control characters, a 100 KB post, nesting. */
export function hostileCards(): string {
  const xss = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  return [
    classicCard({
      id: '9000000000000000001',
      name: xss,
      headline: xss,
      text: `${xss} javascript:alert(1)`,
    }),
    classicCard({
      id: '9000000000000000002',
      name: 'Dr. \u202eDM ,nnA\u202c Lee\u200b\u200b\u200d',
      headline: '\u202eCardiologist\u202c at \u200bGeneral',
      text: '\u202e'.repeat(50) + 'right-to-left override everywhere',
      profileUrl: 'javascript:alert(document.domain)',
    }),
    classicCard({
      id: '9000000000000000003',
      name: 'N'.repeat(5000),
      headline: 'H'.repeat(20_000),
      text: 'A 100 KB post. '.repeat(7000),
    }),
    classicCard({
      id: '9000000000000000004',
      name: 'Outer Author, MD',
      headline: 'Cardiologist',
      text: 'Outer post with a post nested inside it.',
      inner: classicCard({
        id: '9000000000000000005',
        name: 'Inner Author',
        headline: 'Nested',
        text: 'inner',
      }),
    }),
  ].join('\n');
}
