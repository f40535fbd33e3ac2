/**
 * A real OpenID Provider for the tests (panva's oidc-provider), on 127.0.0.1. It registers one
 * public test client (no secret, PKCE required) for the built site's /sso/callback/ at the test
 * ports, signs with keys it makes at start (their public half written to a JWKS file, as HR would
 * keep it), and logs in a test user through its own small login page: a form with one button, which
 * a browser test or tests/support code submits. Nothing of the protocol is mocked.
 *
 * Run alone (e.g. as a Playwright webServer, ready when /.well-known/openid-configuration answers):
 * `npx tsx tests/support/oidc-provider.ts [--port N] [--jwks FILE]` prints the issuer and JWKS file;
 * run so, it also takes the test controls POST /__test/rotate and /__test/outage (see `control`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { scratchDir } from './scratch';
import { TEST_CLIENT_ID } from './sso-setup';

/** The test client's id (one source: tests/support/sso-setup.ts), a second client, and the user it logs in. */
export { TEST_CLIENT_ID };
/** Another application registered at the same provider: its tokens must not count for the site. */
export const OTHER_CLIENT_ID = 'other-app';
export const TEST_USER = { sub: 'test-user-1', email: 'ada.lovelace@example.com', name: 'Ada Lovelace', employee_id: 'E-1001' } as const;
/** A second test user (listed after TEST_USER, so the login page offers TEST_USER first): another person's ID token. */
export const SECOND_USER = { sub: 'test-user-2', email: 'grace.hopper@example.com', name: 'Grace Hopper', employee_id: 'E-1002' } as const;

export interface TestIdpOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Site origins (e.g. http://localhost:4399) whose /sso/callback/ and /academy/sso/callback/ are registered and may call the token endpoint. */
  siteOrigins?: readonly string[];
  /** Where to write the public JWKS; default a new temporary folder. */
  jwksFile?: string;
  /**
   * Serve POST /__test/rotate (new signing keys) and POST /__test/outage (body "on": every request
   * answers 503 until "off"), so browser tests can drive a provider running in its own process.
   */
  control?: boolean;
  /** Users the login page may log in, by sub; default TEST_USER and SECOND_USER. */
  users?: ReadonlyArray<typeof TEST_USER | { sub: string; email: string; name: string; employee_id: string }>;
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  /** File holding the public signing keys as a plain JWKS. */
  jwksFile: string;
  /** The current public keys (they change on rotate()). */
  publicJwks: { keys: JWK[] };
  /** Rotates the signing keys, as a real provider does: new keys, the old ones gone from its jwks_uri and the JWKS file. */
  rotate(): Promise<void>;
  close(): Promise<void>;
}

/** Origins of the Playwright servers (playwright.config.ts: port, port + 1 for /academy/, port + 2 headers, port + 3 SSO build). */
export function playwrightSiteOrigins(port = Number(process.env.AGA_TEST_PORT ?? 4399)): string[] {
  return [port, port + 1, port + 2, port + 3].flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`]);
}

const LOGIN_PAGE = (uid: string, users: TestIdpOptions['users'] & object) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test identity provider: sign in</title></head>
<body><main><h1>Test identity provider</h1>
<form method="post" action="/interaction/${uid}">
<label for="login">User</label>
<select id="login" name="login">${users.map((u) => `<option value="${u.sub}">${u.name} (${u.email})</option>`).join('')}</select>
<button type="submit">Sign in</button>
<button type="submit" name="refuse" value="1">Refuse</button>
</form></main></body></html>`;

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return new URLSearchParams(text);
}

type User = NonNullable<TestIdpOptions['users']>[number];

/** Fresh RS256 and ES256 signing keys: private halves for the provider, public ones for HR's file. */
async function signingKeys(): Promise<{ private: JWK[]; public: JWK[] }> {
  const rsa = await generateKeyPair('RS256', { extractable: true });
  const ec = await generateKeyPair('ES256', { extractable: true });
  const stamp = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const meta = [{ kid: `rsa-${stamp}`, alg: 'RS256', use: 'sig' }, { kid: `ec-${stamp}`, alg: 'ES256', use: 'sig' }];
  return {
    private: [{ ...(await exportJWK(rsa.privateKey)), ...meta[0] }, { ...(await exportJWK(ec.privateKey)), ...meta[1] }],
    public: [{ ...(await exportJWK(rsa.publicKey)), ...meta[0] }, { ...(await exportJWK(ec.publicKey)), ...meta[1] }],
  };
}

