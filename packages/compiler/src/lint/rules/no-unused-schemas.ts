import type { SourceLocation } from '../../ir/contract.js';
import { escapePointerToken, isPlainObject } from '../../load/json-pointer.js';
import { contractFiles } from '../contract-files.js';
import type { LintRule, RuleFinding } from '../lint-rule.js';

/**
 * Component schemas no event reaches are dead weight that readers still maintain. The IR holds
 * only the schemas events reach, so a key under `components/schemas` of a source document (or
 * a sibling of a used top-level schema in a schema library file) that no named schema of the
 * IR came from is unused.
 */
export const noUnusedSchemas: LintRule = {
  id: 'no-unused-schemas',
  defaultSeverity: 'warning',
  description: 'Every component schema is used by some event.',
  check({ contract, documents }) {
    const used = new Set(Object.values(contract.schemas).map((s) => `${s.source.file}#${s.source.pointer}`));
    const out: RuleFinding[] = [];
    for (const file of contractFiles(contract)) {
      const value = documents.value(file);
      if (!isPlainObject(value)) continue;
      for (const pointer of candidates(value, file, used)) {
        if (used.has(`${file}#${pointer}`)) continue;
        const position = documents.locate(file, pointer) ?? { line: 1, col: 1 };
        const at: SourceLocation = { file, ...position, pointer };
        out.push({ message: `schema ${pointer.split('/').pop()} is not used by any event`, at });
      }
    }
    return out;
  },
};

function candidates(value: Record<string, unknown>, file: string, used: Set<string>): string[] {
  const components = isPlainObject(value.components) ? value.components.schemas : undefined;
  const out = isPlainObject(components)
    ? Object.keys(components).map((k) => `/components/schemas/${escapePointerToken(k)}`)
    : [];
  // A schema library: top-level keys, when one of them is a used schema.
  if (
    !('asyncapi' in value) &&
    Object.keys(value).some((k) => used.has(`${file}#/${escapePointerToken(k)}`))
  ) {
    out.push(
      ...Object.keys(value)
        .filter((k) => isPlainObject(value[k]))
        .map((k) => `/${escapePointerToken(k)}`),
    );
  }
  return out;
}
