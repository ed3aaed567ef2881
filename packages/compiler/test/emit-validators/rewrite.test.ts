/**
 * The post-processing of ajv's standalone output (src/emit/validators/rewrite): each step's shape
 * on emitted modules, its fallbacks, and a contract that needs ajv's calling convention (`$dynamicRef`)
 * run against ajv. The differential tests check the rewritten code's answers on everything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toValidationIssue, type Validator } from '../../../runtime/src/validation/index.js';
import { compileContract } from '../../src/emit/validators/compile-contract.js';
import { emitValidators } from '../../src/emit/validators/emit-validators.js';
import { RewriteContext } from '../../src/emit/validators/rewrite/context.js';
import { rewriteErrorSites } from '../../src/emit/validators/rewrite/error-sites.js';
import { messageParts } from '../../src/emit/validators/rewrite/issue-message.js';
import { guardLengthCounts } from '../../src/emit/validators/rewrite/length-bounds.js';
import { rewriteStandalone } from '../../src/emit/validators/rewrite/rewrite-standalone.js';
import { contractOf, eventVersion } from '../helpers/contract-ir.js';
import { createValidatorSandbox, type ValidatorSandbox } from '../helpers/validator-sandbox.js';
import { keywordsContract } from './fixtures/keywords-contract.js';
import { shopContract } from './fixtures/shop-contract.js';

/** Emits `contract`'s validators and loads them in a sandbox for the enclosing describe block. */
function emittedValidator(contract: ReturnType<typeof contractOf>) {
  const files = emitValidators(contract);
  let sandbox: ValidatorSandbox;
  let validators: Record<string, Validator>;
  beforeAll(async () => {
    sandbox = await createValidatorSandbox(files);
    ({ validators } = await sandbox.load<{ validators: Record<string, Validator> }>('validators.js'));
  });
  afterAll(() => sandbox.cleanup());
  return { files, validator: (id: string) => validators[id]! };
}

