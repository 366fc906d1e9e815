/**
 * The reports' stylesheet, inlined so each file is self-contained (no network, no assets). Colours
 * meet WCAG AA on white (4.5:1 for text); severity is never colour alone: every badge says it in
 * words, and highlights differ by line style (solid error, dashed warning, dotted info), which is also
 * what print keeps, since printers drop background fills.
 */
const BASE = `
:root { --error: #b3261e; --warning: #8a4b00; --info: #0b62b8; --ok: #1a6e37; --bg: #fff; --fg: #1d1d1f; --muted: #595e63; --line: #d9d9d9; --focus: #6b4fbb;
  --error-bg: #fbe3e1; --warning-bg: #fff0d1; --info-bg: #eaf2fc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; overflow-wrap: anywhere; }
a { color: #0645ad; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
a.skip { position: absolute; left: .5rem; top: -3rem; background: var(--fg); color: #fff; padding: .4rem .8rem; border-radius: 4px; z-index: 10; }
a.skip:focus { top: .5rem; }
header.top { padding: 1rem 1.5rem; border-bottom: 1px solid var(--line); }
header.top h1 { margin: 0 0 .25rem; font-size: 1.3rem; }
.summary { color: var(--muted); margin: 0; }
.summary strong.sev-error { color: var(--error); } .summary strong.sev-warning { color: var(--warning); } .summary strong.sev-info { color: var(--info); }
code, .path, .rule-id { font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; }
.path { color: var(--muted); font-size: .85rem; }
nav.contents { padding: .5rem 1.5rem 1rem; border-bottom: 1px solid var(--line); }
nav.contents h2 { font-size: 1rem; margin: .5rem 0; }
nav.contents ol { margin: 0; padding-left: 1.4rem; }
nav.contents li { margin: .2rem 0; }
nav.contents .counts { color: var(--muted); font-size: .85rem; margin-left: .4rem; }
form.filters { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; margin-top: .6rem; font-size: .9rem; }
form.filters[hidden] { display: none; }
form.filters fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: center; }
form.filters legend { float: left; margin-right: .4rem; font-weight: 600; }
form.filters label { white-space: nowrap; }
form.filters select { font: inherit; max-width: 100%; }
form.filters .status { color: var(--muted); }
.keys { color: var(--muted); font-size: .8rem; }
kbd { font-family: ui-monospace, monospace; border: 1px solid var(--line); border-radius: 3px; padding: 0 .25rem; }
section.file { padding: 1rem 1.5rem 2rem; border-bottom: 1px solid var(--line); }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 2rem; align-items: start; }
article.doc { max-width: 46rem; min-width: 0; }
article.doc .block { margin: 0 0 .9rem; }
article.doc h2.block { font-size: 1.35rem; line-height: 1.3; margin-top: .2rem; }
article.doc h3.block { font-size: 1.1rem; }
article.doc .kind-standfirst { font-style: italic; font-size: 1.05rem; }
article.doc .kind-related, article.doc .kind-caption, article.doc .kind-credit, article.doc .kind-byline, article.doc .kind-dateline, article.doc .kind-note, article.doc .kind-kicker { color: var(--muted); font-size: .9rem; }
article.doc blockquote { border-left: 3px solid var(--line); padding-left: .8rem; margin: 0 0 .9rem; }
article.doc ul.list { margin: 0 0 .9rem; padding-left: 1.4rem; }
article.doc .para-no { color: var(--muted); font-size: .75rem; margin-right: .4rem; font-variant-numeric: tabular-nums; }
article.doc code.raw { color: var(--muted); font-size: .85em; background: #f4f4f4; border-radius: 3px; padding: 0 .2rem; }
article.doc .image { color: var(--muted); font-style: italic; }
.hl { color: inherit; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; border-radius: 2px; }
.hl.sev-error { background: var(--error-bg); text-decoration-color: var(--error); text-decoration-style: solid; }
.hl.sev-warning { background: var(--warning-bg); text-decoration-color: var(--warning); text-decoration-style: dashed; }
.hl.sev-info { text-decoration-color: var(--info); text-decoration-style: dotted; }
.hl.off { background: none; text-decoration: none; }
a.hl:hover { outline: 2px solid currentColor; }
mark.value { background: none; color: inherit; font-weight: 700; box-shadow: inset 0 -.45em 0 #ffe08a; }
.hl.off mark.value { font-weight: inherit; box-shadow: none; }
sup.ref a { font-size: .72rem; text-decoration: none; padding: 0 .2rem; border-radius: 3px; color: #fff; font-weight: 600; }
sup.ref a.sev-error { background: var(--error); } sup.ref a.sev-warning { background: var(--warning); }
sup.ref a.sev-info { color: var(--info); border: 1px solid var(--info); font-weight: normal; }
sup.ref[hidden] { display: none; }
.anchor:target + .hl, .hl.current { outline: 3px solid var(--focus); }
section.findings { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding-right: .2rem; }
section.findings h3 { margin: 0 0 .6rem; font-size: 1rem; }
ol.cards { list-style: none; padding: 0; margin: 0; }
details.notes { margin-top: .6rem; }
details.notes > summary { cursor: pointer; color: var(--muted); margin-bottom: .6rem; }
li.finding { border: 1px solid var(--line); border-left: 5px solid var(--muted); border-radius: 4px; padding: .6rem .8rem; margin-bottom: .7rem; container-type: inline-size; background: var(--bg); }
li.finding.sev-error { border-left-color: var(--error); }
li.finding.sev-warning { border-left-color: var(--warning); }
li.finding.sev-info { border-left-color: var(--info); }
li.finding:target, li.finding:focus { box-shadow: 0 0 0 3px #6b4fbb88; outline: none; }
li.finding.dismissed { opacity: .6; }
li.finding .head { display: flex; flex-wrap: wrap; gap: .3rem; align-items: baseline; }
.badge { display: inline-block; font-size: .78rem; padding: 0 .4rem; border-radius: 3px; border: 1px solid currentColor; font-weight: 600; }
.badge.sev-error { color: #fff; background: var(--error); border-color: var(--error); }
.badge.sev-warning { color: #fff; background: var(--warning); border-color: var(--warning); }
.badge.sev-info { color: var(--info); }
.badge.low { color: var(--info); border-style: dashed; }
.badge.category { color: var(--muted); font-weight: normal; }
.finding .number { font-weight: 700; }
.finding .message { margin: .35rem 0; }
.finding .meta { font-size: .8rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: baseline; }
.finding .meta details { display: inline; }
.finding .meta summary { cursor: pointer; }
.finding .meta .rule-doc p { margin: .2rem 0; color: var(--fg); }
.finding .introduced { color: var(--error); font-size: .8rem; }
.places { display: grid; gap: .5rem; margin: .5rem 0; }
@container (min-width: 30rem) { .places.two { grid-template-columns: 1fr 1fr; } }
.place { border: 1px solid var(--line); border-radius: 4px; padding: .35rem .5rem; font-size: .9rem; min-width: 0; }
.place .where { display: block; font-size: .78rem; color: var(--muted); margin-bottom: .15rem; }
.place .where a { color: inherit; }
.place q { quotes: "“" "”"; }
.silence { font-size: .8rem; margin-top: .4rem; }
.silence summary { cursor: pointer; color: var(--muted); }
.silence code { display: block; white-space: pre-wrap; background: #f4f4f4; padding: .2rem .4rem; border-radius: 3px; }
button { font: inherit; font-size: .8rem; padding: .1rem .5rem; border: 1px solid var(--muted); border-radius: 3px; background: #fff; color: var(--fg); cursor: pointer; }
button.dismiss { margin-left: auto; }
button[hidden] { display: none; }
del { background: #fbd5d1; text-decoration: line-through; color: #5c0f0a; }
ins { background: #ccebd4; text-decoration: none; color: #0b3d1c; }
mark.diff { background: #fff0b3; color: inherit; }
.none { color: var(--muted); }
.omitted { color: var(--warning); font-size: .9rem; }
details.backing { margin: -.6rem 0 .9rem; font-size: .85rem; }
details.backing > summary { cursor: pointer; color: var(--muted); }
details.backing .ok { color: var(--ok); }
details.backing .unbacked { color: var(--warning); }
.pairs { margin: .4rem 0 0; display: grid; gap: .4rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; border-left: 3px solid var(--line); padding-left: .5rem; }
.pair .side-label { display: block; font-size: .75rem; color: var(--muted); }
@media (max-width: 900px) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  section.findings { position: static; max-height: none; overflow: visible; }
}
@media (max-width: 600px) {
  header.top, section.file, nav.contents { padding-left: .8rem; padding-right: .8rem; }
  .pair { grid-template-columns: minmax(0, 1fr); }
}
`;

