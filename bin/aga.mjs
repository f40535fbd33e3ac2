#!/usr/bin/env node
// The `aga` command line. It runs the TypeScript sources through tsx (a dependency), so
// `npx aga` works straight after `npm install`, with the same src/lib code the site ships.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
