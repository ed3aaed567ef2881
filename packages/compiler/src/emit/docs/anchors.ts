/**
 * Stable fragment ids for docs: `order-created` (an event type), `order-created-v2` (one
 * version), `schema-money` (a named schema). Plain `[a-z0-9-]`, so they work unquoted in
 * URLs, CSS and every Markdown renderer; a slug already taken gets `-2`, `-3`, in contract order.
 */
export class Anchors {
  private readonly taken: Set<string>;
  private readonly byKey = new Map<string, string>();

  /** `reserved`: ids the page uses for itself, which no event or schema may take. */
  constructor(reserved: readonly string[] = RESERVED_IDS) {
    this.taken = new Set(reserved);
  }

  group(name: string): string {
    return this.get(`group:${name}`, `tag-${slug(name)}`);
  }

  eventType(type: string): string {
    return this.get(`type:${type}`, slug(type));
  }

  event(id: string, type: string, version: number): string {
    return this.get(`event:${id}`, `${slug(type)}-v${version}`);
  }

  schema(name: string): string {
    return this.get(`schema:${name}`, `schema-${slug(name)}`);
  }

  private get(key: string, wanted: string): string {
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let id = wanted;
    for (let n = 2; this.taken.has(id); n++) id = `${wanted}-${n}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    return id;
  }
}

/** Fixed ids of the HTML page's own landmarks and controls. */
export const RESERVED_IDS: readonly string[] = [
  'main',
  'search',
  'search-status',
  'theme',
  'requests',
  'test-event',
  'schemas',
  'events',
];

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}
