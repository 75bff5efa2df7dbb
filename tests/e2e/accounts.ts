// The demo accounts (lib/demo/index.ts) and where each role's saved sign-in lives.
export const PASSWORD = "CCHC@2026";
export const ACCOUNTS = {
  admin: { username: "admin", role: "ADMIN" },
  head: { username: "thutruong", role: "UNIT_HEAD" },
  staff: { username: "canbo", role: "UNIT_STAFF" },
  inspector: { username: "kiemtra", role: "INSPECTOR" },
  viewer: { username: "lanhdao", role: "VIEWER" },
} as const;
export type AccountKey = keyof typeof ACCOUNTS;
export const AUTH_DIR = process.env.E2E_AUTH_DIR ?? "tests/e2e/.auth";
export const storageState = (k: AccountKey) => `${AUTH_DIR}/${k}.json`;
