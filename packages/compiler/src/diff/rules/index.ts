import type { SchemaRule } from '../schema/compare-context.js';
import { additionalPropertiesChange } from './additional-properties.js';
import { allOfChange } from './all-of.js';
import { docsChange } from './docs.js';
import { enumChange } from './enum.js';
import { falseSchema } from './false-schema.js';
import { formatChange } from './format.js';
import { itemsChange } from './items.js';
import { limitChange } from './limits.js';
import { multipleOfChange } from './multiple-of.js';
import { otherKeywordChange } from './other-keywords.js';
import { patternChange } from './pattern.js';
import { propertiesChange } from './properties.js';
import { requiredChange } from './required.js';
import { typeChange } from './type.js';
import { uniqueItemsChange } from './unique-items.js';
import { variantsChange } from './variants.js';

/** Schema rules in the order they look at a pair of nodes; one that returns true ends the list. */
export const SCHEMA_RULES: readonly SchemaRule[] = [
  falseSchema,
  variantsChange,
  typeChange,
  enumChange,
  limitChange,
  multipleOfChange,
  patternChange,
  formatChange,
  requiredChange,
  propertiesChange,
  additionalPropertiesChange,
  itemsChange,
  uniqueItemsChange,
  allOfChange,
  otherKeywordChange,
  docsChange,
];
