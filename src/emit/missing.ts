// Which fields of which task the validator reported missing: from the missing-* messages
// (missing-assignment, with no field named, stands for every assignment field but the deadline).
import type { Notice } from '../schema.js';

export function missingFields(notice: Notice): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of notice.report.messages) {
    if (!m.taskId || m.severity === 'info' || !m.rule.startsWith('missing-')) continue;
    const set = out.get(m.taskId) ?? new Set<string>();
    if (m.field) set.add(m.field);
    else if (m.rule === 'missing-assignment') for (const f of ['leaders', 'leadUnits', 'coUnits']) set.add(f);
    out.set(m.taskId, set);
  }
  return out;
}
