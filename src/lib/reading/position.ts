/**
 * Where a reader is in a long page: the section being read and how much of the text is behind
 * them. Pure arithmetic on layout numbers, so the module page's "On this page" element stays a
 * thin reader of the DOM and this is tested without a browser.
 */

/**
 * Index of the current section: the last heading whose top (viewport coordinates, in document
 * order) has crossed `line` (px from the top of the viewport); -1 while the reader is above the
 * first one. Once the page is scrolled to its end the last heading is current, even when it is too
 * close to the end to ever reach the line.
 */
export function currentSection(headingTops: readonly number[], line: number, atEnd = false): number {
  if (atEnd && headingTops.length > 0) return headingTops.length - 1;
  let current = -1;
  headingTops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}

/**
 * Share of a text already read, 0 to 100 (whole percent): 0 while its top is still at or below
 * the viewport's top, 100 once its bottom is in view.
 * `top` and `height` are the text's box in viewport coordinates; `viewport` is the window height.
 */
export function readingPercent(top: number, height: number, viewport: number): number {
  const scrollable = height - viewport;
  if (scrollable <= 0) return top <= 0 ? 100 : 0;
  const read = Math.min(Math.max(-top / scrollable, 0), 1);
  return Math.round(read * 100);
}
