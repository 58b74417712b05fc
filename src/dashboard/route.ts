// The dashboard's address: `#/<view>[/<item>][?filters]`, so every view, a collection's page and
// a filtered list of posts can be bookmarked, shared and reached with Back. The filters are
// untrusted (anyone can write an address): each is checked against the same schema the
// background uses, and one that does not parse is dropped and named.
import { postFilterSchema, SORTS, type PostFilter, type Sort } from '../db/post-filter';

export interface Route {
  view: string;
  /** The item a view shows, e.g. a collection's name; '' for none. */
  item: string;
  filter: PostFilter;
  sort: Sort;
  /** Parameters of the address that were not understood (shown, then ignored). */
  rejected: string[];
}

const FILTER_KEYS = Object.keys(postFilterSchema.shape) as (keyof PostFilter)[];

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [view = '', ...rest] = path.split('/');
  const params = new URLSearchParams(query);
  const filter: Record<string, string> = {};
  const rejected: string[] = [];
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value === null || value === '') continue;
    const one = postFilterSchema.safeParse({ [key]: value });
    if (one.success) filter[key] = value;
    else rejected.push(key);
  }
  const sortParam = params.get('sort');
  const sort = (SORTS as readonly string[]).includes(sortParam ?? '')
    ? (sortParam as Sort)
    : 'annotated-desc';
  if (sortParam && sort !== sortParam) rejected.push('sort');
  return {
    view: safeDecode(view) || 'posts',
    item: safeDecode(rest.join('/')),
    filter: postFilterSchema.parse(filter),
    sort,
    rejected,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return '';
  }
}

/** The address of a view, with its filters in a stable order (empty ones left out). */
export function routeHash(view: string, item = '', filter: PostFilter = {}, sort?: Sort): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  if (sort && sort !== 'annotated-desc') params.set('sort', sort);
  const query = params.toString();
  return `#/${view}${item ? `/${encodeURIComponent(item)}` : ''}${query ? `?${query}` : ''}`;
}
