// Compares the per-file verdicts of the reference and of Erkend (JSON lines from verify.mjs and
// `erkend --json verify`): `verified` must be identical for every file.
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';

const [suite, referenceFile, erkendFile] = process.argv.slice(2);
const read = f => new Map(readFileSync(f, 'utf8').trim().split('\n').filter(Boolean)
  .map(l => JSON.parse(l)).map(r => [basename(r.file), r]));
const reference = read(referenceFile);
const erkend = read(erkendFile);
let agree = 0;
const disagreements = [];
for (const [file, ref] of reference) {
  const ours = erkend.get(file);
  if (ours && ours.verified === ref.verified) agree++;
  else disagreements.push(`${file}: reference ${ref.verified} (${ref.error ?? 'ok'}), erkend ${ours?.verified} ${JSON.stringify(ours?.error ?? ours?.checks?.filter(c => c.outcome !== 'passed') ?? null)}`);
}
console.log(`${suite}: ${agree}/${reference.size} agree with the reference${disagreements.length ? '' : ', 0 disagreements'}`);
for (const d of disagreements.slice(0, 8)) console.log(`  DISAGREE ${d}`);
if (disagreements.length > 8) console.log(`  ... and ${disagreements.length - 8} more`);
process.exit(disagreements.length ? 1 : 0);
