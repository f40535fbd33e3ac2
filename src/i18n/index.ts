/**
 * The words of the interface, from one table (src/i18n/en.ts). English only for now: a second language
 * is a second table of the same type, chosen here.
 */
import { en, type UiKey, type UiTable } from './en';

const table: UiTable = en;
const plurals = new Intl.PluralRules('en');

/** Keys that come in `.one` / `.other` pairs, without the suffix. */
type PluralKey = UiKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** The text of `key`, with each `{name}` replaced by `vars[name]`. */
export function t(key: UiKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return fill(table[key], vars);
}

function fill(text: string, vars: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const value = vars[name];
    if (value === undefined) return all;
    return typeof value === 'number' ? value.toLocaleString('en-US') : value;
  });
}

/** The `.one` or `.other` form of `key` for `n`, with `{n}` and `vars` filled in. */
export function tn(key: PluralKey, n: number, vars: Readonly<Record<string, string | number>> = {}): string {
  const form = plurals.select(n) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as UiKey, { ...vars, n });
}

/**
 * A sentence with one link in it, as `[before, link text, after]`: the text of `key` marks the link's
 * words with `[` and `]`, so a translation can move the link within its sentence.
 */
export function tLink(key: UiKey, vars: Readonly<Record<string, string | number>> = {}): [string, string, string] {
  // Split before filling in, so a bracket in a filled-in value (a name) cannot move the link.
  const [, before = '', link = '', after = ''] = /^([^[]*)\[([^\]]*)\](.*)$/s.exec(table[key]) ?? [undefined, table[key]];
  return [fill(before, vars), fill(link, vars), fill(after, vars)];
}
