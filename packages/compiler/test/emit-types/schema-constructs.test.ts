/** Given/want cases, one table per JSON Schema construct (see cases/*.ts), all in one test process. */

import { arrayCases } from './cases/arrays.js';
import { compositionCases } from './cases/compositions.js';
import { enumCases } from './cases/enums.js';
import { jsdocCases } from './cases/jsdoc.js';
import { objectCases } from './cases/objects.js';
import { primitiveCases } from './cases/primitives.js';
import { recursionCases } from './cases/recursion.js';
import { runSchemaTable } from './schema-table.js';

runSchemaTable('primitive types', primitiveCases);
runSchemaTable('enum and const', enumCases);
runSchemaTable('object schemas', objectCases);
runSchemaTable('array schemas', arrayCases);
runSchemaTable('oneOf, anyOf, allOf and $ref', compositionCases);
runSchemaTable('recursive schemas through named references', recursionCases);
runSchemaTable('JSDoc from schema annotations', jsdocCases);
