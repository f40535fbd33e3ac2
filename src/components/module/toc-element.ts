import { currentSection, readingPercent } from '../../lib/reading/position';

/** Wide screens show the list beside the text; the breakpoint of OnThisPage.astro. */
const WIDE = '(min-width: 64rem)';
/** A heading counts as being read once its top is this far from the viewport's top (px). */
const LINE = 120;

/**
 * `aga-toc`: marks the link of the section being read (`aria-current`) and fills the reading
 * progress, on scroll, once per frame. The links themselves need no script.
 */
class AgaToc extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private targets: HTMLElement[] = [];
  private frame = 0;
  private readonly onScroll = () => {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.update());
  };

  connectedCallback() {
    const fold = this.querySelector('details')!;
    if (matchMedia(WIDE).matches) fold.open = true;
    for (const a of this.querySelectorAll<HTMLAnchorElement>('nav a')) {
      const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (!target) continue;
      this.links.push(a);
      this.targets.push(target);
      // On a phone the unfolded list covers the text: fold it once a section is chosen.
      a.addEventListener('click', () => {
        if (!matchMedia(WIDE).matches) fold.open = false;
      });
    }
    this.querySelector<HTMLElement>('[data-progress-wrap]')!.hidden = false;
    addEventListener('scroll', this.onScroll, { passive: true });
    addEventListener('resize', this.onScroll, { passive: true });
    this.update();
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.onScroll);
    removeEventListener('resize', this.onScroll);
  }

  private update() {
    this.frame = 0;
    const text = document.getElementById(this.dataset.text ?? '');
    if (text) {
      const box = text.getBoundingClientRect();
      this.querySelector<HTMLProgressElement>('[data-progress]')!.value = readingPercent(box.top, box.height, innerHeight);
    }
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    const current = currentSection(
      this.targets.map((t) => t.getBoundingClientRect().top),
      LINE,
      atEnd,
    );
    this.links.forEach((a, i) => {
      if (i === current) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    });
  }
}
customElements.define('aga-toc', AgaToc);
