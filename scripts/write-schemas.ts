// Regenerates schemas/hookwright.config.schema.json from the compiler's copy (a test keeps them equal).
import { writeFileSync } from 'node:fs';
import { configSchema } from '../packages/compiler/src/config/config-schema.js';

const target = new URL('../schemas/hookwright.config.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configSchema, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
