/** The schema allows no value this synthesiser can find; `pointer` is where inside the schema. */
export class SynthesisError extends Error {
  override readonly name = 'SynthesisError';
  readonly code = 'EXAMPLE_NOT_SYNTHESIZED';
  constructor(
    readonly reason: string,
    readonly pointer: string,
  ) {
    super(`${pointer || '(root)'}: ${reason}`);
  }
}
