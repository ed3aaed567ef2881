/** Scalar JSON types. Formats do not narrow the type (a `date-time` is still a `string` on the wire). */
import { booleanType, nullType, numberType, stringType, type TypeNode, unknownType } from '../builder.js';

const primitives: Record<string, () => TypeNode> = {
  string: stringType,
  number: numberType,
  integer: numberType,
  boolean: booleanType,
  null: nullType,
};

/** `type` names that JSON Schema does not define are typed `unknown`, so the output still compiles. */
export function transformPrimitive(type: string): TypeNode {
  return Object.hasOwn(primitives, type) ? primitives[type]!() : unknownType();
}
