// Freezes the part of ../shared/corpus/train.jsonl that the adverse-event detector is never tuned
// on: about 30% of its authors, picked by a seeded hash of the author's name (grouped by author, so
// one author's posts are all in or all out). Run once on 2026-12-07, before any AE tuning; the ids
// it wrote are committed in test/fixtures/ae/train-untuned-ids.txt and must not be regenerated.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const SEED = 'hcp-lens-ae-untuned-2026-12-07';
const rows = readFileSync('../shared/corpus/train.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));
const untuned = rows.filter((r) => {
  const h = createHash('sha256').update(`${SEED}\u0000${r.author_name}`).digest();
  return h.readUInt32BE(0) / 2 ** 32 < 0.3;
});
writeFileSync('test/fixtures/ae/train-untuned-ids.txt', untuned.map((r) => r.id).join('\n') + '\n');
console.log(`${untuned.length} of ${rows.length} posts, ${untuned.filter((r) => r.ae).length} AE`);
