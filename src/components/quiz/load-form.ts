/** The URL of the page's preload link `selector` inside `root` (Quiz.astro). */
const preloaded = (root: HTMLElement, selector: string) => root.querySelector<HTMLLinkElement>(selector)?.href ?? '';

/** The quiz's stylesheet, added to the document; resolves when it applies. */
function addStyles(href: string): Promise<unknown> {
  return new Promise((onload, onerror) => document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href, onload, onerror })));
}

/**
 * Puts a module's quiz form (modules/<id>/quiz.html, QuizForm.astro) into the `aga-quiz` element
 * in place of its "loading" line, once the form and its stylesheet are both in, so the form never
 * shows unstyled. The page preloads both (their URLs are its links', so they hold under a base
 * and inside a SCORM package): a learner who jumps to the quiz finds it there, and the text
 * above takes longer to read than the fetch. False when either could not be had: the line then
 * says so.
 */
export async function loadForm(root: HTMLElement): Promise<boolean> {
  const line = root.querySelector<HTMLElement>('[data-loading]');
  if (line) line.textContent = line.dataset.loading ?? '';
  try {
    const form = fetch(preloaded(root, '[data-form]')).then((res) => (res.ok ? res.text() : Promise.reject(new Error(String(res.status)))));
    const [html] = await Promise.all([form, addStyles(preloaded(root, '[data-styles]'))]);
    // The site's own built markup, without scripts: parsed in a template, then moved in at once.
    const template = document.createElement('template');
    template.innerHTML = html;
    root.replaceChildren(template.content);
    return true;
  } catch {
    if (line) line.textContent = line.dataset.failed ?? '';
    return false;
  }
}
