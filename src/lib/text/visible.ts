/**
 * Text from a file (a file name, a learner's name, an id) made safe to print where a person reads
 * it: control characters (terminal escapes, newlines that would forge a line), bidirectional
 * overrides and isolates (which reorder what is shown) and zero-width characters (which hide a
 * difference) are shown as visible `\uXXXX` escapes instead of acting. A backslash is doubled so an
 * escape written into a name cannot pass for one of ours.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** `text` with every hidden or controlling character written as a visible escape. */
export function visible(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** True when `text` holds a character that `visible` would escape (an id that deserves a warning). */
export function hasHidden(text: string): boolean {
  return new RegExp(HIDDEN.source, 'u').test(text);
}
