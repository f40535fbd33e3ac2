/**
 * The `sso` block of `content/org.yaml`, read in plain Node with the build's own YAML reader, so
 * astro.config.mjs can open the CSP to the issuer only when SSO is configured, and pages can pass
 * the block to the browser's sign-in code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ssoSchema, type Sso } from '../schemas/identity';
import { ContentError, contentDir } from './content';
import { parseYamlFile, validate } from './read';

/** The validated `sso` block, or undefined when org.yaml has none. A broken block fails, naming the field. */
export function readSso(dir: string = contentDir()): Sso | undefined {
  const path = join(dir, 'org.yaml');
  if (!existsSync(path)) return undefined;
  const problems: string[] = [];
  const data = parseYamlFile(path, readFileSync(path, 'utf8'), problems);
  const block = typeof data === 'object' && data !== null ? (data as { sso?: unknown }).sso : undefined;
  if (problems.length > 0) throw new ContentError(problems);
  if (block === undefined) return undefined;
  // Validated as its own object; the label names the block, the messages name its fields.
  const result = validate(`${path} (sso)`, block, ssoSchema, problems);
  if (!result) throw new ContentError(problems);
  return result;
}

/** The `connect-src` sources for the page's CSP: 'self', plus the issuer's origin when SSO is configured. */
export function connectSources(sso: Sso | undefined): string {
  return sso ? `'self' ${new URL(sso.issuer).origin}` : "'self'";
}
