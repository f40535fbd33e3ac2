/**
 * A sign-in at the test identity provider (tests/support/oidc-provider.ts) driven from Node, as a
 * browser would do it: discovery, authorization code with PKCE S256 (oauth4webapi), the provider's
 * own login form submitted with its cookies, and the token exchange. Nothing of the protocol is
 * mocked: the ID token comes from the provider, signed with its current keys. Tests use it for
 * tokens the site itself would never ask for (another user, another client, a chosen nonce).
 */
import * as oauth from 'oauth4webapi';

export interface IdpSignIn {
  issuer: string;
  clientId: string;
  /** A redirect URI registered for the client (the site's /sso/callback/). */
  redirectUri: string;
  /** The `sub` of the test user who logs in. */
  user: string;
  /** The nonce the ID token must carry. */
  nonce: string;
  /** Origin header of the token request (the site's), to see the provider's CORS answer. */
  origin?: string;
}

/** Follows the provider's redirects and submits its login form like a browser, keeping cookies; resolves to the redirect back. */
async function followLogin(authorizationUrl: URL, redirectUri: string, user: string): Promise<URL> {
  const jar = new Map<string, string>();
  let next: { url: string; init: RequestInit } = { url: authorizationUrl.href, init: {} };
  for (let hop = 0; hop < 10; hop += 1) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(next.url, { ...next.init, redirect: 'manual', headers: { ...(next.init.headers as Record<string, string>), cookie } });
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = res.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(redirectUri)) return target;
      next = { url: target.href, init: {} };
      continue;
    }
    const html = await res.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`expected the provider's login form, got ${res.status}: ${html.slice(0, 200)}`);
    const body = new URLSearchParams({ login: user }).toString();
    next = { url: new URL(action, next.url).href, init: { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } } };
  }
  throw new Error('too many redirects at the test identity provider');
}

/** Signs `user` in at the provider for `clientId`; resolves to the discovery document, the CORS answer and the ID token. */
export async function idpSignIn(o: IdpSignIn): Promise<{ as: oauth.AuthorizationServer; cors: string | null; idToken: string; claims: oauth.IDToken | undefined }> {
  const issuer = new URL(o.issuer);
  const options = { [oauth.allowInsecureRequests]: true };
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
  const client: oauth.Client = { client_id: o.clientId };
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint as string);
  url.search = new URLSearchParams({
    client_id: client.client_id, redirect_uri: o.redirectUri, response_type: 'code', scope: 'openid email profile',
    state, nonce: o.nonce, code_challenge: await oauth.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
  }).toString();
  const back = await followLogin(url, o.redirectUri, o.user);
  const params = oauth.validateAuthResponse(as, client, back, state);
  const headers = o.origin ? { origin: o.origin } : undefined;
  const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, o.redirectUri, verifier, { ...options, ...(headers ? { headers } : {}) });
  const cors = response.headers.get('access-control-allow-origin');
  const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: o.nonce, requireIdToken: true });
  return { as, cors, idToken: result.id_token as string, claims: oauth.getValidatedIdTokenClaims(result) };
}
