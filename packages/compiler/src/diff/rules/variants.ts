import { childPointer } from '../../load/json-pointer.js';
import { acceptedAtoms, provablyDisjoint } from '../schema/atoms.js';
import type { CompareContext, NodePair, SchemaRule } from '../schema/compare-context.js';
import { locChild, type Placed } from '../schema/loc.js';
import type { NormalSchema } from '../schema/normalize.js';
import { report } from './finding.js';

type Side = 'old' | 'new';

interface Branch {
  placed: Placed;
  index: number;
  text: string;
  node: NormalSchema;
}

/**
 * `anyOf`/`oneOf` branches are matched by meaning (equal, then the same discriminator value, then
 * the only one left) and matched pairs compared recursively. A new branch breaks receivers; a
 * removed one breaks senders. For `oneOf` that holds only when the branch provably excludes the
 * others (else a value matching two branches changes validity): otherwise it is undecided.
 * A schema that became a list of branches is compared as a one-branch list (`X` -> `oneOf [X, null]`).
 */
export const variantsChange: SchemaRule = {
  ids: ['variant-added', 'variant-removed', 'variant-list-added', 'variant-list-removed'],
  check(pair, ctx) {
    const lifted = liftedKeyword(pair);
    for (const keyword of ['anyOf', 'oneOf'] as const) {
      const old = branchesOf(pair, ctx, 'old', keyword, lifted === keyword);
      const next = branchesOf(pair, ctx, 'new', keyword, lifted === keyword);
      if (old && next) matchBranches(pair, ctx, writtenKeyword(pair, keyword), old, next);
      else if (old || next) wholeList(pair, ctx, keyword, !old);
    }
    return lifted !== undefined;
  },
};

/** `oneOf` with exclusive branches is normalised to `anyOf`; pointers keep the keyword as written. */
function writtenKeyword(pair: NodePair, keyword: string): string {
  const written = pair.new.keywords.get(keyword) ?? pair.old.keywords.get(keyword);
  return written?.loc.pointer.endsWith('/oneOf') ? 'oneOf' : keyword;
}

/** A branch list next to other keywords, appearing or disappearing: it can only narrow or widen. */
function wholeList(pair: NodePair, ctx: CompareContext, keyword: string, added: boolean): void {
  const written = (added ? pair.new : pair.old).keywords.get(keyword)!;
  report(ctx, pair, {
    rule: added ? 'variant-list-added' : 'variant-list-removed',
    impact: added ? 'breaks-senders' : 'breaks-receivers',
    reason: added
      ? `values must now also match one of the ${keyword} branches`
      : `values no longer need to match one of the ${keyword} branches`,
    path: [keyword],
    side: added ? 'new' : 'old',
    loc: written.loc,
  });
}

/** The keyword of a side that is nothing but one branch list, when the other side is a plain schema. */
function liftedKeyword(pair: NodePair): 'anyOf' | 'oneOf' | undefined {
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const oldOnly = onlyBranches(pair.old, keyword);
    const newOnly = onlyBranches(pair.new, keyword);
    if (oldOnly !== newOnly && !pair.old.keywords.has(keyword) !== !pair.new.keywords.has(keyword)) {
      return keyword;
    }
  }
  return undefined;
}

function onlyBranches(node: NormalSchema, keyword: string): boolean {
  return (
    node.keywords.has(keyword) &&
    node.keywords.size === 1 &&
    !node.types &&
    !node.values &&
    node.properties.size === 0 &&
    node.required.size === 0 &&
    node.allOf.length === 0
  );
}

function branchesOf(
  pair: NodePair,
  ctx: CompareContext,
  side: Side,
  keyword: string,
  lift: boolean,
): Branch[] | undefined {
  const written = pair[side].keywords.get(keyword);
  const list: Placed[] | undefined =
    written && Array.isArray(written.value)
      ? written.value.map((schema, i) => ({ schema, loc: locChild(written.loc, i) }))
      : lift
        ? [pair.placed[side]]
        : undefined;
  return list?.map((placed, index) => ({
    placed,
    index,
    text: ctx.text(side, placed),
    node: ctx.normalize(side, placed),
  }));
}

