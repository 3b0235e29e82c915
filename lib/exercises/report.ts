/**
 * What the grader reports, and how a report reads as a table: HTML in a notebook, Markdown elsewhere.
 */
import { graderTitle, t } from '../util/i18n';

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

/**
 * Pass and fail marks: check and ballot marks from the Dingbats block, which ordinary text fonts
 * draw (DejaVu Sans on Debian, Segoe UI Symbol on Windows). The emoji marks drew as empty boxes
 * on machines without an emoji font, in the notebook and in the exported HTML.
 */
export const PASS_MARK = '\u2713'; // ✓
export const FAIL_MARK = '\u2717'; // ✗

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n+/g, '<br>');
}

/** The report of one or more exercises as a Markdown table (for terminals and Markdown viewers). */
export function gradeTable(report: GradeReport): string {
  const lines: string[] = [];
  for (const ex of report.exercises) {
    const done = ex.passed === ex.total;
    lines.push(`**${done ? PASS_MARK : FAIL_MARK} ${ex.name}: ${t('grade.passCount', { passed: ex.passed, total: ex.total })}** (\`${ex.file}\`)`, '');
    lines.push(`| | ${t('grade.columnCheck')} | ${t('grade.columnSaw')} |`, '|:---|:---|:---|');
    for (const check of ex.checks) {
      lines.push(`| ${check.ok ? PASS_MARK : FAIL_MARK} | ${escapeCell(graderTitle(check.title))} | ${check.ok ? '' : escapeCell(check.message ?? '')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline `code` spans of a grader message as <code>, everything else as text. */
function messageHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\n+/g, '<br>');
}

const CELL = 'text-align:left;vertical-align:top;padding:4px 8px;border:1px solid #ddd';
const MARK_COLORS = { pass: '#1a7f37', fail: '#cf222e' };

/**
 * The report as an HTML table, for notebooks. Every cell carries its own left alignment:
 * classic Notebook's style sheet right-aligns table cells, which made long messages ragged.
 */
export function gradeTableHtml(report: GradeReport): string {
  const parts: string[] = [];
  for (const ex of report.exercises) {
    const done = ex.passed === ex.total;
    const mark = (ok: boolean) =>
      `<span class="grade-mark" style="color:${ok ? MARK_COLORS.pass : MARK_COLORS.fail};font-weight:bold">${ok ? PASS_MARK : FAIL_MARK}</span>`;
    parts.push(
      `<p style="text-align:left">${mark(done)} <b>${escapeHtml(ex.name)}: ${escapeHtml(t('grade.passCount', { passed: ex.passed, total: ex.total }))}</b> (<code>${escapeHtml(ex.file)}</code>)</p>`,
      `<table class="grade-table" style="border-collapse:collapse;margin:0 0 1em 0">`,
      `<thead><tr><th style="${CELL}"></th><th style="${CELL}">${escapeHtml(t('grade.columnCheck'))}</th><th style="${CELL}">${escapeHtml(t('grade.columnSaw'))}</th></tr></thead><tbody>`,
    );
    for (const check of ex.checks) {
      parts.push(
        `<tr><td style="${CELL}">${mark(check.ok)}</td><td style="${CELL}">${escapeHtml(graderTitle(check.title))}</td>` +
          `<td style="${CELL}">${check.ok ? '' : messageHtml(check.message ?? '')}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  return parts.join('\n');
}
