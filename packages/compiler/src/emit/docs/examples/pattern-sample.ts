/**
 * A string that the simple regular expressions of webhook contracts match (`^[A-Z]{3}$`,
 * `^ord_[0-9a-z]{8,}$`, `^\+?[1-9]\d{1,14}$`): literals, classes, groups with alternatives and
 * quantifiers, taking the first alternative and the smallest count. Lookarounds and back
 * references are not attempted (undefined). Whatever comes out is checked by the validator.
 */
export function samplePattern(pattern: string): string | undefined {
  try {
    const parser = new PatternSampler(pattern);
    return parser.alternatives(')');
  } catch {
    return undefined;
  }
}

const CLASS_SAMPLES: Record<string, string> = { d: '1', w: 'a', s: ' ', D: 'a', W: '-', S: 'a' };

class PatternSampler {
  private i = 0;
  constructor(private readonly src: string) {}

  alternatives(end: string): string {
    const first = this.sequence(end);
    while (this.src[this.i] === '|') {
      this.i++;
      this.sequence(end);
    }
    return first;
  }

  private sequence(end: string): string {
    let out = '';
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== end) {
      const atom = this.atom();
      out += atom.repeat(this.quantifier());
    }
    return out;
  }

  private atom(): string {
    const c = this.src[this.i++]!;
    if (c === '^' || c === '$') return '';
    if (c === '.') return 'a';
    if (c === '\\') return this.escape();
    if (c === '[') return this.charClass();
    if (c === '(') {
      if (this.src[this.i] === '?') {
        if (this.src[this.i + 1] !== ':') throw new Error('lookaround');
        this.i += 2;
      }
      const inner = this.alternatives(')');
      if (this.src[this.i++] !== ')') throw new Error('unclosed group');
      return inner;
    }
    return c;
  }

  private escape(): string {
    const c = this.src[this.i++]!;
    if (c in CLASS_SAMPLES) return CLASS_SAMPLES[c]!;
    if (/[1-9bBk]/.test(c)) throw new Error('back reference or boundary');
    if (c === 'u') {
      const hex = this.src.slice(this.i, this.i + 4);
      this.i += 4;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    return c;
  }

  private charClass(): string {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    let first: string | undefined;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Error('unclosed class');
      const c = this.src[this.i++]!;
      const value = c === '\\' ? this.escape() : c;
      first ??= value;
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') this.i += 2;
    }
    this.i++;
    if (negated) return first === 'a' ? 'b' : 'a';
    if (first === undefined) throw new Error('empty class');
    return first;
  }

  private quantifier(): number {
    const c = this.src[this.i];
    let count = 1;
    if (c === '?' || c === '*') {
      this.i++;
      count = 0;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!match) return 1;
      this.i += match[0].length;
      count = Number(match[1]);
    } else return 1;
    if (this.src[this.i] === '?') this.i++; // lazy: same smallest count
    return count;
  }
}
