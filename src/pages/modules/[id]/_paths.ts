import { readContent } from '../../../build/content';
import { currentVersionOf } from '../../../build/settings';
import { getModules } from '../../../utils/site';

/**
 * The static paths of a module's files (its page, its quiz form, its feedback): each module with its published
 * version and its neighbours on the path. One list, so the page and its quiz agree on them.
 */
export async function modulePaths() {
  const modules = await getModules();
  const set = readContent();
  return modules.map((entry, i) => ({
    params: { id: entry.id },
    props: { entry, published: currentVersionOf(set, entry.id), next: modules[i + 1], previous: modules[i - 1] },
  }));
}
export type ModulePathProps = Awaited<ReturnType<typeof modulePaths>>[number]['props'];
