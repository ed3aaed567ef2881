import type { SchemaUnit } from './plan.js';
import { forEachSchema } from './schema-walk.js';

/** `constructor`, `toString`, `__proto__`, ...: names every plain object inherits. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Whether any schema names a property that plain objects inherit (`required: [constructor]`,
 * `properties: {toString: ...}`). ajv reads properties with `data.name`, which finds the
 * inherited member of a missing property; `ownProperties` makes it check own properties only.
 * It is switched on only for dialects that need it, so every other contract's generated code
 * stays exactly as it was (and skips the `hasOwnProperty` calls).
 */
export function needsOwnProperties(units: readonly SchemaUnit[]): boolean {
  let found = false;
  for (const unit of units) {
    forEachSchema(unit.prepared.compiled, (node) => {
      if (found) return;
      const names = [
        ...(Array.isArray(node.required) ? node.required : []),
        ...keysOf(node.properties),
        ...keysOf(node.dependencies),
        ...listedIn(node.dependencies),
        ...keysOf(node.dependentRequired),
        ...listedIn(node.dependentRequired),
        ...keysOf(node.dependentSchemas),
      ];
      found = names.some((name) => typeof name === 'string' && INHERITED.has(name));
    });
    if (found) return true;
  }
  return false;
}

function keysOf(value: unknown): string[] {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
}

/** Property names listed in `dependencies` / `dependentRequired` values (`{a: ["b", "c"]}`). */
function listedIn(value: unknown): unknown[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.values(value).flatMap((item) => (Array.isArray(item) ? item : []));
}
