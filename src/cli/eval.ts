/**
 * `npm run eval [-- gold.json [DIR]]`: how well the pipeline reads posts it was not written for.
 * Prints per post and overall session precision/recall/F1, speakers found where the reader
 * names one, edition and day accuracy, and every miss with its line. Defaults to the devset in
 * test/fixtures/devset (real posts from other blogs and conferences).
 */
import { scoreDevset } from '../eval/devset.ts';
import { runMain } from './run-main.ts';
import { formatTable } from './table.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const f2 = (x: number) => x.toFixed(2);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const verbose = !args.includes('--quiet');
  const [goldPath = 'test/fixtures/devset/gold.json', dir] = args.filter((a) => !a.startsWith('--'));
  const { scores, totals } = await scoreDevset(goldPath, dir);
  const rows = scores.map((s) => {
    const p = s.found ? s.matched / s.found : 1;
    const r = s.gold ? s.matched / s.gold : 1;
    return [
      s.file,
      `${s.matched}/${s.gold}`,
      String(s.found),
      f2(p + r ? (2 * p * r) / (p + r) : 0),
      s.speakerNames ? `${s.speakerNamesFound}/${s.speakerNames}` : '-',
      s.editionRight ? 'yes' : 'NO',
      s.daysStated ? `${s.daysRight}/${s.daysStated}` : '-',
    ];
  });
  console.log(
    formatTable(
      [
        { header: 'post' },
        { header: 'matched', align: 'right' },
        { header: 'found', align: 'right' },
        { header: 'F1', align: 'right' },
        { header: 'speakers', align: 'right' },
        { header: 'edition' },
        { header: 'days', align: 'right' },
      ],
      rows,
    ),
  );
  if (verbose)
    for (const s of scores) {
      const lines = [...s.wrong, ...s.misses, ...s.extras];
      if (lines.length) console.log(`\n${s.file}\n${lines.map((l) => `  ${l}`).join('\n')}`);
    }
  console.log(
    `\n${totals.posts} posts, ${totals.gold} sessions: F1 ${f2(totals.f1)} (P ${f2(totals.precision)}, R ${f2(totals.recall)}); ` +
      `speakers ${pct(totals.speakerShare)}; editions ${pct(totals.editionShare)}; days ${pct(totals.dayShare)}`,
  );
  return 0;
}

runMain(main);
