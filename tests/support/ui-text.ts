/**
 * Finds words a person would read that are written into code instead of src/i18n/en.ts: text nodes
 * and labelling attributes of .astro templates, and string literals of TypeScript that read like
 * prose. A heuristic, kept simple so its misses are easy to reason about: see isProse.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @astrojs/compiler comes with astro (the same parser the build uses), so the scan sees templates as Astro does.
import { parse } from '@astrojs/compiler';
import ts from 'typescript';

export interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value is read out or shown: on elements and as props of components. */
const SHOWN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'description', 'summary']);

/**
 * A list of CSS class names, not words: lowercase tokens, at least one of them marked as a class by
 * BEM's `--` or `__`, or cut off before a substitution (`s-${status}`), as in `notice notice--ok`.
 * Two plain lowercase words ("not given") are prose.
 */
export function isClassList(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  return tokens.every((w) => /^[a-z][a-z0-9_-]*$/.test(w)) && tokens.some((w) => /--|__|-$/.test(w));
}

/**
 * Prose: two words of letters with a space between, or one capitalised word, and nothing that marks
 * code (selectors, URLs, markup, keys, class names). `identifier: ...` messages (a function naming
 * itself in an assertion for developers) are not prose for learners or HR.
 */
export function isProse(text: string, oneWordCounts = false): boolean {
  const s = text.trim();
  if (!/[A-Za-z]{2,}/.test(s)) return false;
  if (/^[a-z][\w-]*: /.test(s)) return false;
  if (isClassList(s) && !oneWordCounts) return false;
  if (/^[\w.:/-]*$/.test(s) && !oneWordCounts) return false;
  if (/[<>{}=]|\$\{|^\.|^#|\[data-|^https?:|^\//.test(s) && !oneWordCounts) return false;
  return oneWordCounts || /[A-Za-z]{2,}[,.:;]? +[A-Za-z(“"']/.test(s);
}

export function sourceFiles(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full, ext);
    return ext.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The literal parts of `node` (a template contributes its fixed pieces, joined by a space). */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return undefined;
}

const SELECTOR_CALLS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

/** A string that sets classes: `x.className = ...`, `x.classList.add(...)` (or remove, toggle, ...), `x.setAttribute('class', ...)`. */
function setsClasses(node: ts.Node): boolean {
  const { parent } = node;
  if (ts.isBinaryExpression(parent) && parent.right === node && ts.isPropertyAccessExpression(parent.left)) return parent.left.name.text === 'className';
  if (!ts.isCallExpression(parent) || !ts.isPropertyAccessExpression(parent.expression)) return false;
  const callee = parent.expression;
  if (ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === 'classList') return true;
  const [name] = parent.arguments;
  return callee.name.text === 'setAttribute' && name !== node && name !== undefined && ts.isStringLiteral(name) && name.text === 'class';
}

/** String literals in TypeScript code that read as prose; imports and `t()` keys are not. */
export function scanTypeScript(file: string, code: string, lineOffset = 0): Hit[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const hits: Hit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    // Selectors name elements, not words.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && SELECTOR_CALLS.has(node.expression.name.text)) return;
    const text = literalText(node);
    if (text !== undefined) {
      if (isProse(text) && !setsClasses(node)) hits.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 + lineOffset, text });
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hits;
}

interface AstroNode {
  type: string;
  name?: string;
  value?: string;
  kind?: string;
  attributes?: AstroNode[];
  children?: AstroNode[];
  position?: { start: { line: number } };
}

/** Text nodes, shown attributes and prose literals inside expressions of an .astro file. */
export async function scanAstro(file: string, code: string): Promise<Hit[]> {
  const { ast } = await parse(code, { position: true });
  const hits: Hit[] = [];
  const line = (n: AstroNode) => n.position?.start.line ?? 0;
  const visit = (node: AstroNode, inExpression: boolean): void => {
    if (node.type === 'frontmatter') {
      hits.push(...scanTypeScript(file, node.value ?? '', line(node) - 1));
      return;
    }
    // Scripts and styles are code; <code> shows names (files, fields) that stay as they are in every language.
    if (node.type === 'element' && node.name === 'script') {
      for (const child of node.children ?? []) hits.push(...scanTypeScript(file, child.value ?? '', line(child) - 1));
      return;
    }
    if (node.type === 'element' && (node.name === 'style' || node.name === 'code')) return;
    if (node.type === 'text') {
      const value = node.value ?? '';
      // Text directly inside `{...}` is code: only its string literals can be words.
      if (inExpression) {
        for (const m of value.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
          const literal = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, ' ');
          if (isProse(literal)) hits.push({ file, line: line(node), text: literal });
        }
      }
      else if (isProse(value, true)) hits.push({ file, line: line(node), text: value.trim() });
      return;
    }
    for (const a of node.attributes ?? []) {
      if (a.kind === 'quoted' && a.name && SHOWN_ATTRIBUTES.has(a.name) && isProse(a.value ?? '', true)) hits.push({ file, line: line(a), text: a.value ?? '' });
    }
    for (const child of node.children ?? []) visit(child, node.type === 'expression');
  };
  visit(ast as AstroNode, false);
  return hits;
}

/** Every hit in the given files. */
export async function scanFiles(files: readonly string[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    hits.push(...(file.endsWith('.astro') ? await scanAstro(file, code) : scanTypeScript(file, code)));
  }
  return hits;
}