const functionsOf = (module: string) => module.split(/\n(?=function validate\d+\()/).slice(1);

describe('emitted modules of the shop contract', () => {
  const files = emitValidators(shopContract());
  const modules = [files['validators.draft-07.js']!, files['validators.2020-12.js']!];

  it('build no path and pass no context on the valid path: functions take the value only', () => {
    for (const module of modules) {
      expect(module).not.toMatch(/instancePath|parentData|rootData/);
      expect(module).toMatch(/^function validate\d+\(data\)\{$/m);
    }
  });

  it('hand out schema values through factories, never the schema constants themselves', () => {
    const draft07 = modules[0]!;
    expect(draft07).toContain('const hw_value0 = () => (');
    expect(draft07).toMatch(/\{allowedValues: hw_value\d+\(\)\}/);
    expect(draft07).not.toMatch(/allowedValues: schema\d+/);
  });
});

describe('emitted modules of the keywords contract', () => {
  it('keep the error counter only in functions with composite keywords', () => {
    const files = emitValidators(keywordsContract());
    const functions = [files['validators.draft-07.js']!, files['validators.2020-12.js']!].flatMap(
      functionsOf,
    );
    const composite = functions.filter((f) => f.includes('vErrors.push('));
    expect(composite.length).toBeGreaterThan(0);
    expect(composite.length).toBeLessThan(functions.length);
    for (const f of functions) expect(/(?<![.\w])errors\b/.test(f)).toBe(composite.includes(f));
  });
});

describe('messageParts', () => {
  it('writes params known at generate time into the message', () => {
    expect(messageParts('type', { type: ['string', 'null'] }, {})).toEqual([
      { literal: 'must be string,null' },
    ]);
  });

  it('leaves a run-time param as code inside the sentence', () => {
    expect(messageParts('required', {}, { missingProperty: 'missing0' })).toEqual([
      { literal: "must have required property '" },
      { code: 'missing0' },
      { literal: "'" },
    ]);
  });

  it('refuses a run-time param the wording branches on', () => {
    // "property" or "properties" depends on the count: not something to print.
    expect(
      messageParts(
        'dependencies',
        { property: 'a', deps: 'b' },
        { depsCount: 'n0', missingProperty: 'missing0' },
      ),
    ).toBeUndefined();
  });
});

describe('rewriteErrorSites', () => {
  const context = () => new RewriteContext(true, new Map([['schema3', { enum: ['a', 'b'] }]]));

  it('builds the issue with its pointer, message, params and schema path', () => {
    const code =
      'v.errors = [{instancePath:instancePath+"/a~b",schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema3.enum}}];';
    expect(rewriteErrorSites(code, context())).toBe(
      'v.errors = [hw_issue("/a~b","enum","must be equal to one of the allowed values",{allowedValues: hw_value0()},"#/enum")];',
    );
  });

  it('escapes a property name known at generate time into the pointer', () => {
    const code =
      '[{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "a/b"}}]';
    expect(rewriteErrorSites(code, context())).toContain('hw_issue("/a~1b","required"');
  });

  it("keeps a site it cannot read as ajv's error object for toValidationIssue", () => {
    const code =
      '[{instancePath:instancePath+"/x",schemaPath:"#/x",keyword:"x",params:{limit: other.value}}]';
    expect(rewriteErrorSites(code, context())).toBe(
      '[hw_toIssue({instancePath:"/x",schemaPath:"#/x",keyword:"x",params:{limit: other.value}})]',
    );
  });
});

describe('rewriteStandalone', () => {
  it('throws on output it does not know rather than guess', () => {
    const unknownKeys =
      'function validate1(data, {instancePath=""}={}){\nvalidate1.errors = [{instancePath,schemaPath:"#/a",keyword:"a",params:{},data}];\nreturn false;\n}\n';
    expect(() => rewriteStandalone(unknownKeys)).toThrow(/unexpected keys/);
  });
});

describe('guardLengthCounts', () => {
  const module = (test: string) => `const func3 = hw_codePointLength;\nif(${test}){\nreturn 1;\n}\n`;

  it('counts code points only when the UTF-16 length cannot decide', () => {
    expect(guardLengthCounts(module('func3(data0) > 200'))).toContain(
      'if(data0.length > 200 && func3(data0) > 200){',
    );
    expect(guardLengthCounts(module('func3(data) < 3'))).toContain('if(data.length < 6 && func3(data) < 3){');
  });

  it('leaves a module without the counter, or a limit that is not a literal, as it was', () => {
    const dynamic = module('func3(data0) > limit1');
    expect(guardLengthCounts(dynamic)).toBe(dynamic);
    const other = 'const func3 = other;\nif(func3(data0) > 2){\n}\n';
    expect(guardLengthCounts(other)).toBe(other);
  });

  describe('in emitted validators, strings of surrogate pairs', () => {
    const limits = { type: 'string', minLength: 2, maxLength: 3 };
    const { files, validator } = emittedValidator(
      contractOf({ events: [eventVersion('text.sent', 1, limits)] }),
    );

    it('are counted as one character each at both limits', () => {
      const validate = validator('text.sent@1');
      expect(files['validators.2020-12.js']).toMatch(/\.length > 3 && func\d+\(data\) > 3\)/);
      // Lengths in UTF-16 units 2, 4, 6, 8 and 3: only the code-point count decides these.
      expect(validate('\u{1F600}').valid).toBe(false);
      expect(validate('\u{1F600}\u{1F600}').valid).toBe(true);
      expect(validate('\u{1F600}\u{1F600}\u{1F600}').valid).toBe(true);
      expect(validate('\u{1F600}\u{1F600}\u{1F600}\u{1F600}').valid).toBe(false);
      expect(validate('a\u{1F600}').valid).toBe(true);
      expect(validate('abcd').valid).toBe(false);
    });
  });
});

describe('a module that needs the context ($dynamicRef) keeps ajv calling convention', () => {
  const node = {
    $dynamicAnchor: 'node',
    type: 'object',
    required: ['value'],
    properties: { value: { type: 'number' }, children: { type: 'array', items: { $dynamicRef: '#node' } } },
  };
  const contract = contractOf({ events: [eventVersion('tree.built', 1, node, { dialect: '2020-12' })] });
  const { files, validator } = emittedValidator(contract);

  it('passes the context along and points from the root', () => {
    expect(files['validators.2020-12.js']).toContain('dynamicAnchors');
  });

  it('answers as ajv does, issues included', () => {
    const reference = compileContract(contract, { emitCode: false, messages: true });
    const ajv = reference.validatorFor(reference.plan.payloads.get('tree.built@1')!)!;
    const validate = validator('tree.built@1');
    const instances = [
      { value: 1, children: [{ value: 2, children: [] }] },
      { value: 1, children: [{ value: 2, children: [{ value: 'x' }] }] },
      { value: 1, children: [{ children: [] }] },
      { value: 1, children: 'none' },
    ];
    for (const instance of instances) {
      const result = validate(instance);
      expect(result.valid).toBe(ajv(instance));
      if (!result.valid) expect(result.issues).toEqual((ajv.errors ?? []).map(toValidationIssue));
    }
    const nested = validate(instances[1]);
    expect(nested.valid ? undefined : nested.issues[0]?.pointer).toBe('/children/0/children/0/value');
  });
});
