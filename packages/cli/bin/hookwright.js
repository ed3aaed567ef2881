#!/usr/bin/env node
// Commands that read a contract start the AsyncAPI validation worker before anything else loads:
// it imports the parser while this thread imports the emitters, on the second core.
import { startValidationWorkerEarly } from '@hookwright/compiler/early-worker';

const command = process.argv[2];
if (['generate', 'inspect', 'trigger', 'listen'].includes(command)) startValidationWorkerEarly();
await import('../dist/main.js');
