/**
 * The floor under every cold-start figure: a Node process that loads one small module and exits.
 *
 *   node baseline.mjs
 */
import { report } from './report.mjs';

report({}, true, process.cpuUsage());
