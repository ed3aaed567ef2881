import type { PackageSettings } from '../emit/packages/package-settings.js';
import type { UnknownKeywordPolicy } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';
import { type EmittedContract, emitContract } from './emit-contract.js';
import { SchemaOutputCache } from './schema-output-cache.js';

export interface EmitSettings {
  packages?: PackageSettings;
  unknownKeywords?: UnknownKeywordPolicy;
}

/**
 * `emitContract` for a long-lived generator: the same contract object (the loader hands back
 * the one it built while every input file is byte-identical) with the same settings gets the
 * previous output; otherwise the validators and example payloads may be reused (see
 * `SchemaOutputCache`).
 */
export class ContractEmitter {
  private last: { contract: Contract; settings: string; output: EmittedContract } | undefined;
  private readonly schemaOutputs = new SchemaOutputCache();

  emit(contract: Contract, { packages, unknownKeywords }: EmitSettings): EmittedContract {
    const settings = JSON.stringify([packages ?? {}, unknownKeywords ?? 'warn']);
    if (this.last?.contract === contract && this.last.settings === settings) return this.last.output;
    const key = this.schemaOutputs.keyOf(contract);
    const output = emitContract(contract, packages, {
      validators: (c) => this.schemaOutputs.validators(c, key, unknownKeywords),
      examples: (c, compiled) => this.schemaOutputs.examples(c, key, compiled),
    });
    this.last = { contract, settings, output };
    return output;
  }
}
