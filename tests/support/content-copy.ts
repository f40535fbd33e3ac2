import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, readContent } from '../../src/build/content';
import { scratchDir } from './scratch';

/** A throwaway copy of `content/` to break on purpose; returns its path. */
export function copyContent(from = 'content'): string {
  const dir = scratchDir('aga-content-');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a content copy. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** The message readContent throws for a content folder; fails the test when it reads cleanly. */
export function problemsOf(dir: string): string {
  try {
    readContent(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.message;
  }
  assert.fail('expected a ContentError');
}
