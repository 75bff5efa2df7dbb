import { describe, expect, it } from "vitest";
import { appOriginsOf, crossSiteRefusal } from "./same-origin";

const req = (method: string, headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/admin/users", { method, headers });
const origins = ["http://localhost:3000", "https://cchc.example.gov.vn"];

describe("crossSiteRefusal", () => {
  it.each([
    [
      "a cross-site text/plain form (the CSRF replay)",
      "POST",
      { origin: "https://evil.example", "content-type": "text/plain" },
      403,
    ],
    [
      "a cross-site fetch that says so",
      "POST",
      { "sec-fetch-site": "cross-site", "content-type": "application/json" },
      403,
    ],
    [
      "a same-site subdomain",
      "POST",
      { "sec-fetch-site": "same-site", "content-type": "application/json" },
      403,
    ],
    [
      "a same-origin text/plain body",
      "POST",
      { origin: "http://localhost:3000", "content-type": "text/plain" },
      415,
    ],
    ["an urlencoded form", "DELETE", { "content-type": "application/x-www-form-urlencoded" }, 415],
  ])("refuses %s", (_name, method, headers, status) =>
    expect(crossSiteRefusal(req(method, headers), origins)?.status).toBe(status),
  );

  it.each([
    [
      "a same-origin JSON post",
      "POST",
      {
        origin: "http://localhost:3000",
        "sec-fetch-site": "same-origin",
        "content-type": "application/json",
      },
    ],
    [
      "the public URL behind a proxy",
      "PATCH",
      { origin: "https://cchc.example.gov.vn", "content-type": "application/json; charset=utf-8" },
    ],
    [
      "an upload",
      "POST",
      { "sec-fetch-site": "same-origin", "content-type": "multipart/form-data; boundary=x" },
    ],
    ["a program without browser headers", "POST", { "content-type": "application/json" }],
    ["a cross-site GET (reads change nothing)", "GET", { "sec-fetch-site": "cross-site" }],
  ])("accepts %s", (_name, method, headers) =>
    expect(crossSiteRefusal(req(method, headers), origins)).toBeNull(),
  );

  it("knows the request's own origin and the public one", () => {
    expect(appOriginsOf(req("POST", {}), "https://cchc.example.gov.vn/")).toEqual([
      "http://localhost:3000",
      "https://cchc.example.gov.vn",
    ]);
  });
});
