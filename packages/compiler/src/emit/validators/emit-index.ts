import type { Contract, SchemaDialect } from '../../ir/contract.js';
import { GENERATED_HEADER } from '../files.js';
import { dialectModuleName, RUNTIME_VALIDATION_MODULE } from './emit-module.js';
import type { ValidatorBinding, ValidatorPlan } from './plan.js';

const NAMESPACE: Record<SchemaDialect, string> = { 'draft-07': 'draft07', '2020-12': 'draft2020' };

interface Table {
  name: string;
  doc: string;
  entries: [key: string, binding: ValidatorBinding][];
}

/**
 * `validators.js` and its `.d.ts`: the public face of the generated validators, three frozen
 * tables of `Validator`s (payloads and headers by event id, named schemas by name).
 */
export function emitIndexModule(contract: Contract, plan: ValidatorPlan): { js: string; dts: string } {
  const tables: Table[] = [
    {
      name: 'validators',
      doc: "Payload validators by event id: `validators['order.created@2'](data)`.",
      entries: contract.events.flatMap((e): Table['entries'] => {
        const binding = plan.payloads.get(e.id);
        return binding ? [[e.id, binding]] : [];
      }),
    },
    {
      name: 'headerValidators',
      doc: 'Header validators by event id, for the events whose contract describes headers.',
      entries: contract.events.flatMap((e): Table['entries'] => {
        const binding = plan.headers.get(e.id);
        return binding ? [[e.id, binding]] : [];
      }),
    },
    {
      name: 'schemaValidators',
      doc: "Validators of the contract's named schemas, by name.",
      entries: [...plan.schemas],
    },
  ];
  const imports = plan.dialects
    .map(({ dialect }) => `import * as ${NAMESPACE[dialect]} from './${dialectModuleName(dialect)}.js';\n`)
    .join('');
  const js = [
    `${GENERATED_HEADER}import { createValidator } from '${RUNTIME_VALIDATION_MODULE}';\n${imports}`,
    ...tables.map((table) => {
      const lines = table.entries.map(
        ([key, b]) => `  ${JSON.stringify(key)}: createValidator(${NAMESPACE[b.dialect]}.${b.exportName}),\n`,
      );
      return `/** ${table.doc} */\nexport const ${table.name} = Object.freeze({\n${lines.join('')}});\n`;
    }),
  ].join('\n');
  const dts = [
    `${GENERATED_HEADER}import type { Validator } from '${RUNTIME_VALIDATION_MODULE}';\n`,
    ...tables.map((table) => {
      const lines = table.entries.map(([key]) => `  readonly ${JSON.stringify(key)}: Validator;\n`);
      return `/** ${table.doc} */\nexport declare const ${table.name}: {\n${lines.join('')}};\n`;
    }),
  ].join('\n');
  return { js, dts };
}
