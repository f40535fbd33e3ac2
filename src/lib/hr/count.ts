/** Numbers as the HR page writes them: with thousands separators; sizes in MB. Words with numbers are plural keys of src/i18n (tn). */

/** A number with thousands separators, as every figure on the HR page is written. */
export function figure(n: number): string {
  return n.toLocaleString('en-US');
}

/** Size in MB with one decimal, as people read file sizes. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