function configuration(signing: JWK[], redirectUris: string[], origins: Set<string>, users: readonly User[], cookieKey: string): Configuration {
  return {
    clients: [TEST_CLIENT_ID, OTHER_CLIENT_ID].map((client_id) => ({ client_id, token_endpoint_auth_method: 'none', redirect_uris: redirectUris, response_types: ['code'], grant_types: ['authorization_code'] })),
    jwks: { keys: signing },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    // The claims go into the ID token itself: it is the evidence a record keeps.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'employee_id'] },
    findAccount: (_ctx, sub) => {
      const user = users.find((u) => u.sub === sub);
      return user ? { accountId: sub, claims: () => ({ ...user, email_verified: true }) } : undefined;
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // A first-party test client: every scope and claim it asks for is granted without a consent page.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, params } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(String(params?.scope ?? 'openid'));
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx, origin) => origins.has(origin),
    cookies: { keys: [cookieKey] },
    // Fixed lifetimes: the defaults would print a notice each for a test run that lasts minutes.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 3600 },
  };
}

/** Starts the provider; resolves once it listens. */
export async function startTestIdp(options: TestIdpOptions = {}): Promise<TestIdp> {
  const users = options.users ?? [TEST_USER, SECOND_USER];
  const origins = new Set(options.siteOrigins ?? playwrightSiteOrigins());
  const redirectUris = [...origins].flatMap((o) => [`${o}/sso/callback/`, `${o}/academy/sso/callback/`]);

  // The issuer holds the port, so the HTTP server listens first and hands requests on later.
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const jwksFile = options.jwksFile ?? join(scratchDir('aga-idp-'), 'jwks.json');
  const cookieKey = `aga-test-${Date.now().toString(36)}`;
  let provider!: Provider;
  let callback!: ReturnType<Provider['callback']>;
  const publicJwks: { keys: JWK[] } = { keys: [] };
  // New keys and a new provider instance over them: sessions and codes of the old keys end with it.
  const useNewKeys = async (): Promise<void> => {
    const keys = await signingKeys();
    publicJwks.keys = keys.public;
    mkdirSync(dirname(jwksFile), { recursive: true });
    writeFileSync(jwksFile, `${JSON.stringify(publicJwks, null, 2)}\n`);
    provider = new Provider(issuer, configuration(keys.private, redirectUris, origins, users, cookieKey));
    callback = provider.callback();
  };
  await useNewKeys();

  let outage = false;
  handler = (req, res) => {
    if (options.control && req.method === 'POST' && req.url?.startsWith('/__test/')) {
      void (async () => {
        if (req.url === '/__test/rotate') await useNewKeys();
        else if (req.url === '/__test/outage') outage = (await formBody(req)).toString().startsWith('on');
        res.writeHead(204).end();
      })();
      return;
    }
    if (outage) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('The test provider is down on purpose.');
    const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
    if (!match?.[1]) return void callback(req, res);
    const uid = match[1];
    void (async () => {
      try {
        if (req.method === 'GET') {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LOGIN_PAGE(uid, users));
          return;
        }
        const form = await formBody(req);
        if (form.get('refuse')) {
          await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user refused the sign-in' }, { mergeWithLastSubmission: false });
          return;
        }
        const accountId = form.get('login') ?? '';
        if (!users.some((u) => u.sub === accountId)) {
          res.writeHead(400, { 'content-type': 'text/plain' }).end('unknown test user');
          return;
        }
        await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(`interaction failed: ${String(error)}`);
      }
    })();
  };

  return {
    issuer,
    clientId: TEST_CLIENT_ID,
    jwksFile,
    publicJwks,
    rotate: useNewKeys,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

if (process.argv[1]?.endsWith('oidc-provider.ts')) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const jwksFile = arg('--jwks');
  const idp = await startTestIdp({ port: Number(arg('--port') ?? 0), control: true, ...(jwksFile ? { jwksFile } : {}) });
  process.stdout.write(`issuer ${idp.issuer}\nclient ${idp.clientId}\njwks ${idp.jwksFile}\n`);
  // Stopped with Ctrl-C or kill: exit normally, so that a JWKS folder it made itself (no --jwks) is removed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
}
