/**
 * Checks a contract with the same `@asyncapi/parser` copy the compiler uses, and validates every
 * message example against its payload schema with ajv.
 *
 * The parser, ajv and yaml are dependencies of @hookwright/compiler, not of this scripts
 * package, so they are loaded from the compiler's folder: the check then measures exactly the
 * parser the compiler runs. Only the few members used here are typed.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

interface ParserDiagnostic {
  code: string | number;
  message: string;
  path: (string | number)[];
  /** 0 error, 1 warning, 2 information, 3 hint. */
  severity: number;
}
interface AsyncapiParser {
  parse(
    text: string,
    options?: { source?: string },
  ): Promise<{ document?: unknown; diagnostics: ParserDiagnostic[] }>;
}
interface AjvValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
interface AjvInstance {
  addSchema(schema: object, key: string): AjvInstance;
  getSchema(ref: string): AjvValidator | undefined;
}

const compilerRequire = createRequire(new URL('../../packages/compiler/package.json', import.meta.url));
const { Parser } = compilerRequire('@asyncapi/parser') as { Parser: new () => AsyncapiParser };
const Ajv = (compilerRequire('ajv') as { default: new (options: object) => AjvInstance }).default;
const addFormats = (compilerRequire('ajv-formats') as { default: (ajv: AjvInstance) => void }).default;
const { parse: parseYaml } = compilerRequire('yaml') as { parse: (text: string) => unknown };

export interface ContractReport {
  /** Wall time of `Parser#parse`, one fresh parser per call. */
  parseMs: number;
  errors: string[];
  warnings: string[];
  /** Number of messages under components.messages. */
  messages: number;
  /** `<message>/<example>: <problem>` for every example that is missing or invalid. */
  exampleProblems: string[];
  /** Messages that carry at least one example. */
  messagesWithExamples: number;
}

export interface ExampleRules {
  /** Whether a message without an example is a problem; default true (the large shape has few). */
  requireExamples?: boolean;
}

const format = (d: ParserDiagnostic) => `${d.code} ${d.message} at /${d.path.join('/')}`;

type Document = { components?: { messages?: Record<string, Message> } };
type Message = { payload?: { $ref?: string }; examples?: { name?: string; payload?: unknown }[] };

/**
 * Problems with the message examples of a single-file contract: missing examples, and examples
 * invalid against their payload schema. Checked against the source schemas (with `$ref`s
 * intact), not the parser's dereferenced copy, which is circular for recursive schemas.
 * @example
 * exampleProblems(text); // [] or ['OrderCreated/typical: /total must be integer']
 */
export function exampleProblems(text: string, { requireExamples = true }: ExampleRules = {}): string[] {
  const doc = parseYaml(text) as Document;
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(doc, 'contract');
  const problems: string[] = [];
  for (const [name, message] of Object.entries(doc.components?.messages ?? {})) {
    const ref = message.payload?.$ref;
    const validate = ref?.startsWith('#/') ? ajv.getSchema(`contract${ref}`) : undefined;
    if (!validate) problems.push(`${name}: payload is not a local $ref`);
    if (requireExamples && !message.examples?.length) problems.push(`${name}: no example`);
    for (const example of message.examples ?? []) {
      if (validate && !validate(example.payload)) {
        const detail = validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ');
        problems.push(`${name}/${example.name ?? '?'}: ${detail}`);
      }
    }
  }
  return problems;
}

/**
 * @example
 * const report = await verifyContract(syntheticContract({ events: 200 }));
 * report.errors; // []
 */
export async function verifyContract(text: string, rules: ExampleRules = {}): Promise<ContractReport> {
  const started = performance.now();
  const { diagnostics } = await new Parser().parse(text);
  const parseMs = performance.now() - started;
  const messages = Object.values((parseYaml(text) as Document).components?.messages ?? {});
  return {
    parseMs,
    errors: diagnostics.filter((d) => d.severity === 0).map(format),
    warnings: diagnostics.filter((d) => d.severity === 1).map(format),
    messages: messages.length,
    exampleProblems: exampleProblems(text, rules),
    messagesWithExamples: messages.filter((message) => (message.examples?.length ?? 0) > 0).length,
  };
}
