/**
 * The element `selector` finds inside `root`, which a component's server HTML always renders: a
 * missing one is a bug in the template, so it throws naming the selector instead of failing later.
 */
export function el<T extends HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`aga: no ${selector}`);
  return found;
}
