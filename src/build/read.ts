/**
 * Reading content files in Node with problems that name the file and field: YAML, frontmatter and
 * schema validation, shared by src/build/content.ts (modules, registry, org) and src/build/policy.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import { formatZodError } from '../schemas/format-error';

/** A path as the author reads it: relative to the working directory. */
export function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Parses YAML, reporting a syntax error with the file, line and column. */
export function parseYamlFile(path: string, text: string, problems: string[]): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      problems.push(`${display(path)}: YAML syntax error${where}: ${error.message.split('\n')[0]}`);
    } else {
      problems.push(`${display(path)}: could not be parsed: ${String(error)}`);
    }
    return undefined;
  }
}

export function readText(path: string, problems: string[], what: string): string | undefined {
  if (!existsSync(path)) {
    problems.push(`${display(path)}: missing file (${what})`);
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

/** Validates `data` against `schema`, recording friendly problems that name the file and field. */
export function validate<T>(
  path: string,
  data: unknown,
  schema: ZodType<T, ZodTypeDef, unknown>,
  problems: string[],
  describeItem?: (p: ReadonlyArray<string | number>) => string | undefined,
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  problems.push(...formatZodError(display(path), result.error, describeItem));
  return undefined;
}

/** Splits an MDX file into its YAML frontmatter text and body. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return undefined;
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}