/** Rows of the diff report: a grid of old | new | change that stacks on a phone. */
const DIFF = `
.timeline { list-style: none; padding: 0; margin: .5rem 0 1rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: stretch; }
.timeline li.version { border: 1px solid var(--line); border-radius: 4px; padding: .3rem .6rem; font-size: .85rem; }
.timeline li.version .date { color: var(--muted); display: block; }
.timeline li.step { align-self: center; font-size: .8rem; color: var(--muted); }
.timeline li.step a { color: inherit; }
.rows { margin: .5rem 0 1.5rem; border-top: 1px solid var(--line); }
.row { display: grid; grid-template-columns: 2.5rem minmax(0, 1fr) minmax(0, 1fr) 8.5rem; gap: .2rem .8rem; border-bottom: 1px solid var(--line); padding: .35rem .3rem; border-left: 5px solid transparent; }
.row.head { font-weight: 600; font-size: .85rem; }
.row .n { color: var(--muted); font-size: .8rem; }
.row .kind { font-size: .8rem; color: var(--muted); }
.row .side-label, .lineage .side-label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.row.off { border-left-color: transparent; background: none; }
.row .flag[hidden] { display: none; }
.row.k-unchanged .text { color: var(--muted); }
.row.k-added .new { background: #eaf6ee; }
.row.k-removed .old { background: #fdeeec; }
.row.k-moved .kind, .row.ghost { color: #5a3fa8; }
.row.ghost { font-style: italic; font-size: .85rem; }
.row.sev-error { border-left-color: var(--error); background: #fdf4f3; }
.row.sev-warning { border-left-color: var(--warning); background: #fffaf0; }
.row .flag { display: block; font-weight: 600; }
.row .flag.sev-error { color: var(--error); } .row .flag.sev-warning { color: var(--warning); }
.row:target { box-shadow: inset 0 0 0 3px #6b4fbb88; }
details.run { border-bottom: 1px solid var(--line); }
details.run > summary { cursor: pointer; color: var(--muted); font-size: .85rem; padding: .3rem .5rem; background: #f6f8fa; }
details.run > .row:last-child { border-bottom: 0; }
.refs a { font-size: .75rem; margin-left: .25rem; font-weight: 600; }
.refs a.sev-error { color: var(--error); } .refs a.sev-warning { color: var(--warning); } .refs a.sev-info { color: var(--info); }
.lineage { display: grid; grid-template-columns: repeat(var(--versions), minmax(0, 1fr)); gap: .2rem .8rem; border-bottom: 1px solid var(--line); padding: .35rem 0; }
.lineage.head { font-weight: 600; font-size: .85rem; }
.lineage .cell.same { color: var(--muted); }
@media (max-width: 700px) {
  .row { grid-template-columns: 2rem minmax(0, 1fr); }
  .row > .old, .row > .new, .row > .kind { grid-column: 2; }
  .row.head { display: none; }
  .row.k-unchanged > .old { display: none; }
  .row .side-label, .lineage .side-label { position: static; width: auto; height: auto; clip-path: none; white-space: normal; display: block; font-size: .72rem; color: var(--muted); font-family: ui-monospace, monospace; }
  .lineage { grid-template-columns: minmax(0, 1fr); }
  .lineage.head { display: none; }
}
`;

