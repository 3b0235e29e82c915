/**
 * What the grader reports, and how a report reads as a Markdown table in a notebook.
 */

/** One check of one exercise, as the grader reports it. */
export interface CheckResult {
  title: string;
  ok: boolean;
  /** What went wrong, in words a learner understands (expected vs got), and a hint. */
  message?: string;
}

export interface ExerciseResult {
  name: string;
  file: string;
  passed: number;
  total: number;
  checks: CheckResult[];
}

export interface GradeReport {
  against: string;
  exercises: ExerciseResult[];
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
}

/** The report of one or more exercises as a Markdown table. */
export function gradeTable(report: GradeReport): string {
  const lines: string[] = [];
  for (const ex of report.exercises) {
    const done = ex.passed === ex.total;
    lines.push(`**${done ? '✅' : '❌'} ${ex.name}: ${ex.passed} of ${ex.total} checks pass** (\`${ex.file}\`)`, '');
    lines.push('| | check | what the grader saw |', '|---|---|---|');
    for (const check of ex.checks) {
      lines.push(`| ${check.ok ? '✅' : '❌'} | ${escapeCell(check.title)} | ${check.ok ? '' : escapeCell(check.message ?? '')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
