export * from './diagnostics/diagnostic.js';
export * from './ir/contract.js';
