/** Numbers as the HR page says them: with thousands separators and the right word form. */

/** `n` with its word, singular for one: `count(3, 'file')` is "3 files". */
export function count(n: number, word: string, plural = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : plural}`;
}

/** A number with thousands separators, as every figure on the HR page is written. */
export function figure(n: number): string {
  return n.toLocaleString('en-US');
}

/** Size in MB with one decimal, as people read file sizes. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
