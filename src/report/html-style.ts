/** The report's stylesheet, inlined so the file is self-contained (no network, no assets). */
export const STYLE = `
:root { --error: #b3261e; --warning: #a05a00; --info: #0b6bcb; --bg: #fff; --fg: #1d1d1f; --muted: #5f6368; --line: #e3e3e3; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
header.top { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 .25rem; font-size: 1.3rem; }
.summary { color: var(--muted); margin: 0; }
section.file { padding: 1rem 1.5rem 2rem; border-bottom: 1px solid var(--line); }
section.file > h2 { font-size: 1.1rem; margin: 0 0 1rem; }
section.file > h2 .path { font-family: ui-monospace, monospace; font-weight: normal; color: var(--muted); display: block; font-size: .85rem; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
article.doc { max-width: 46rem; }
article.doc .block { white-space: pre-wrap; margin: 0 0 .9rem; }
article.doc .kind-title { font-size: 1.35rem; font-weight: 700; }
article.doc .kind-heading { font-weight: 700; }
article.doc .kind-related, article.doc .kind-caption { color: var(--muted); font-size: .9rem; }
article.doc .kind-blockquote { border-left: 3px solid var(--line); padding-left: .8rem; }
article.doc .para-no { color: var(--muted); font-size: .75rem; margin-right: .4rem; user-select: none; }
a.hl { color: inherit; text-decoration: none; border-bottom: 2px solid; border-radius: 2px; }
a.hl.sev-error { background: #fbe3e1; border-color: var(--error); }
a.hl.sev-warning { background: #fff1d6; border-color: var(--warning); }
a.hl.sev-info { background: #e3effc; border-color: var(--info); }
a.hl:hover, a.hl:focus { outline: 2px solid currentColor; }
sup.ref a { font-size: .7rem; text-decoration: none; padding: 0 .15rem; border-radius: 3px; color: #fff; }
sup.ref a.sev-error { background: var(--error); }
sup.ref a.sev-warning { background: var(--warning); }
sup.ref a.sev-info { background: var(--info); }
.anchor:target + a.hl, .anchor:target + a.hl * { outline: 3px solid #6b4fbb; }
aside.findings { position: sticky; top: 0; max-height: 100vh; overflow: auto; }
aside.findings ol { list-style: none; padding: 0; margin: 0; }
aside.findings h3 { margin-top: 0; font-size: 1rem; }
li.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 4px; padding: .6rem .8rem; margin-bottom: .7rem; }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-warning { border-left-color: var(--warning); }
li.finding.sev-info { border-left-color: var(--info); }
li.finding:target { box-shadow: 0 0 0 3px #6b4fbb55; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 3px; margin-right: .3rem; border: 1px solid currentColor; }
.badge.sev-error { color: var(--error); } .badge.sev-warning { color: var(--warning); } .badge.sev-info { color: var(--info); }
.badge.category { color: var(--muted); }
.finding .number { font-weight: 700; margin-right: .3rem; }
.finding .message { margin: .35rem 0; }
.finding .rule { font-family: ui-monospace, monospace; font-size: .8rem; color: var(--muted); }
.finding .confidence { font-size: .8rem; color: var(--muted); margin-left: .5rem; }
.finding ul.locations { margin: .3rem 0 0; padding-left: 1.1rem; font-size: .88rem; }
.finding ul.locations .excerpt { color: var(--muted); }
.finding .introduced { color: var(--error); font-size: .8rem; }
.none { color: var(--muted); }
p.provenance { margin: -.6rem 0 .9rem; font-size: .78rem; color: var(--muted); }
p.provenance .source { color: #1e7a3c; margin-right: .6rem; border-bottom: 1px dotted; cursor: help; }
p.provenance .unbacked { color: var(--warning); }
table.cases { border-collapse: collapse; margin: 1rem 1.5rem; }
table.cases th, table.cases td { text-align: left; padding: .3rem .8rem; border-bottom: 1px solid var(--line); }
`;
