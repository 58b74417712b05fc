/**
 * Bluesky and Mastodon on pages rebuilt from their own rendering source (no capture exists; each
 * page's header says where it came from), in German and Spanish, and with the interface turned
 * into the other language.
 */
import { describe, expect, it } from 'vitest';
import { bluesky } from '../../src/platforms/bluesky';
import { expectPosts, type Interface, openPage, readPage, type Want } from './real-pages';

const BLUESKY_THREAD = 'https://bsky.app/profile/drlena.bsky.social/post/3lfocus00001';

const THREAD_DE: Want[] = [
  {
    key: 'bluesky:kardio-aktuell.bsky.social/3lparent0001',
    authorName: 'Kardio Aktuell',
    authorHandle: 'kardio-aktuell.bsky.social',
    promoted: false,
    text: 'Neue Leitlinie zur Vorhofflimmer-Ablation ist erschienen.',
  },
  {
    key: 'bluesky:drlena.bsky.social/3lfocus00001',
    url: BLUESKY_THREAD,
    authorName: 'Dr. Lena Vogt',
    authorHandle: 'drlena.bsky.social',
    promoted: false,
    text: 'Kardiologin hier: die Leitlinie ändert für unsere Ambulanz vor allem die Nachsorge. Ein Überblick im Faden.',
  },
  {
    key: 'bluesky:pflege-ben.bsky.social/3lreply00001',
    authorName: 'Ben Krüger 🩺',
    authorHandle: 'pflege-ben.bsky.social',
    promoted: false,
    text: 'Danke! Gilt das auch für die Antikoagulation nach der Ablation?',
  },
];

const FEED_ES: Want[] = [
  {
    key: 'bluesky:dra-marta.bsky.social/3lesrepost01',
    authorName: 'Dra. Marta Gil',
    authorHandle: 'dra-marta.bsky.social',
    promoted: false,
    context: 'Reposteado por Pablo',
    text: 'Recordatorio: la vacuna de la gripe ya está disponible en atención primaria.',
  },
  {
    key: 'bluesky:drluis.bsky.social/3lesquote001',
    authorName: 'Dr. Luis Mora',
    authorHandle: 'drluis.bsky.social',
    promoted: false,
    text: 'Importante, aunque la reducción absoluta del riesgo es pequeña.',
  },
  {
    key: 'bluesky:enfermera-ana.bsky.social/3lesplain001',
    authorName: 'Ana Ruiz',
    authorHandle: 'enfermera-ana.bsky.social',
    promoted: false,
    text: 'Turno de noche terminado. ¿Alguien más con pacientes con fiebre tras el nuevo antibiótico?',
  },
];

/** The rebuilt pages' interface strings, turned into the other language. */
const DE_TO_ES: Interface = [
  ['Profil ansehen', 'Ver perfil'],
  ['Avatar von', 'Avatar de'],
  ['Mehr anzeigen', 'Mostrar más'],
  ['Folgen', 'Seguir'],
];
const ES_TO_DE: Interface = [
  ['Ver perfil', 'Profil ansehen'],
  ['Reposteado por', 'Repostet von'],
  ['Avatar de', 'Avatar von'],
];

describe('Bluesky, pages rebuilt from social-app', () => {
  it('a post page in German: the focused post keyed by the page, replies with their text', () => {
    expectPosts(readPage(openPage('bluesky/thread-de.html', BLUESKY_THREAD)), THREAD_DE);
  });

  it('the same post page in Spanish', () => {
    expectPosts(readPage(openPage('bluesky/thread-de.html', BLUESKY_THREAD, DE_TO_ES)), THREAD_DE);
  });

  it('the home feed in Spanish: a repost, a quote left out, a plain post', () => {
    expectPosts(readPage(openPage('bluesky/feed-es.html', 'https://bsky.app/')), FEED_ES);
  });

  it('the same feed in German', () => {
    const want = FEED_ES.map((w) => (w.context ? { ...w, context: 'Repostet von Pablo' } : w));
    expectPosts(readPage(openPage('bluesky/feed-es.html', 'https://bsky.app/', ES_TO_DE)), want);
  });

  it('puts the bar after the focused post’s text, not after its quote', () => {
    const page = openPage('bluesky/thread-de.html', BLUESKY_THREAD);
    const focused = bluesky.findPosts(page.document)[1] as Element;
    expect(bluesky.overlayAnchor(focused)?.textContent).toMatch(/^Kardiologin hier/);
  });
});

const STATUS = 'https://social.example/@drlena/113000000000000010';
const STATUS_DE: Want[] = [
  {
    key: 'mastodon:social.example/113000000000000010',
    url: STATUS,
    authorName: 'Dr. Lena Vogt',
    authorHandle: 'drlena',
    promoted: false,
    text: 'Dazu aus der Ambulanz: wir stellen die Nachsorge nach der Ablation ab Januar um.',
  },
  {
    key: 'mastodon:social.example/113000000000000020',
    authorName: 'Ben Krüger',
    authorHandle: 'ben@pflege.example',
    promoted: false,
    text: 'Nebenwirkung: Blutung unter Apixaban nach Ablation',
  },
];

describe('Mastodon, pages rebuilt from its web UI', () => {
  it('a quote post’s own page in German: keyed by its own id; a warned reply reads its warning', () => {
    expectPosts(readPage(openPage('mastodon/status-quote-de.html', STATUS)), STATUS_DE);
  });

  it('the same page in Spanish', () => {
    const ui: Interface = [
      ['Mehr anzeigen', 'Mostrar más'],
      ['Antworten', 'Responder'],
      ['Zurück', 'Atrás'],
    ];
    expectPosts(readPage(openPage('mastodon/status-quote-de.html', STATUS, ui)), STATUS_DE);
  });

  it('a 4.6 profile page in Spanish gives the bio to the owner’s posts', () => {
    const url = 'https://social.example/@drlena';
    const want: Want[] = [
      {
        key: 'mastodon:social.example/113000000000000030',
        authorName: 'Dra. Lena Vogt',
        authorHandle: 'drlena',
        authorHeadline: 'Cardióloga en el Hospital Central. Arritmias y ablación.',
        promoted: false,
        text: 'Hoy en la consulta: tres pacientes con palpitaciones tras el nuevo tratamiento.',
      },
    ];
    expectPosts(readPage(openPage('mastodon/profile-redesign-es.html', url)), want);
    const german: Interface = [['Seguir', 'Folgen']];
    expectPosts(readPage(openPage('mastodon/profile-redesign-es.html', url, german)), want);
  });
});
