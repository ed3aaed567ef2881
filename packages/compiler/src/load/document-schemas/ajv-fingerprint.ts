import type { AjvLike, SpectralModules } from './spectral-modules.js';

/**
 * What the code ajv generates for a schema depends on besides the schema: ajv's and its plugins'
 * versions, the instance's options, its formats and keywords, and the meta-schemas it holds. Two
 * instances with the same fingerprint compile a schema to the same code.
 *
 * Schemas other than the JSON Schema meta-schemas are left out: spectral adds the payload schemas
 * it checks examples against to the same instance, and the AsyncAPI document schemas refer to
 * nothing outside themselves but the meta-schemas.
 */
export function ajvFingerprint(ajv: AjvLike, modules: SpectralModules): string {
  const options: Record<string, unknown> = {};
  for (const key of Object.keys(ajv.opts).sort()) {
    const value = ajv.opts[key];
    if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string')
      options[key] = value;
  }
  const { optimize, regExp, formats, es5, lines } = ajv.opts.code;
  return JSON.stringify({
    versions: ['ajv', 'ajv-formats', 'ajv-errors'].map((name) => `${name}@${packageVersion(modules, name)}`),
    options,
    code: {
      optimize,
      regExp: typeof regExp === 'function' ? regExp.name : regExp,
      formats: String(formats),
      es5,
      lines,
    },
    formats: Object.keys(ajv.formats).sort(),
    keywords: Object.keys(ajv.RULES.keywords).sort(),
    metaSchemas: Object.keys(ajv.schemas)
      .filter((id) => id.startsWith('http://json-schema.org/'))
      .sort(),
  });
}

function packageVersion(modules: SpectralModules, name: string): string {
  try {
    return (modules.spectral(`${name}/package.json`) as { version: string }).version;
  } catch {
    return 'missing';
  }
}
