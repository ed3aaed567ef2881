import { scanRefs } from '../../load/ref-scan.js';
import { contractFiles } from '../contract-files.js';
import type { LintRule, RuleFinding } from '../lint-rule.js';

/**
 * A contract whose build depends on the network is not reproducible. Loading refuses remote
 * `$ref`s unless allowed; this rule names each one even when they are allowed.
 */
export const noRemoteRefs: LintRule = {
  id: 'no-remote-refs',
  defaultSeverity: 'error',
  description: 'No $ref points to an http(s) URL.',
  check({ contract, documents }) {
    const out: RuleFinding[] = [];
    for (const file of contractFiles(contract)) {
      for (const { pointer, ref } of scanRefs(documents.value(file))) {
        if (!/^https?:\/\//i.test(ref)) continue;
        const refPointer = `${pointer}/$ref`;
        const position = documents.locate(file, refPointer) ?? { line: 1, col: 1 };
        out.push({
          message: `$ref "${ref}" points to a remote document: copy it into the repository`,
          at: { file, ...position, pointer: refPointer },
        });
      }
    }
    return out;
  },
};
