import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { allRules, ruleDocPath, type Severity } from '../../core';
import { lineColumn, type FileReport } from '../report';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 for code-scanning tools; columns in UTF-16 code units, SARIF's default. */
export function formatSarif(reports: readonly FileReport[]): string {
  const uri = (path: string) => (isAbsolute(path) ? pathToFileURL(path).href : path.split('\\').join('/'));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tifa',
            rules: allRules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.title },
              help: { text: `说明见 Tifa 的 ${ruleDocPath(rule.id)}` },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        results: reports.flatMap((report) =>
          report.findings.map((f) => {
            const start = lineColumn(report.lines, f.start);
            const end = lineColumn(report.lines, f.end);
            const artifactLocation = { uri: uri(report.filePath) };
            return {
              ruleId: f.ruleId,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation,
                    region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: f.start, charLength: f.end - f.start },
                  },
                },
              ],
              fixes: f.fixes.slice(0, 1).map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  { artifactLocation, replacements: [{ deletedRegion: { charOffset: fix.start, charLength: fix.end - fix.start }, insertedContent: { text: fix.text } }] },
                ],
              })),
            };
          }),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
