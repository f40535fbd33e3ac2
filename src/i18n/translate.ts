/**
 * The functions over one table of words: `t` fills `{name}` placeholders, `tn` picks `.one` / `.other`
 * by count, `tLink` splits a sentence around its one link. Each table in src/i18n gets its own set
 * (see index.ts and all.ts), so a page's script carries only the words it can show.
 */
type Vars = Readonly<Record<string, string | number>>;

/** Keys that come in `.one` / `.other` pairs, without the suffix. */
type PluralOf<K> = K extends `${infer Base}.other` ? Base : never;

function fill(text: string, vars: Vars): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = vars[name];
    if (value === undefined) return all;
    return typeof value === 'number' ? value.toLocaleString('en-US') : value;
  });
}

const plurals = new Intl.PluralRules('en');

export interface Translator<K extends string> {
  /** The text of `key`, with each `{name}` replaced by `vars[name]`. */
  t(key: K, vars?: Vars): string;
  /** The `.one` or `.other` form of `key` for `n`, with `{n}` and `vars` filled in. */
  tn(key: PluralOf<K>, n: number, vars?: Vars): string;
  /**
   * A sentence with one link (or element) in it, as `[before, link text, after]`: the text of `key`
   * marks the link's words with `[` and `]`, so a translation can move the link within its sentence.
   */
  tLink(key: K, vars?: Vars): [string, string, string];
}

/** `t`, `tn` and `tLink` over `table`. */
export function translator<K extends string>(table: Readonly<Record<K, string>>): Translator<K> {
  const t = (key: K, vars: Vars = {}) => fill(table[key], vars);
  return {
    t,
    tn: (key, n, vars = {}) => t(`${key}.${plurals.select(n) === 'one' ? 'one' : 'other'}` as K, { ...vars, n }),
    tLink: (key, vars = {}) => {
      // Split before filling in, so a bracket in a filled-in value (a name) cannot move the link.
      const [, before = '', link = '', after = ''] = /^([^[]*)\[([^\]]*)\](.*)$/s.exec(table[key]) ?? [undefined, table[key]];
      return [fill(before, vars), fill(link, vars), fill(after, vars)];
    },
  };
}
