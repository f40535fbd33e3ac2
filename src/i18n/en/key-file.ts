/** HR's identity provider key files (src/lib/identity/jwks-file.ts): for the HR page, the key fetch and the CLI. */
export const keyFile = {
  'key-file.not-json': '{name}: not JSON, so not a key file (JWKS)',
  'key-file.not-jwks': '{name}: not a key file: expected a JSON object with a "keys" list (JWKS)',
  'key-file.not-public': '{name}: key {n} of {count} is not a public JSON Web Key',
} as const;
