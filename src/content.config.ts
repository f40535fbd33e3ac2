import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir, readContent, type ContentSet } from './build/content';
import { dataClassSchema } from './schemas/data-classes';
import { moduleFrontmatterSchema } from './schemas/module';
import { orgSchema } from './schemas/org';
import { platformSchema } from './schemas/platforms';
import { quizBankSchema } from './schemas/quiz';

/**
 * A loader over the YAML files of content/, read by `readContent`, which throws (naming file and
 * field) on a syntax error, a missing file or a schema violation, where Astro's `file()` loader
 * would only log a YAML error and carry on.
 */
function fromContentSet(name: string, entries: (set: ContentSet) => Array<{ id: string; data: Record<string, unknown> }>): Loader {
  return {
    name: `aga-${name}`,
    load: async ({ store, parseData }) => {
      const set = readContent(contentDir());
      store.clear();
      for (const entry of entries(set)) {
        store.set({ id: entry.id, data: await parseData(entry) });
      }
    },
  };
}

const modules = defineCollection({
  loader: glob({ pattern: '*.mdx', base: resolve(contentDir(), 'modules') }),
  schema: moduleFrontmatterSchema,
});

const quizzes = defineCollection({
  loader: fromContentSet('quizzes', (set) => set.modules.map((m) => ({ id: m.id, data: m.quiz }))),
  schema: quizBankSchema,
});

const platforms = defineCollection({
  loader: fromContentSet('platforms', (set) => set.platforms.map((p) => ({ id: p.id, data: p }))),
  schema: platformSchema,
});

const dataClasses = defineCollection({
  loader: fromContentSet('data-classes', (set) => set.dataClasses.map((c) => ({ id: c.id, data: c }))),
  schema: dataClassSchema,
});

const org = defineCollection({
  loader: fromContentSet('org', (set) => [{ id: 'org', data: set.org }]),
  schema: orgSchema,
});

export const collections = { modules, quizzes, platforms, dataClasses, org };
