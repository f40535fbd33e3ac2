/**
 * Builds the SCORM 1.2 package of one module from the finished site in `dist`: the module page
 * rewritten as the launch page, the scripts, styles and files it uses, the records manifest it
 * signs against, and `imsmanifest.xml` at the root. Zipped deterministically (sorted entries, one
 * fixed time), so the same build makes the same bytes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { packageManifestXml } from '../lib/scorm/manifest-xml';
import { packageFragment, packagePage, referencedFiles } from '../lib/scorm/package-html';
import { feedbackPath, quizFormPath } from '../lib/quiz/files';
import { manifestText, packageManifest } from './manifest';
import { MANIFEST_FILE } from '../lib/records/manifest-file';
import { manifestSchema, type Manifest } from '../schemas/manifest';
import { formatZodError } from '../schemas/format-error';

/** The launch page's name at the package root. */
export const LAUNCH_PAGE = 'index.html';
/** Where the packages go, relative to the build output. */
export const PACKAGES_DIR = 'packages/scorm12';
/**
 * Files every package carries besides what the page refers to: the manifest its records are signed
 * against (its own module's part), the module's quiz form, which the page fetches when it loads, and the answer key with the
 * feedback, which it fetches for a result.
 */
const always = (moduleId: string) => [MANIFEST_FILE, quizFormPath(moduleId), feedbackPath(moduleId)];

/** The built site's records manifest, read once for all packages; throws naming the file when it is not one. */
export function readSiteManifest(dist: string): Manifest {
  const path = join(dist, MANIFEST_FILE);
  let parsed;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`SCORM packages: ${path} could not be read: ${(error as Error).message}`);
  }
  if (!parsed.success) throw new Error(`SCORM packages: ${path} is not a records manifest:\n${formatZodError(path, parsed.error).map((p) => `  - ${p}`).join('\n')}`);
  return parsed.data;
}
// DOS time in zip headers starts in 1980; one fixed instant keeps the bytes stable across builds.
const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

export interface PackageInput {
  /** The build output folder (dist/). */
  dist: string;
  /** Astro's `base`, e.g. `/` or `/academy/`. */
  base: string;
  moduleId: string;
  version: string;
  title: string;
  passMarkPercent: number;
  /** The site's records manifest (readSiteManifest); the package carries its module's part. */
  manifest: Manifest;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The package's entries (path to bytes), imsmanifest.xml included. Throws naming the module on any missing piece. */
export function packageEntries(input: PackageInput): Map<string, Uint8Array> {
  const { dist, base, moduleId } = input;
  const pagePath = join(dist, 'modules', moduleId, 'index.html');
  if (!existsSync(pagePath)) throw new Error(`SCORM package ${moduleId}: the module page ${pagePath} was not built`);
  const formPath = quizFormPath(moduleId);
  const formFile = join(dist, formPath);
  let page, form;
  try {
    page = packagePage(readFileSync(pagePath, 'utf8'), base);
    // A missing form is named with the other missing files below.
    form = existsSync(formFile) ? packageFragment(readFileSync(formFile, 'utf8'), base) : undefined;
  } catch (error) {
    throw new Error(`SCORM package ${moduleId}: ${(error as Error).message}`);
  }
  const assets = filesUnder(join(dist, '_astro')).map((p) => `_astro/${p}`);
  const read = (p: string) => readFileSync(join(dist, p), 'utf8');
  const files = referencedFiles([...page.files, ...(form?.files ?? []), ...always(moduleId)], assets, read);
  const entries = new Map<string, Uint8Array>([[LAUNCH_PAGE, new TextEncoder().encode(page.html)]]);
  for (const f of files) {
    if (f === MANIFEST_FILE) {
      entries.set(f, new TextEncoder().encode(manifestText(packageManifest(input.manifest, moduleId))));
      continue;
    }
    const full = join(dist, f);
    if (!existsSync(full)) throw new Error(`SCORM package ${moduleId}: ${f}, which the module page needs, is not in the build`);
    entries.set(f, readFileSync(full));
  }
  // The quiz form's links, like the page's, lead nowhere outside the package.
  if (form) entries.set(formPath, new TextEncoder().encode(form.html));
  const xml = packageManifestXml({ ...input, launch: LAUNCH_PAGE, files: [...entries.keys()] });
  entries.set('imsmanifest.xml', new TextEncoder().encode(xml));
  return entries;
}

/** The package as zip bytes: imsmanifest.xml first, then the other entries sorted, all with one fixed time. */
export function packageZip(entries: Map<string, Uint8Array>): Uint8Array {
  const names = [...entries.keys()].sort((a, b) => (a === 'imsmanifest.xml' ? -1 : b === 'imsmanifest.xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const zippable: Zippable = {};
  for (const name of names) zippable[name] = [entries.get(name)!, { level: 9, mtime: FIXED_TIME }];
  return zipSync(zippable);
}