/** The index page: a table that turns into one card per case on a phone. */
const INDEX = `
table.cases { border-collapse: collapse; margin: 1rem 0; width: 100%; overflow-wrap: break-word; }
table.cases th { white-space: nowrap; }
table.cases th, table.cases td { text-align: left; padding: .3rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.cases td.num, table.cases th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.cases tfoot td { font-weight: 700; }
.pass { color: var(--ok); font-weight: 600; } .fail { color: var(--error); font-weight: 600; }
.verdict .why { display: block; color: var(--muted); font-size: .8rem; font-weight: normal; }
main { padding: 0 1.5rem 2rem; }
@media (max-width: 700px) {
  main { padding: 0 .8rem 2rem; }
  table.cases thead { display: none; }
  table.cases, table.cases tbody, table.cases tfoot, table.cases tr, table.cases td { display: block; width: 100%; }
  table.cases tr { border-bottom: 1px solid var(--line); padding: .4rem 0; }
  table.cases td { border: 0; padding: .1rem 0; text-align: left !important; }
  table.cases td[data-label]:not([data-label=""])::before { content: attr(data-label) ": "; color: var(--muted); }
}
`;

/**
 * Paper: one column, no fills (most printers and "print backgrounds off" drop them), severity told by
 * line style and words, collapsed sections opened, controls gone, links followed by their address.
 */
const PRINT = `
@media print {
  body { font-size: 11pt; }
  a.skip, form.filters, button, .keys, .silence { display: none !important; }
  .layout { display: block; }
  section.findings { position: static; max-height: none; overflow: visible; }
  section.file { break-before: page; }
  section.file:first-of-type { break-before: auto; }
  li.finding { break-inside: avoid; border-left-width: 4px; }
  li.finding[hidden] { display: block !important; }
  .hl { background: none !important; text-decoration-thickness: 1.5pt; text-decoration-color: #000 !important; }
  mark.value, mark.diff { box-shadow: none; background: none; font-weight: 700; text-decoration: underline double; }
  sup.ref a { color: #000 !important; background: none !important; border: 1px solid #000; }
  sup.ref .sr, .badge .sr { position: static; width: auto; height: auto; clip-path: none; white-space: normal; }
  .badge { color: #000 !important; background: none !important; border-color: #000 !important; }
  li.finding.sev-error, .row.sev-error { border-left-color: #000; border-left-style: solid; }
  li.finding.sev-warning, .row.sev-warning { border-left-color: #000; border-left-style: dashed; }
  li.finding.sev-info { border-left-color: #000; border-left-style: dotted; }
  .row.sev-error, .row.sev-warning, .row.k-added .new, .row.k-removed .old { background: none; }
  del { background: none; color: #000; text-decoration: line-through; }
  ins { background: none; color: #000; text-decoration: underline; }
  details.notes::details-content, details.backing::details-content { content-visibility: visible; display: block; }
  article.doc a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; color: var(--muted); }
  .row { grid-template-columns: 2rem minmax(0, 1fr) minmax(0, 1fr) 6rem; }
}
`;

export const STYLE = BASE + PRINT;
export const DIFF_STYLE = BASE + DIFF + PRINT;
export const INDEX_STYLE = BASE + INDEX + PRINT;
