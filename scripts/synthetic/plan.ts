import type { Random } from './random.js';
import { ACTIONS, ENTITIES } from './vocabulary.js';

export interface EventTypePlan {
  /** Wire type, `<entity>.<action>`. */
  type: string;
  entity: string;
  /** Ascending version numbers; usually [1], sometimes [1, 2] or [1, 2, 3], rarely [2]. */
  versions: number[];
  deprecated: Set<number>;
  /**
   * Whether the messages say `x-event-version`; otherwise the version comes from the
   * message-name suffix (`V2`), so both identity rules get exercised.
   */
  explicitVersion: boolean;
}

function versionsFor(rng: Random, remaining: number, isFirst: boolean): number[] {
  // The first type always has two versions so that even small contracts carry one.
  const roll = rng.next();
  const count = Math.min(remaining, isFirst ? 2 : roll < 0.04 ? 3 : roll < 0.14 ? 2 : 1);
  // A type whose version 1 was retired and only version 2 remains.
  const start = count === 1 && rng.chance(0.03) ? 2 : 1;
  return Array.from({ length: count }, (_, i) => start + i);
}

function deprecatedFor(rng: Random, versions: number[], isFirst: boolean): Set<number> {
  const latest = versions[versions.length - 1]!;
  const deprecated = new Set<number>();
  for (const version of versions) {
    const older = version < latest;
    if ((older && (isFirst || rng.chance(0.35))) || (!older && rng.chance(0.01))) deprecated.add(version);
  }
  return deprecated;
}

/**
 * Event types whose versions add up to exactly `events`, sorted by type. Types are
 * entity x action pairs in a seeded order; past 480 events, entities get a numeric suffix.
 */
export function planEventTypes(rng: Random, events: number): EventTypePlan[] {
  const pairs = ENTITIES.flatMap((entity) => ACTIONS.map((action) => [entity, action] as const));
  const plans: EventTypePlan[] = [];
  let remaining = events;
  for (let round = 1; remaining > 0; round++) {
    for (const [baseEntity, action] of rng.sample(pairs, pairs.length)) {
      if (remaining === 0) break;
      const entity = round === 1 ? baseEntity : `${baseEntity}_${round}`;
      const isFirst = plans.length === 0;
      const versions = versionsFor(rng, remaining, isFirst);
      const deprecated = deprecatedFor(rng, versions, isFirst);
      const explicitVersion = versions.length > 1 ? rng.chance(0.5) : versions[0] !== 1 && rng.chance(0.5);
      plans.push({ type: `${entity}.${action}`, entity, versions, deprecated, explicitVersion });
      remaining -= versions.length;
    }
  }
  return plans.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
