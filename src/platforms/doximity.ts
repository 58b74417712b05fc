/**
 * Doximity. It publishes no markup of its own, so these rules describe a reference shape, and they
 * stay purely declarative (no hooks): a user can correct any of them from a saved page, through
 * `rules-schema.ts`, without a code change.
 */
import { hostsOf } from './networks';
import { rulesAdapter, type SiteRules } from './rules';

export const DOXIMITY_RULES: SiteRules = {
  hosts: hostsOf('doximity'),
  container: '[data-feed-item-id]',
  authorName: '.feed-item-author-name',
  // Specialty and city ("Ophthalmology · Orlando, FL"): the card's headline.
  authorHeadline: '.feed-item-author-meta',
  authorProfile: 'a.feed-item-author-link',
  text: '.feed-item-text',
  permalink: ['a.feed-item-permalink', 'a[href*="/newsfeed/posts/"]'],
  idPattern: '^https://www\\.doximity\\.com/newsfeed/posts/(\\d{1,25})(?:/|$)',
  key: 'doximity:{id}',
  promoted: '[data-feed-item-type*="sponsor"], [data-feed-item-type*="promot"]',
  // Comments and a shared post carry their own author and text under the card.
  excludeInside: '.feed-item-comments, .feed-item-shared',
  more: '.feed-item-see-more',
  context: '.feed-item-context',
  anchor: '.feed-item-author',
};

export const doximity = rulesAdapter('doximity', DOXIMITY_RULES);
