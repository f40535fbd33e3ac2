/**
 * A new element with optional class and text. Text always goes in as textContent: whatever a file
 * supplies (names, ids, messages) is shown literally, never parsed as HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

