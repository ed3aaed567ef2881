/**
 * What a change does to the set of payloads an event version accepts, seen from the two sides of
 * a webhook: receivers built from the old contract, and senders written against it.
 */
export type Impact = 'safe' | 'breaks-receivers' | 'breaks-senders' | 'breaks-both' | 'undecided';

export const IMPACTS: readonly Impact[] = [
  'safe',
  'breaks-receivers',
  'breaks-senders',
  'breaks-both',
  'undecided',
];

/**
 * The impact of several changes taken together. Receivers and senders breaking together is
 * `breaks-both`; a part that cannot be decided makes the whole undecided unless the known parts
 * already break both sides.
 */
export function combineImpacts(impacts: Iterable<Impact>): Impact {
  let receivers = false;
  let senders = false;
  let undecided = false;
  for (const impact of impacts) {
    if (impact === 'breaks-both' || impact === 'breaks-receivers') receivers = true;
    if (impact === 'breaks-both' || impact === 'breaks-senders') senders = true;
    if (impact === 'undecided') undecided = true;
  }
  if (receivers && senders) return 'breaks-both';
  if (undecided) return 'undecided';
  if (receivers) return 'breaks-receivers';
  if (senders) return 'breaks-senders';
  return 'safe';
}

/** How a constraint moved: the accepted set grows (`wider`), shrinks (`narrower`) or both. */
export type Direction = 'wider' | 'narrower' | 'both';

/** A widened accepted set breaks receivers built from the old contract; a narrowed one breaks senders. */
export function impactOf(direction: Direction): Impact {
  if (direction === 'wider') return 'breaks-receivers';
  if (direction === 'narrower') return 'breaks-senders';
  return 'breaks-both';
}
