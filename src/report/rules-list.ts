import type { RuleConfig } from '../model/rules.js';

/** `copydesk rules`: every rule with id, kind, category, severity and its one-line description. */
export function formatRules(rules: RuleConfig[], format: 'text' | 'json'): string {
  const rows = rules.map((r) => ({ id: r.id, kind: r.kind, category: r.category, severity: r.severity, description: r.description }));
  if (format === 'json') return `${JSON.stringify(rows, null, 2)}\n`;
  const width = (key: keyof (typeof rows)[number]) => Math.max(key.length, ...rows.map((r) => r[key].length));
  const columns = ['id', 'kind', 'category', 'severity'] as const;
  const line = (r: Record<string, string>) => `${columns.map((c) => r[c]!.padEnd(width(c))).join('  ')}  ${r['description']}`;
  return `${[line({ id: 'id', kind: 'kind', category: 'category', severity: 'severity', description: 'description' }), ...rows.map(line)].join('\n')}\n`;
}
