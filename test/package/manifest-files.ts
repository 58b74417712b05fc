// Which files of a packaged extension the browser can load: the files the manifest names, the
// _locales catalogues, and every file those name in turn (pages' scripts and styles, scripts'
// imports and chunks). The bundler gives every chunk a unique hashed name, so a file is "named"
// by another when its path or file name appears in it.

/** The paths a manifest names directly. */
export function manifestPaths(manifest: Record<string, unknown>): string[] {
  const named = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && !v.includes('*') && /\.(html|js|css|png|svg|json)$/.test(v)) {
      named.add(v.replace(/^\//, ''));
    }
  };
  const walk = (v: unknown, key = '') => {
    if (key === 'matches' || key === 'host_permissions') return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else add(v);
  };
  walk(manifest);
  return [...named];
}

/**
 * The files reachable from the manifest among `files` (path → content), and those the manifest
 * names that are not there.
 */
export function reachableFiles(files: Record<string, Uint8Array>): {
  reached: Set<string>;
  missing: string[];
} {
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Record<
    string,
    unknown
  >;
  const names = Object.keys(files);
  const reached = new Set<string>(['manifest.json']);
  const missing: string[] = [];
  const queue = manifestPaths(manifest);
  if (manifest.default_locale) queue.push(...names.filter((n) => n.startsWith('_locales/')));
  while (queue.length) {
    const file = queue.shift()!;
    if (reached.has(file)) continue;
    if (!files[file]) {
      missing.push(file);
      continue;
    }
    reached.add(file);
    if (!/\.(html|js|css)$/.test(file)) continue;
    const text = new TextDecoder().decode(files[file]);
    for (const other of names) {
      const base = other.slice(other.lastIndexOf('/') + 1);
      if (!reached.has(other) && text.includes(base)) queue.push(other);
    }
  }
  return { reached, missing };
}
