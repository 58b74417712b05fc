/**
 * What team sync sends off the computer, in Firefox's data-collection terms: the annotated posts
 * (their text, address and author: website content) and the user's login to the sync server.
 * Declared optional in the Firefox manifest and asked for when the user connects.
 */
import type { Manifest } from 'webextension-polyfill';

export const SYNC_DATA_COLLECTION: readonly Manifest.OptionalDataCollectionPermission[] = [
  'websiteContent',
  'authenticationInfo',
];
