import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Specifiers of every static import and re-export in `source` (`import type` included). Quotes may be
 * single (our sources, tsc's output) or double (esbuild's bundles).
 */
export function importSpecifiers(source: string): string[] {
  // A statement runs from `import`/`export` at the start of a line to `from '...';` with no `;` between.
  const statements =
    /(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*(['"])([^'"]+)\1;|(?:^|\n)\s*import\s*(['"])([^'"]+)\3;/g;
  return [...source.matchAll(statements)].map((match) => (match[2] ?? match[4])!);
}

/**
 * Every file reachable from `entry` through relative imports, entry first. Works on sources (`.ts`,
 * imported as `.js`) and on the built `dist` alike.
 */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      const source = target.replace(/\.js$/, '.ts');
      visit(existsSync(target) ? target : source);
    }
  };
  visit(entry);
  return [...seen];
}
