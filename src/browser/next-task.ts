/** Resolves in a later task, so the page can handle input and paint in between long work. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
