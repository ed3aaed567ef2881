import { GENERATED_HEADER } from '../files.js';

/**
 * A generated module in its three forms: `src/<name>.ts`, and the `dist/<name>.js` and
 * `dist/<name>.d.ts` that `ts.transpileModule` and `ts.transpileDeclaration` compile it to
 * (ES2022, verbatimModuleSyntax, isolated declarations, comments kept).
 *
 * The index modules are written as statements, each rendering all three forms at once, so the
 * `dist/` files follow the template without running TypeScript's compiler in every generate
 * (issue 15). Each statement writes what TypeScript's emit leaves of it: the JavaScript drops
 * types, type-only imports and type annotations; the declarations drop bodies and initializers,
 * and imports the declarations do not use. Neither keeps blank lines.
 * test/emit-packages/index-modules.test.ts holds every template variant to what TypeScript emits.
 */
export interface CompiledModule {
  source: string;
  js: string;
  declaration: string;
}

/** One statement of a module; '' where a form has nothing of it. */
export type Statement = CompiledModule;

/**
 * The module of `statements`, under the generated header. The header is a comment leading the
 * first statement, so it goes where that statement goes: nowhere in the JavaScript when the first
 * statement is a type-only import, and never into declarations (TypeScript drops it there).
 */
export function compiledModule(statements: readonly Statement[]): CompiledModule {
  const join = (form: keyof Statement) => statements.map((statement) => statement[form]).join('');
  const keepsHeader = statements[0] !== undefined && statements[0].js !== '';
  return {
    source: GENERATED_HEADER + join('source'),
    js: (keepsHeader ? GENERATED_HEADER : '') + join('js'),
    declaration: join('declaration'),
  };
}

/** A blank line between groups in the source. */
export const blankLine: Statement = { source: '\n', js: '', declaration: '' };

/**
 * Names of an import or export list as written in the source: `name`, `name as alias`, or
 * `type Name` for a type. On one line (`{ a, type B }`) or one name a line with a trailing comma,
 * which TypeScript's JavaScript keeps (`{ a, c, }`).
 */
interface NameList {
  names: readonly string[];
  from: string;
  multiline?: boolean;
}

const isType = (name: string) => name.startsWith('type ');

function sourceList({ names, multiline }: NameList): string {
  return multiline ? `{\n${names.map((name) => `  ${name},\n`).join('')}}` : `{ ${names.join(', ')} }`;
}

/** A list printed on one line, as TypeScript reprints it: the trailing comma of a multi-line one stays. */
function printedList(names: readonly string[], trailingComma: boolean | undefined): string {
  return `{ ${names.join(', ')}${trailingComma ? ', ' : ' '}}`;
}

/** `import type { ... } from`: gone from the JavaScript; the declarations use every name. */
export function importTypes(names: readonly string[], from: string): Statement {
  const text = `import type { ${names.join(', ')} } from '${from}';\n`;
  return { source: text, js: '', declaration: text };
}

/**
 * `import { value, type T } from` where every value is for the JavaScript's code (the
 * declarations use none) and every type for the declarations, both lists non-empty.
 * The declarations' list is a new one, printed on one line without a trailing comma.
 */
export function importNames(list: NameList): Statement {
  const values = list.names.filter((name) => !isType(name));
  const types = list.names.filter(isType);
  return {
    source: `import ${sourceList(list)} from '${list.from}';\n`,
    js: `import ${printedList(values, list.multiline)} from '${list.from}';\n`,
    declaration: `import ${printedList(types, false)} from '${list.from}';\n`,
  };
}

/** `export type * from`: types only. */
export function exportTypesFrom(from: string): Statement {
  const text = `export type * from '${from}';\n`;
  return { source: text, js: '', declaration: text };
}

/** `export { ... } from`: the JavaScript re-exports the values, the declarations every name. */
export function exportNames(list: NameList): Statement {
  const values = list.names.filter((name) => !isType(name));
  return {
    source: `export ${sourceList(list)} from '${list.from}';\n`,
    js: `export ${printedList(values, list.multiline)} from '${list.from}';\n`,
    declaration: `export ${printedList(list.names, list.multiline)} from '${list.from}';\n`,
  };
}

/** Type declarations (with their doc comments), written the same in the source and the declarations. */
export function typesOnly(text: string): Statement {
  return { source: text, js: '', declaration: text };
}

/** An expression in TypeScript and in the JavaScript it compiles to. */
export interface Expression {
  source: string;
  js: string;
}

/** `callee<typeArguments>(args)`: the JavaScript calls without the type arguments. */
export function genericCall(callee: string, typeArguments: string, args: string): Expression {
  return { source: `${callee}<${typeArguments}>(${args})`, js: `${callee}(${args})` };
}

/** An expression with no types in it: the same in both. */
export const untyped = (text: string): Expression => ({ source: text, js: text });

/** `export function name(params): returns { return returned; }`, its doc kept in every form. */
export function exportedFunction(fn: {
  doc: string;
  name: string;
  params: readonly { name: string; type: string }[];
  returns: string;
  returned: Expression;
}): Statement {
  const typedParams = fn.params.map((param) => `${param.name}: ${param.type}`).join(', ');
  const params = fn.params.map((param) => param.name).join(', ');
  return {
    source: `${fn.doc}export function ${fn.name}(${typedParams}): ${fn.returns} {\n  return ${fn.returned.source};\n}\n`,
    js: `${fn.doc}export function ${fn.name}(${params}) {\n    return ${fn.returned.js};\n}\n`,
    declaration: `${fn.doc}export declare function ${fn.name}(${typedParams}): ${fn.returns};\n`,
  };
}

/**
 * `const name: type = value;`, exported or not (then absent from the declarations). `wrapped`
 * puts the value on the next line of the source, where the line would be too long; TypeScript
 * prints it on one line.
 */
export function constant(declared: {
  doc?: string;
  exported: boolean;
  name: string;
  type: string;
  value: Expression;
  wrapped?: boolean;
}): Statement {
  const doc = declared.doc ?? '';
  const keyword = declared.exported ? 'export const' : 'const';
  const separator = declared.wrapped ? '\n  ' : ' ';
  return {
    source: `${doc}${keyword} ${declared.name}: ${declared.type} =${separator}${declared.value.source};\n`,
    js: `${doc}${keyword} ${declared.name} = ${declared.value.js};\n`,
    declaration: declared.exported ? `${doc}export declare const ${declared.name}: ${declared.type};\n` : '',
  };
}
