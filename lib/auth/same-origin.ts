// Cross-site request refusal for cookie-authenticated route handlers (issue 18, finding 2). Server
// actions are protected by Next; route handlers are not: a cross-site auto-submitting form
// (enctype=text/plain with JSON in a field name) carries the session cookie. A state-changing
// request is accepted only when the browser says it comes from this site — Sec-Fetch-Site
// "same-origin" (or "none": typed by the user), or else an Origin equal to the app's — and a JSON
// body only with a JSON content type (a form cannot send one cross-site without a preflight).
// Requests with neither header come from programs, not browsers, and carry no ambient cookie risk.
const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

export type CrossSiteRefusal = { status: 403 | 415; error: string };

/** `appOrigins`: the origins the app is served on (its public URL, and the request's own). */
export function crossSiteRefusal(req: Request, appOrigins: readonly string[]): CrossSiteRefusal | null {
  if (SAFE.has(req.method)) return null;
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  if (site && site !== "same-origin" && site !== "none")
    return { status: 403, error: "Yêu cầu từ trang web khác bị từ chối" };
  if (origin && !appOrigins.includes(origin))
    return { status: 403, error: "Yêu cầu từ trang web khác bị từ chối" };
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type && type !== "application/json" && type !== "multipart/form-data") {
    return {
      status: 415,
      error: "Nội dung gửi lên phải là JSON (application/json) hoặc tệp (multipart/form-data)",
    };
  }
  return null;
}

/** The app's public origin (NEXTAUTH_URL) and the origin the request was addressed to. */
export function appOriginsOf(req: Request, publicUrl: string | undefined): string[] {
  const out = [new URL(req.url).origin];
  if (publicUrl) {
    try {
      out.push(new URL(publicUrl).origin);
    } catch {}
  }
  return out;
}
