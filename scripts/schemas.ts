/** Writes docs/schemas/*.json from the zod schemas (`npm run schemas`); commit the result. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas, schemaFileText } from '../src/lib/records/published-schemas';

const dir = join('docs', 'schemas');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(join(dir, name), schemaFileText(schema));
  console.log(`wrote ${join(dir, name)}`);
}
