/** Components for MDX authors: import them in a module with `import { PlatformTable } from '../../src/components/mdx';`. */
export { default as DataClassTable } from './DataClassTable.astro';
export { default as PlatformTable } from './PlatformTable.astro';
