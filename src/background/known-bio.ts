import type { AuthorRecord, FetchedBioRecord } from '../db/records';
import type { PostSnapshot } from '../platforms/types';
import { fetchedLabel, fetchedReason, REMEMBERED_LABEL, type KnownBio } from './remembered';

/**
 * The bio an author is judged with when their post shows none: the one a page showed (remembered)
 * first, else the one fetched from their public profile.
 */
export function knownBio(
  author: AuthorRecord | undefined,
  fetched: FetchedBioRecord | undefined,
): KnownBio | undefined {
  if (author?.headline.trim())
    return { bio: author.headline, label: REMEMBERED_LABEL, reason: { code: 'bioRemembered' } };
  if (fetched?.bio)
    return { bio: fetched.bio, label: fetchedLabel(fetched), reason: fetchedReason(fetched) };
  return undefined;
}

/**
 * Whether this post's author's public bio is worth fetching: a Bluesky or Mastodon post without
 * one, by an author with no bio remembered or fetched in the last 7 days (`fetched`, even an
 * empty one) and not marked by the user (whose mark decides anyway).
 */
export function wantsBio(
  post: PostSnapshot,
  author: AuthorRecord | undefined,
  fetched: FetchedBioRecord | undefined,
): boolean {
  return (
    (post.platform === 'bluesky' || post.platform === 'mastodon') &&
    !post.authorHeadline.trim() &&
    !author?.headline.trim() &&
    typeof author?.hcpOverride !== 'boolean' &&
    !fetched
  );
}
