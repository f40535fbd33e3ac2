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
  return table[key].replace(/\{(\w+)\}/g, (all, name: string) => {
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
