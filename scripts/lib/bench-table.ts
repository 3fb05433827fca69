// The figures and the table `npm run bench` prints (scripts/bench.ts), shared with the Harper part run alone
// (scripts/bench-harper.ts).
import os from 'node:os';

export interface Stat {
  median: number;
  min: number;
  max: number;
}

/** Wall-clock time, and beside it the CPU time the process used (less sensitive to a machine busy with other work). */
export type Timed = Stat & { cpu?: Stat };

export function stat(xs: number[]): Stat {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, min: s[0]!, max: s[s.length - 1]! };
}

export function fmt(x: number): string {
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** One row: what, median, spread, ratio to the baseline, CPU time, target. */
export function rowOf(what: string, s: Timed, unit: string, target: string, baseline?: Stat): string[] {
  return [
    what,
    `${fmt(s.median)} ${unit}`,
    `${fmt(s.min)}–${fmt(s.max)}`,
    baseline ? `${(s.median / baseline.median).toFixed(2)}×` : '',
    s.cpu ? `${fmt(s.cpu.median)} ${unit}` : '',
    target,
  ];
}

/** The table, under a line naming the machine and its load at the end. */
export function printTable(rows: string[][], runs: number): void {
  const header = ['what', 'median', 'spread', 'vs baseline', 'CPU time (median)', 'target'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${load} at the end, ${runs} runs\n`);
  process.stdout.write(`${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}\n`);
}
