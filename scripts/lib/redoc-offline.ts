// Redoc 3 draws its "API docs by Redocly" badge with an <img> from cdn.redoc.ly, and no option turns
// the badge off. The docs must load nothing from other hosts (they are read offline, on private
// networks, and the CSP allows no other origin), so the built page gets the badge as a data: URL.
// The browser test (test/docs/http-docs.browser.test.ts) fails on any request to another host, so a
// Redoc upgrade that adds one is caught there.

const BADGE_URL = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;

const BADGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="14" viewBox="0 0 56 14">' +
  '<text x="0" y="11" font-family="sans-serif" font-size="12" font-weight="600" fill="#6b6b6b">Redocly</text></svg>';

/** The Redoc page with its remote badge image replaced by an inline one. */
export function redocWithoutRemoteAssets(html: string): string {
  return html.replace(BADGE_URL, `data:image/svg+xml,${encodeURIComponent(BADGE_SVG)}`);
}
