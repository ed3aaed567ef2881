import { checkExamples } from '../../examples/check-examples.js';
import type { LintRule } from '../lint-rule.js';

/** Every message example must validate against its payload and headers schemas. */
export const exampleValid: LintRule = {
  id: 'example-valid',
  defaultSeverity: 'error',
  description: 'Every message example validates against its payload (and headers) schema.',
  check({ contract }) {
    return checkExamples(contract)
      .filter((d) => d.code === 'invalid-example')
      .map((d) => ({
        message: d.message,
        at: { file: d.file, line: d.line, col: d.col, pointer: d.pointer ?? '' },
      }));
  },
};
