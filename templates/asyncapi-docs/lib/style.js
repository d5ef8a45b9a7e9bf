// The page's CSS: html-template's look (a dark contents column, coloured direction badges), without its
// framework: a few kilobytes, readable from 1280 px down to a phone.
export const STYLE = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#fff;--side:#1e293b;--side-ink:#cbd5e1;--in:#2563eb;--out:#059669;--code:#f3f4f6;--warn:#b45309}
*{box-sizing:border-box}
html{scroll-padding-top:1rem}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
a{color:#1d4ed8;text-decoration:none}a:hover{text-decoration:underline}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
:not(pre)>code{background:var(--code);padding:.05em .3em;border-radius:3px}
pre{background:#0f172a;color:#e2e8f0;padding:.8rem 1rem;border-radius:6px;overflow:auto;margin:.4rem 0 1rem}
pre code{background:none;padding:0}
.sidebar{position:fixed;top:0;left:0;bottom:0;width:270px;overflow-y:auto;background:var(--side);color:var(--side-ink);padding:1rem .8rem;font-size:14px}
.sidebar a{color:var(--side-ink);display:block;padding:.1rem .3rem;border-radius:3px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.sidebar a:hover{background:#334155;text-decoration:none;color:#fff}
.sidebar code{background:none;color:inherit;padding:0}
.sidebar ul{list-style:none;margin:0;padding:0}.sidebar ul ul{margin:0 0 .6rem .4rem}
.sidebar .group{font-weight:600;color:#fff;margin-top:.5rem}
.brand{font-weight:700;color:#fff!important;font-size:15px;margin-bottom:.5rem}
.version{font-weight:400;font-size:.75em;color:var(--muted);margin-left:.3rem}
.arrow{display:inline-block;width:1.1em;font-weight:700}.arrow.client-to-server{color:#93c5fd}.arrow.server-to-client{color:#6ee7b7}
main{margin-left:270px;padding:1.5rem 2.5rem 4rem;max-width:1150px}
h1{font-size:1.9rem;margin:.2rem 0}h2{font-size:1.5rem;border-bottom:2px solid var(--line);padding-bottom:.3rem;margin-top:2.5rem}
h3{font-size:1.15rem;margin:0 0 .4rem}h4{font-size:.95rem;margin:1rem 0 .3rem;text-transform:uppercase;letter-spacing:.03em;color:var(--muted)}
.links{color:var(--muted)}
.op{border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0;background:#fff}
.op:target{box-shadow:0 0 0 3px #bfdbfe}
.event{font-size:1.05em;background:#eef2ff!important;color:#3730a3}
.dir{display:inline-block;font-size:.75rem;font-weight:700;color:#fff;border-radius:4px;padding:.1rem .45rem;vertical-align:middle}
.dir.client-to-server{background:var(--in)}.dir.server-to-client{background:var(--out)}
.transport{font-size:.75rem;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:.05rem .4rem;vertical-align:middle}
.opid{color:var(--muted);font-size:.8rem}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.6rem 0;font-size:.92rem}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.pair{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1rem;align-items:start}
@media (max-width:1100px){.pair{grid-template-columns:1fr}}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.3rem 0 .8rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{color:var(--muted);font-weight:600}
caption{text-align:left;font-size:.85rem;color:var(--muted);padding:.2rem 0}
.req{font-size:.7rem;color:var(--warn);font-weight:600}
.desc{color:var(--muted)}.desc p{margin:0}
.example .label{font-size:.8rem;color:var(--muted)}
.errors .code{color:#b91c1c}.errors tr.server td{color:#4b5563}.scope{font-size:.78rem;color:var(--muted);white-space:nowrap}
.aud{font-family:ui-monospace,monospace;font-size:.8rem;background:#ecfdf5;color:#065f46;border-radius:3px;padding:.05rem .35rem}
.schema{border-top:1px solid var(--line);padding-top:.8rem;margin-top:1rem}
@media (max-width:900px){.sidebar{position:static;width:auto;max-height:none}main{margin-left:0;padding:1rem}}
`;
