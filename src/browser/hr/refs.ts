/** The HR page's parts are found by their `data-hr` name; a missing part is a bug in the page, said loudly. */
export type Ref = <T extends HTMLElement = HTMLElement>(name: string) => T;

/** A lookup of `[data-hr="name"]` inside `root`. */
export function refsOf(root: HTMLElement): Ref {
  return <T extends HTMLElement = HTMLElement>(name: string): T => {
    const node = root.querySelector<T>(`[data-hr="${name}"]`);
    if (!node) throw new Error(`aga-hr: missing [data-hr="${name}"]`);
    return node;
  };
}
