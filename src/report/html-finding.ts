import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Finding, Location } from '../model/finding.js';
import type { JsonReport } from '../model/report.js';
import { isSafeLink, keyOf } from './html-page.js';
import { contextOf, renderPlaces, type Library, type PlaceView } from './html-place.js';

/** What a card needs beyond its finding. */
export interface CardContext {
  library: Library;
  /** The article the card's section shows: places elsewhere are named by their file. */
  home?: string;
  /** The link to a place in this page, where it is shown. */
  anchor: (location: Location, k: number, n: number) => string | undefined;
  rules: JsonReport['rules'];
  /** Files whose inline comments silence this finding (Markdown; in a diff, the newest version). */
  commentable: (path: string) => boolean;
}

/**
 * A finding as a card (both HTML reports): number, severity in words and colour ("worth a look" when
 * its rule was not sure enough to raise it), category, message, every place in its sentence with the
 * contested words marked and linked to where it stands, the rule's description a click away, the line
 * that silences it, and data for the script's filters and dismissals.
 */
export function findingCard(finding: Finding, n: number, context: CardContext): Element {
  const places: PlaceView[] = finding.locations.map((location, k) => {
    const href = context.anchor(location, k, n);
    return { location, k, context: contextOf(context.library, location), ...(href ? { href } : {}) };
  });
  const head: ElementContent[] = [
    h('span.number', `#${n}`),
    finding.lowConfidence
      ? h('span.badge.sev-info.low', { title: 'Below its rule\'s confidence threshold: reported as info (docs/confidence.md)' }, 'worth a look')
      : h(`span.badge.sev-${finding.severity}`, finding.severity),
    h('span.badge.category', finding.category),
    h('button.dismiss', { type: 'button', hidden: true, dataScript: '' }, 'Dismiss'),
  ];
  const children: ElementContent[] = [h('div.head', head), h('p.message', finding.message)];
  if (finding.introduced === true) children.push(h('p.introduced', 'introduced by this edit'));
  if (finding.introduced === false) children.push(h('p.meta', 'already in the old version'));
  children.push(renderPlaces(finding, places, context.home));
  const rule = context.rules.find((r) => r.id === finding.ruleId);
  const ruleDoc: ElementContent[] = [h('p', rule?.description ?? 'A rule of a rule pack.')];
  if (rule) ruleDoc.push(h('p', `Kind ${rule.kind}, category ${rule.category}, ${rule.severity} by default. copydesk rules --format json lists its options.`));
  // a rule pack's link is followed only to the web or mail; any other is shown as its words
  if (finding.url) ruleDoc.push(h('p', isSafeLink(finding.url) ? [h('a', { href: finding.url }, 'More on this rule')] : ['More on this rule: ', h('code', finding.url)]));
  children.push(
    h('div.meta', [
      h('details.rule-doc', [h('summary', [h('span.sr', 'rule '), h('span.rule-id', finding.ruleId)]), ...ruleDoc]),
      h('span.confidence', { title: 'How sure copydesk is of this finding (docs/confidence.md)' }, `confidence ${Math.round(finding.confidence * 100)}%`),
    ]),
    silence(finding, context),
  );
  return h(`li.finding.sev-${finding.severity}#finding-${n}`, {
    tabIndex: -1,
    dataN: String(n),
    dataKey: keyOf(finding.ruleId, finding.message, ...finding.locations.map((l) => `${l.path}\u0000${l.text}`)),
    dataSeverity: finding.severity,
    dataCategory: finding.category,
    dataRule: finding.ruleId,
  }, children);
}

/** How to silence this finding: an inline comment above its line, or else a config line. */
function silence(finding: Finding, context: CardContext): Element {
  const first = finding.locations[0]!;
  if (context.commentable(first.path)) {
    return h('details.silence', [
      h('summary', 'Silence it here'),
      h('p', [`Put this line above line ${first.start.line} of `, h('bdi', first.path), ':']),
      h('code', `<!-- copydesk-disable-next-line ${finding.ruleId} -->`),
    ]);
  }
  return h('details.silence', [h('summary', 'Silence this rule'), h('p', 'In .copydeskrc.yaml, under rules:'), h('code', `  ${finding.ruleId}: off`)]);
}

/** Orders findings as a reader meets them: by the place their number stands, then as reported. */
export function readingOrder<T>(items: T[], position: (item: T) => number[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, at: position(item) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.at.length, b.at.length); i++) {
      const d = (a.at[i] ?? 0) - (b.at[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
