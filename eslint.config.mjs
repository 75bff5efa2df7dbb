import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Pages, routes, actions and components read and write only through lib (issue 15): page read
// models in lib/queries, rules and writes in lib/<domain>. The database client stays out of them.
const dataAccessOnlyInLib = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: [
              "**/lib/db/client",
              "@/lib/db/client",
              "**/lib/db/generated/**",
              "@/lib/db/generated/**",
              "@prisma/client",
              "@prisma/client/*",
            ],
            message:
              "Đọc và ghi dữ liệu qua một hàm trong lib/queries (trang) hoặc lib/<lĩnh vực> (quy tắc và ghi), không gọi db() trong app/ hay components/.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  dataAccessOnlyInLib,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      "tmp/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
