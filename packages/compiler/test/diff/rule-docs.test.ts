import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DIFF_RULES } from '../../src/diff/rule-table.js';
import { EVENT_RULES } from '../../src/diff/rules/events/index.js';
import { SCHEMA_RULES } from '../../src/diff/rules/index.js';
import { LINT_RULE_IDS } from '../../src/lint/lint-config.js';
import { lintRules } from '../../src/lint/lint-contract.js';
import { CASES } from './corpus/cases.js';

const docs = await readFile(new URL('../../../../docs/evolution.md', import.meta.url), 'utf8');
const declared = [...new Set([...SCHEMA_RULES, ...EVENT_RULES].flatMap((r) => r.ids))].sort();
/** Ids in the first column of the docs' rule tables. */
const documented = new Set([...docs.matchAll(/^\| `([a-z-]+)`\s+\|/gm)].map((m) => m[1]));

describe('rule ids stay in step', () => {
  it('every id a diff rule reports is in the rule table and in docs/evolution.md', () => {
    expect(DIFF_RULES.map((r) => r.id).sort()).toEqual([...declared, 'unclassified-change'].sort());
    for (const id of declared) expect(documented, id).toContain(id);
  });

  it('every lint rule is configurable and documented', () => {
    expect(
      lintRules()
        .map((r) => r.id)
        .sort(),
    ).toEqual([...LINT_RULE_IDS].sort());
    for (const id of LINT_RULE_IDS) expect(documented, id).toContain(id);
  });

  it('the corpus exercises every diff rule', () => {
    const exercised = new Set(CASES.flatMap((c) => c.want.map(([, rule]) => rule)));
    // Contract-wide wire settings are tested on IR (diff-ir.test.ts), not in the per-schema corpus.
    expect(declared.filter((id) => !exercised.has(id))).toEqual(['body-mode-changed', 'wire-changed']);
  });
});
