import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default [
  ...nextVitals,
  ...nextTs,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "lib/db/generated/**", "test-results/**", "tmp/**", "next-env.d.ts"] },
];
