// A real OpenID Connect provider for the e2e run (the oidc-provider package, its development login
// and consent pages): whoever signs in there as "thutruong" is that user name at the province's SSO.
import Provider from "oidc-provider";
import type { Server } from "node:http";

export const OIDC_CLIENT = { id: "cchc-e2e", secret: "cchc-e2e-secret-cchc-e2e-secret" };

export async function startOidcProvider(port: number, redirectUri: string): Promise<Server> {
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          return { sub: id, preferred_username: id, name: id, email: `${id}@sso.songlam.gov.vn` };
        },
      };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["cchc-e2e-oidc-cookie-key"] },
  });
  return new Promise((resolve) => {
    const server = provider.listen(port, () => resolve(server));
  });
}
