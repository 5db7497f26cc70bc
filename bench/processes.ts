import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Draft } from './drafts';
import { median, ms, spread, table } from './stats';

export const ROOT = resolve(__dirname, '..');
const TIFA = join(ROOT, 'dist', 'cli.js');
const TEXTLINT = join(ROOT, 'node_modules', 'textlint', 'bin', 'textlint.js');

/**
 * A folder under bench/.cache (inside the repo, so that textlint resolves textlint-rule-prh from our
 * node_modules) holding the drafts, the term base for tifa (.tifarc.yaml) and the same base exported
 * to prh for textlint (.textlintrc.json).
 */
export interface Workspace {
  label: string;
  folder: string;
}

export function prepareWorkspace(label: string, drafts: readonly Draft[], extraTermsYaml?: string): Workspace {
  const folder = join(ROOT, 'bench', '.cache', `work-${label.replace(/\W+/g, '')}`);
  mkdirSync(folder, { recursive: true });
  const exportArgs = ['terms', 'export', '--format', 'prh'];
  if (extraTermsYaml) {
    writeFileSync(join(folder, 'terms.yaml'), extraTermsYaml);
    writeFileSync(join(folder, '.tifarc.yaml'), 'terminology:\n  - terms.yaml\n');
    exportArgs.push('terms.yaml');
  } else {
    writeFileSync(join(folder, '.tifarc.yaml'), '{}\n');
  }
  const exported = spawnSync('node', [TIFA, ...exportArgs], { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (exported.status !== 0) throw new Error(`tifa terms export 失败：${exported.stderr}`);
  writeFileSync(join(folder, 'prh.yml'), exported.stdout);
  writeFileSync(join(folder, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: ['./prh.yml'] } } }));
  for (const draft of drafts) writeFileSync(join(folder, fileName(draft)), draft.text);
  return { label, folder };
}

export function fileName(draft: Draft): string {
  return `draft-${draft.name.replace(/\s+/g, '')}.md`;
}

interface ProcessRun {
  ms: number;
  findings: number;
}

/** Runs one whole `check` process and counts the findings in its JSON output (both speak textlint's JSON). */
function runProcess(args: string[], cwd: string): ProcessRun {
  const start = process.hrtime.bigint();
  const result = spawnSync('node', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} 退出码 ${result.status}：${result.stderr.slice(0, 2000)}`);
  const reports = JSON.parse(result.stdout) as { messages: unknown[] }[];
  return { ms: elapsed, findings: reports.reduce((n, r) => n + r.messages.length, 0) };
}

export function tifaCheck(workspace: Workspace, draft: Draft): ProcessRun {
  return runProcess([TIFA, 'check', '--format', 'json', fileName(draft)], workspace.folder);
}

export function textlintCheck(workspace: Workspace, draft: Draft): ProcessRun {
  return runProcess([TEXTLINT, '--config', '.textlintrc.json', '--format', 'json', fileName(draft)], workspace.folder);
}

/** `node -e 0`: the floor every process pays. */
export function nodeStartup(runs: number): number {
  return median(Array.from({ length: runs }, () => runProcess(['-e', 'process.stdout.write("[]")'], ROOT).ms));
}

export interface Comparison {
  text: string;
  ratios: Map<string, number>;
  /** Median ms by `${workspace label} ${draft name}`. */
  tifa: Map<string, number>;
  textlint: Map<string, number>;
}

/** tifa check and textlint + prh, as whole processes, alternating per run so that load affects both alike. */
export function compareProcesses(workspaces: readonly Workspace[], drafts: readonly Draft[], runs: (draft: Draft) => number): Comparison {
  const ratios = new Map<string, number>();
  const tifaMedians = new Map<string, number>();
  const textlintMedians = new Map<string, number>();
  const rows: string[][] = [];
  for (const workspace of workspaces) {
    for (const draft of drafts) {
      const tifa: ProcessRun[] = [];
      const textlint: ProcessRun[] = [];
      // Warm: the first tifa run after a new base keeps what later runs read (the term file as read, automata, near-miss index).
      tifaCheck(workspace, draft);
      textlintCheck(workspace, draft);
      for (let i = 0; i < runs(draft); i++) {
        tifa.push(tifaCheck(workspace, draft));
        textlint.push(textlintCheck(workspace, draft));
      }
      const t = median(tifa.map((r) => r.ms));
      const x = median(textlint.map((r) => r.ms));
      ratios.set(`${workspace.label} ${draft.name}`, x / t);
      tifaMedians.set(`${workspace.label} ${draft.name}`, t);
      textlintMedians.set(`${workspace.label} ${draft.name}`, x);
      rows.push([workspace.label, draft.name, ms(t), spread(tifa.map((r) => r.ms)), ms(x), spread(textlint.map((r) => r.ms)), `${(x / t).toFixed(1)}×`, `${tifa[0].findings} / ${textlint[0].findings}`]);
    }
  }
  const text = table(['术语库 base', '文稿 draft', 'tifa check', '波动', 'textlint + prh', '波动', 'textlint ÷ tifa', '发现数 findings tifa / textlint'], rows);
  return { text, ratios, tifa: tifaMedians, textlint: textlintMedians };
}

/** How much longer each tool takes with the bigger base than with the smaller, per draft. */
export function baseScaling(comparison: Comparison, small: string, big: string, drafts: readonly Draft[]): string {
  const rows = drafts.map((draft) => {
    const ratio = (m: Map<string, number>) => `${(m.get(`${big} ${draft.name}`)! / m.get(`${small} ${draft.name}`)!).toFixed(2)}×`;
    return [draft.name, ratio(comparison.tifa), ratio(comparison.textlint)];
  });
  return table([`文稿 draft`, `tifa check ${big} ÷ ${small}`, `textlint + prh ${big} ÷ ${small}`], rows);
}

/**
 * Removes what tifa keeps in dist/.cache for a term base (the term files' readings, the automata, the near-miss
 * indexes; not the code cache), so that the next run is the first after its base changed.
 */
function forgetKeptData(): void {
  const folder = join(ROOT, 'dist', '.cache');
  for (const name of readdirSync(folder)) if (/^(reading|terms|nearmiss)-/.test(name)) rmSync(join(folder, name));
}

/**
 * tifa check alone with each base, the bases taking turns run by run; the time and its ratio to the
 * first base's, per draft. `firstRun`: every run as the first after its base changed (the YAML read,
 * the automata and the near-miss index built, not read back); otherwise as every later run.
 */
export function tifaBaseScaling(workspaces: readonly Workspace[], drafts: readonly Draft[], runs: (draft: Draft) => number, firstRun: boolean): string {
  const rows = drafts.map((draft) => {
    const times = workspaces.map((): number[] => []);
    workspaces.forEach((workspace) => tifaCheck(workspace, draft)); // warm
    for (let i = 0; i < runs(draft); i++) {
      workspaces.forEach((workspace, w) => {
        if (firstRun) forgetKeptData();
        times[w].push(tifaCheck(workspace, draft).ms);
      });
    }
    const medians = times.map(median);
    const fastest = times.map((t) => Math.min(...t));
    const ratio = (w: number) => `${(medians[w] / medians[0]).toFixed(2)}×（最快 fastest ${(fastest[w] / fastest[0]).toFixed(2)}×）`;
    return [draft.name, ...medians.map((m, w) => `${ms(m)} ${spread(times[w])}`), ...workspaces.slice(1).map((_, k) => ratio(k + 1))];
  });
  const labels = workspaces.map((w) => w.label);
  return table(['文稿 draft', ...labels, ...labels.slice(1).map((l) => `${l} ÷ ${labels[0]}`)], rows);
}
