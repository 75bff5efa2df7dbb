// Who issues the printed reports: the province's People's Committee and its Department of Home
// Affairs, from the deployment's CCHC_PROVINCE ("tỉnh Sông Lam", "thành phố Hà Nội", or only the
// name, read as a province). Without it the name is left blank for the signer ("UBND TỈNH …").
/** authority: "UBND TỈNH SÔNG LAM"; place: "Sông Lam" (date line); province: "tỉnh Sông Lam" or null */
export type Issuer = { authority: string; place: string; province: string | null };

export function issuerOf(province: string | undefined): Issuer {
  const p = province?.trim().replace(/\s+/g, " ");
  if (!p) return { authority: "UBND TỈNH …", place: "…", province: null };
  const m = /^(tỉnh|thành phố|tp\.?)\s+(.+)$/iu.exec(p);
  const kind = !m ? "tỉnh" : /^t(ỉ|i)nh$/iu.test(m[1]!) ? "tỉnh" : "thành phố";
  const name = m ? m[2]! : p;
  return {
    authority: `UBND ${kind} ${name}`.toLocaleUpperCase("vi-VN"),
    place: name,
    province: `${kind} ${name}`,
  };
}
