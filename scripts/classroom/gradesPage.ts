/** The grades service's page: the class as one table, learners down and exercises across. */
import type { GradeEntry } from './gradeBook';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function gradesPage(entries: GradeEntry[], csvHref: string): string {
  const learners = [...new Set(entries.map((e) => e.learner))].sort();
  const exercises = [...new Set(entries.map((e) => e.exercise))].sort();
  const cell = (learner: string, exercise: string) => {
    const e = entries.find((x) => x.learner === learner && x.exercise === exercise);
    if (!e) return '<td class="none">–</td>';
    const done = e.passed === e.total;
    return `<td class="${done ? 'done' : 'open'}" title="graded ${escapeHtml(e.at)}">${e.passed}/${e.total}<br><small>${escapeHtml(e.at.slice(0, 16).replace('T', ' '))}</small></td>`;
  };
  const head = exercises.map((x) => `<th>${escapeHtml(x)}</th>`).join('');
  const rows = learners.map((l) => `<tr><th>${escapeHtml(l)}</th>${exercises.map((x) => cell(l, x)).join('')}</tr>`).join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Class grades</title>
<style>
body { font-family: sans-serif; margin: 2em; }
table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: center; }
td.done { background: #d9f2d9; } td.open { background: #fbe3d6; } td.none { color: #999; }
</style></head><body>
<h1>Class grades</h1>
<p>Checks passed per learner and exercise, from each learner's latest grading (times in UTC).
<a href="${escapeHtml(csvHref)}">Download as CSV</a>.</p>
${entries.length ? `<table><tr><th>learner</th>${head}</tr>\n${rows}</table>` : '<p>No results yet.</p>'}
</body></html>
`;
}
