import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { t } from '../i18n/all';
import { DATA_CLASS_IDS } from '../schemas/data-classes';

/** The organisation settings (org.yaml). */
export async function getOrg() {
  const entry = await getEntry('org', 'org');
  if (!entry) throw new Error(t('build.no-org'));
  return entry.data;
}

/** Modules in training-path order. */
export async function getModules(): Promise<CollectionEntry<'modules'>[]> {
  const list = await getCollection('modules');
  return list.sort((a, b) => a.data.order - b.data.order);
}

/** Data classes, least to most sensitive. */
export async function getDataClasses() {
  const list = await getCollection('dataClasses');
  return list.map((e) => e.data).sort((a, b) => DATA_CLASS_IDS.indexOf(a.id) - DATA_CLASS_IDS.indexOf(b.id));
}

/** Platforms in registry (file) order. */
export async function getPlatforms() {
  return (await getCollection('platforms')).map((e) => e.data);
}
