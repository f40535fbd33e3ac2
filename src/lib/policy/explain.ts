/**
 * Where the training explains each rule of the decision, so the checker can link a verdict to the
 * module section that says why. Headings are matched by their anchors (the slugs Astro gives
 * them); when a heading is missing the link falls back to the module's top, and a missing
 * module is skipped, so renaming a heading degrades a link instead of breaking the build.
 */
import type { RuleCode } from './decide';

/** A module as the resolver needs it: id, title and its headings in page order. */
export interface ModuleOutline {
  id: string;
  title: string;
  headings: ReadonlyArray<{ slug: string; text: string }>;
}

/** A link to a place in the training. */
export interface SectionLink {
  /** Path from the site root, without base, e.g. `/modules/x/#y`. */
  path: string;
  /** "Module title: Section" (or just the module title). */
  label: string;
}

/** For each rule: modules and the heading anchors (first found wins) that teach it. */
export const TAUGHT_IN: Record<RuleCode, ReadonlyArray<{ module: string; anchors: readonly string[] }>> = {
  prohibited: [
    { module: 'approved-platforms', anchors: ['how-approval-works', 'why-a-registry-exists', 'reading-the-registry'] },
    { module: 'approved-platforms', anchors: ['requesting-a-new-tool'] },
  ],
  'above-max': [
    { module: 'sensitive-information', anchors: ['the-four-data-classes', 'data-classes'] },
    { module: 'approved-platforms', anchors: ['reading-the-registry'] },
  ],
  'conditional-status': [
    { module: 'approved-platforms', anchors: ['what-conditional-approval-means-in-practice', 'conditional-approval', 'reading-the-registry'] },
  ],
  conditions: [
    { module: 'approved-platforms', anchors: ['what-conditional-approval-means-in-practice', 'conditional-approval', 'reading-the-registry'] },
  ],
  'within-max': [
    { module: 'approved-platforms', anchors: ['reading-the-registry', 'why-a-registry-exists'] },
    { module: 'sensitive-information', anchors: ['the-four-data-classes', 'data-classes'] },
  ],
};

/** The module sections that explain `rule`, resolved against the modules that exist. */
export function explainLinks(rule: RuleCode, modules: readonly ModuleOutline[]): SectionLink[] {
  const links: SectionLink[] = [];
  for (const place of TAUGHT_IN[rule]) {
    const module = modules.find((m) => m.id === place.module);
    if (!module) continue;
    const heading = place.anchors.map((a) => module.headings.find((h) => h.slug === a)).find((h) => h !== undefined);
    const link =
      heading
        ? { path: `/modules/${module.id}/#${heading.slug}`, label: `${module.title}: ${heading.text}` }
        : { path: `/modules/${module.id}/`, label: module.title };
    if (!links.some((l) => l.path === link.path)) links.push(link);
  }
  return links;
}
