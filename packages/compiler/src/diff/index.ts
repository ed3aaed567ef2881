export type { ChangeSource, DiffChange, DiffResult } from './change.js';
export { type DiffSide, diffContracts, isBreakingImpact } from './diff-contracts.js';
export { DIFF_FORMATS, type DiffFormat, type DiffFormatOptions, failed, formatDiff } from './format-diff.js';
export { type GitSide, GitSideError, isGitSide, readGitSide } from './git-side.js';
export { combineImpacts, IMPACTS, type Impact } from './impact.js';
export { DIFF_RULES } from './rule-table.js';
export {
  createSourceDocuments,
  createSourceLocator,
  type Locate,
  type SourceDocuments,
} from './source-locator.js';
