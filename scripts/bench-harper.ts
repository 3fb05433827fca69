// `node build.mjs && node --expose-gc dist/cli/bench-harper.mjs`: the Harper rows of `npm run bench` alone (Node and
// Chromium), for working on Harper's speed without waiting for the cold-start and keystroke rows. BENCH_RUNS as there.
import { readFileSync } from 'node:fs';
import { harperRows } from './lib/bench-harper';
import { printTable } from './lib/bench-table';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const reply = readFileSync('tests/bench/reply-250.txt', 'utf8');
printTable(await harperRows(reply, RUNS), RUNS);
