import type { PackageSettings } from '../emit/packages/package-settings.js';
import type { UnknownKeywordPolicy } from '../emit/validators/index.js';
import type { Contract } from '../ir/contract.js';
import { type EmittedContract, emitContract } from './emit-contract.js';
import { ValidatorCache } from './validator-cache.js';

export interface EmitSettings {
  packages?: PackageSettings;
  unknownKeywords?: UnknownKeywordPolicy;
}

/**
 * `emitContract` for a long-lived generator: the same contract object (the loader hands back
 * the one it built while every input file is byte-identical) with the same settings gets the
 * previous output; otherwise only the validators may be reused (see `ValidatorCache`).
 */
export class ContractEmitter {
  private last: { contract: Contract; settings: string; output: EmittedContract } | undefined;
  private readonly validators = new ValidatorCache();

  emit(contract: Contract, { packages, unknownKeywords }: EmitSettings): EmittedContract {
    const settings = JSON.stringify([packages ?? {}, unknownKeywords ?? 'warn']);
    if (this.last?.contract === contract && this.last.settings === settings) return this.last.output;
    const output = emitContract(contract, packages, (c) => this.validators.build(c, unknownKeywords));
    this.last = { contract, settings, output };
    return output;
  }
}