function matchBranches(
  pair: NodePair,
  ctx: CompareContext,
  keyword: string,
  old: Branch[],
  next: Branch[],
): void {
  const oldLeft = [...old];
  const newLeft = [...next];
  const pairs: Array<[Branch, Branch]> = [];
  const take = (match: (a: Branch, b: Branch) => boolean) => {
    for (const b of [...newLeft]) {
      const a = oldLeft.find((candidate) => match(candidate, b));
      if (!a) continue;
      pairs.push([a, b]);
      oldLeft.splice(oldLeft.indexOf(a), 1);
      newLeft.splice(newLeft.indexOf(b), 1);
    }
  };
  take((a, b) => a.text === b.text);
  take((a, b) => {
    const da = discriminator(a, ctx, 'old');
    return da !== undefined && da === discriminator(b, ctx, 'new');
  });
  take((a, b) => overlapsOnly(a, b, oldLeft, newLeft));
  if (oldLeft.length === 1 && newLeft.length === 1) take(() => true);
  for (const [a, b] of pairs) {
    if (a.text !== b.text) ctx.descend(a.placed, b.placed, childPointer(pair.pointer, keyword, b.index));
  }
  for (const b of newLeft) reportBranch(pair, ctx, keyword, b, next, 'new');
  for (const a of oldLeft) reportBranch(pair, ctx, keyword, a, old, 'old');
}

function reportBranch(
  pair: NodePair,
  ctx: CompareContext,
  keyword: string,
  branch: Branch,
  siblings: Branch[],
  side: Side,
): void {
  const added = side === 'new';
  const property = (node: NormalSchema, name: string) => {
    const placed = node.properties.get(name);
    return placed ? ctx.normalize(side, placed) : undefined;
  };
  const exclusive =
    keyword === 'anyOf' ||
    siblings.length === 1 ||
    siblings.every((s) => s === branch || provablyDisjoint(branch.node, s.node, property));
  const what = `${keyword} branch ${branch.index}`;
  report(ctx, pair, {
    rule: added ? 'variant-added' : 'variant-removed',
    impact: !exclusive ? 'undecided' : added ? 'breaks-receivers' : 'breaks-senders',
    reason: !exclusive
      ? `${what} ${added ? 'added' : 'removed'}; it may overlap another branch, and a value matching two oneOf branches is rejected, so the effect is not decided`
      : added
        ? `new ${what}: values it accepts are rejected by receivers built from the old contract`
        : `${what} removed: values only it accepted are now rejected`,
    path: [keyword, branch.index],
    side,
    loc: branch.placed.loc,
  });
}

/** True when `a` and `b` share a JSON type and neither shares one with another unmatched branch. */
function overlapsOnly(a: Branch, b: Branch, oldLeft: Branch[], newLeft: Branch[]): boolean {
  const overlap = (x: Branch, y: Branch) => {
    const ys = acceptedAtoms(y.node);
    return [...acceptedAtoms(x.node)].some((t) => ys.has(t));
  };
  if (!overlap(a, b)) return false;
  return newLeft.every((y) => y === b || !overlap(a, y)) && oldLeft.every((x) => x === a || !overlap(x, b));
}

/** `name=value` of the first required property with a single allowed value (a discriminator). */
function discriminator(branch: Branch, ctx: CompareContext, side: Side): string | undefined {
  for (const name of branch.node.required.keys()) {
    const placed = branch.node.properties.get(name);
    if (!placed) continue;
    const values = ctx.normalize(side, placed).values?.value;
    if (values?.length === 1) return `${name}=${JSON.stringify(values[0])}`;
  }
  return undefined;
}
