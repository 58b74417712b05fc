// The source archive Mozilla's reviewers ask for when a package holds bundled code: the files
// under version control and the steps that rebuild the exact Firefox package from them.
import { execFileSync } from 'node:child_process';

/** Paths never put in the source archive, even if someone committed them by mistake. */
const NEVER = /^(node_modules|dist|release|\.keys)\/|\.pem$|(^|\/)\.env/;

/** The files under version control, as git lists them. */
export function trackedFiles(root) {
  const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return out
    .split('\0')
    .filter(Boolean)
    .filter((f) => !NEVER.test(f));
}

export function buildInstructions({ version, node, npm, firefoxZip, sha256 }) {
  return `# Building HCP Lens ${version} for Firefox from this source

\`${firefoxZip}\` is this source, bundled by Vite (with @crxjs/vite-plugin) and minified. Every
dependency is an open-source package from the npm registry, at the exact version locked in
\`package-lock.json\`.

## Requirements

- Linux or macOS (packaged on Debian 12), with \`git\` not needed.
- Node.js ${node} and npm ${npm} (the versions this archive was packaged with; \`.nvmrc\` names
  the major version: \`nvm install && nvm use\`). Other versions allowed by \`engines\` in
  \`package.json\` build a working extension too, but compression may then differ byte for byte.
- Internet access to registry.npmjs.org for the dependencies.

## Steps

\`\`\`sh
npm ci                         # the exact dependencies from package-lock.json
npm run build                  # writes dist/firefox (and dist/chrome)
node scripts/package.mjs --only firefox
\`\`\`

The last step writes \`release/${firefoxZip}\`, a zip of \`dist/firefox\` with fixed file times and
order. Its SHA-256 should be:

    ${sha256}

(\`sha256sum release/${firefoxZip}\`). The unminified code of each bundled file is in \`src/\`;
\`npm run build\` with \`HCP_LENS_NO_MINIFY=1\` writes a readable build for comparison.

The build also regenerates \`src/classify/vocab/wordnet-ae.generated.ts\` from WordNet when the
Debian package \`wordnet-base\` is installed; without it the file in this archive is used as is.
Both give the same result.
`;
}
