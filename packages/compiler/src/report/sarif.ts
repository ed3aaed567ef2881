import type { Annotation } from './annotation.js';

export interface SarifRule {
  id: string;
  description: string;
}

/**
 * A SARIF 2.1.0 log with one run, for code-scanning uploads (`github/codeql-action/upload-sarif`).
 *
 * @example
 * const log = formatSarif('hookwright-diff', rules, annotations);
 */
export function formatSarif(
  tool: string,
  rules: readonly SarifRule[],
  annotations: readonly Annotation[],
): string {
  const used = new Set(annotations.map((a) => a.rule));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool,
            rules: rules
              .filter((r) => used.has(r.id))
              .map((r) => ({ id: r.id, shortDescription: { text: r.description } })),
          },
        },
        results: annotations.map((a) => ({
          ruleId: a.rule,
          level: a.level === 'notice' ? 'note' : a.level,
          message: { text: a.title ? `${a.title}: ${a.message}` : a.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: a.file.split('\\').join('/') },
                region: { startLine: a.line, startColumn: a.col },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
