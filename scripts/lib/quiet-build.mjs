// The build's output, without the lines a newcomer would have to interpret but that say nothing
// about this project. Each pattern says why it is dropped; anything else is printed as it comes.
const KNOWN_NOISE = [
  // @crxjs/vite-plugin (3.0.x) builds the content script as one IIFE file with
  // `inlineDynamicImports: true`; rolldown says the option is redundant there (lib mode already
  // turns code splitting off). The content script is one file either way (test/package checks it).
  /inlineDynamicImports\W{0,2} option is ignored because/,
  // crxjs announces each content-script build step; "built dist/<target>" below says it once.
  /^\s*\[crx:content-scripts-iife\] (Building \d+ content script|IIFE build complete)/,
  /^\s*✓ \S+ → \S+\.js\s*$/,
  // Blank lines that only frame the dropped ones.
  /^\s*$/,
];

const isNoise = (chunk) => KNOWN_NOISE.some((p) => p.test(String(chunk)));

/** Runs `fn` with stdout and stderr passing everything but the known noise. */
export async function withoutKnownNoise(fn) {
  const out = process.stdout.write;
  const err = process.stderr.write;
  const filter = (write, stream) =>
    function (chunk, ...rest) {
      if (isNoise(chunk)) {
        const done = rest.find((r) => typeof r === 'function');
        done?.();
        return true;
      }
      return write.call(stream, chunk, ...rest);
    };
  process.stdout.write = filter(out, process.stdout);
  process.stderr.write = filter(err, process.stderr);
  try {
    return await fn();
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}
