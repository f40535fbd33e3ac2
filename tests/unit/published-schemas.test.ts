import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { publishedSchemas, schemaFileText } from '../../src/lib/records/published-schemas';

const dir = join('docs', 'schemas');

describe('docs/schemas', () => {
  const generated = publishedSchemas();
  for (const [name, schema] of Object.entries(generated)) {
    it(`${name} is what the zod schemas generate`, () => {
      const committed = readFileSync(join(dir, name), 'utf8');
      assert.equal(committed, schemaFileText(schema), `docs/schemas/${name} drifted from the zod schemas: run npm run schemas and commit it`);
    });
  }

  it('holds no schema the code no longer generates', () => {
    assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.json')).sort(), Object.keys(generated).sort());
  });
});
