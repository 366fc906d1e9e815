import type { RuleKind } from '../kinds/kind.js';
import { defaultTemplate, messagesIn, modeOf } from '../kinds/messages.js';
import type { RuleConfig } from '../model/rules.js';

/**
 * `copydesk rules`: every rule with id, kind, category, severity and its one-line description; as
 * JSON, also every option with its value (the kind's default unless the pack or config set it) and
 * every message the rule can give, with its template and the placeholders a pack may use in it.
 */
export function formatRules(rules: RuleConfig[], kinds: ReadonlyMap<string, RuleKind>, format: 'text' | 'json'): string {
  const rows = rules.map((r) => ({ id: r.id, kind: r.kind, category: r.category, severity: r.severity, description: r.description }));
  if (format === 'json') {
    const entries = rules.map((rule, k) => {
      const kind = kinds.get(rule.kind)!;
      const messages = Object.fromEntries(
        messagesIn(kind, modeOf(rule.options)).map(([id, message]) => {
          const template = rule.messages?.[id] ?? defaultTemplate(message, modeOf(rule.options))!;
          return [id, { template, placeholders: [...message.vars] }];
        }),
      );
      return { ...rows[k]!, summary: kind.summary, options: rule.options, messages };
    });
    return `${JSON.stringify(entries, null, 2)}\n`;
  }
  const width = (key: keyof (typeof rows)[number]) => Math.max(key.length, ...rows.map((r) => r[key].length));
  const columns = ['id', 'kind', 'category', 'severity'] as const;
  const line = (r: Record<string, string>) => `${columns.map((c) => r[c]!.padEnd(width(c))).join('  ')}  ${r['description']}`;
  return `${[line({ id: 'id', kind: 'kind', category: 'category', severity: 'severity', description: 'description' }), ...rows.map(line)].join('\n')}\n`;
}

