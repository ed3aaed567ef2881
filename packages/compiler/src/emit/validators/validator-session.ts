import type { Contract, SchemaDialect } from '../../ir/contract.js';
import { type CompiledContract, ContractCompiler } from './compile-contract.js';
import { ModuleRewriter } from './module-segments.js';
import type { UnknownKeywordPolicy } from './use-tally.js';

/**
 * What `buildValidators` keeps from one build to the next of the same contract (watch mode): the
 * ajv instances with the schemas they compiled (compile-dialect.ts) and each dialect module's
 * rewritten code (module-segments.ts), so an edit to one schema compiles and rewrites that schema
 * and the schemas that use it, not the contract. The output is the same as a fresh build's.
 *
 * @example
 * const session = new ValidatorSession();
 * buildValidators(contract, {}, session);
 * buildValidators(edited, {}, session); // same files as buildValidators(edited)
 */
export class ValidatorSession {
  private readonly compilers = new Map<UnknownKeywordPolicy, ContractCompiler>();
  private readonly rewriters = new Map<SchemaDialect, ModuleRewriter>();

  /** `compileContract(contract, { emitCode: true, unknownKeywords })`, reusing what is unchanged. */
  compile(contract: Contract, unknownKeywords: UnknownKeywordPolicy): CompiledContract {
    let compiler = this.compilers.get(unknownKeywords);
    if (!compiler) {
      // One policy at a time: a kept instance of another would only hold memory.
      this.compilers.clear();
      compiler = new ContractCompiler({ emitCode: true, unknownKeywords });
      this.compilers.set(unknownKeywords, compiler);
    }
    return compiler.compile(contract);
  }

  /** The rewriter of the dialect's module. */
  rewriter(dialect: SchemaDialect): ModuleRewriter {
    let rewriter = this.rewriters.get(dialect);
    if (!rewriter) {
      rewriter = new ModuleRewriter();
      this.rewriters.set(dialect, rewriter);
    }
    return rewriter;
  }
}
