/**
 * The class's grades for the teacher's notebook on the class's hub: the table the grades
 * service keeps, as Markdown, and how many learners completed each exercise, ready for
 * `comparisonBars`. The teacher's server token (JUPYTERHUB_API_TOKEN) proves to the service
 * that a hub admin is asking; learners get a refusal.
 */
import { env } from '../util/env';
import type { BarItem } from '../plot';
import { FAIL_MARK, PASS_MARK } from './report';
import { t } from '../util/i18n';

/** One learner's latest result on one exercise, as the grades service reports it. */
export interface ClassGradeEntry {
  learner: string;
  exercise: string;
  passed: number;
  total: number;
  at: string;
}

export interface ClassGrades {
  entries: ClassGradeEntry[];
  /** Learners down, exercises across, "passed/total" per cell, as Markdown. */
  table: string;
  /** Per exercise: how many learners pass every check. */
  completedPerExercise: BarItem[];
}

/** Learners down, exercises across; the pass mark where every check passes. */
export function classTable(entries: ClassGradeEntry[]): string {
  if (entries.length === 0) return '_No results yet: learners send theirs each time they grade._';
  const learners = [...new Set(entries.map((e) => e.learner))].sort();
  const exercises = [...new Set(entries.map((e) => e.exercise))].sort();
  const cell = (learner: string, exercise: string) => {
    const e = entries.find((x) => x.learner === learner && x.exercise === exercise);
    return e ? `${e.passed === e.total ? PASS_MARK : FAIL_MARK} ${e.passed}/${e.total}` : '–';
  };
  return [
    `| learner | ${exercises.join(' | ')} |`,
    `|---|${exercises.map(() => '---').join('|')}|`,
    ...learners.map((l) => `| ${l} | ${exercises.map((x) => cell(l, x)).join(' | ')} |`),
  ].join('\n');
}

export function completedPerExercise(entries: ClassGradeEntry[]): BarItem[] {
  const exercises = [...new Set(entries.map((e) => e.exercise))].sort();
  return exercises.map((name) => ({ name, value: entries.filter((e) => e.exercise === name && e.passed === e.total).length }));
}

/** Fetch the class's grades from the grades service (teacher only). */
export async function classGrades(): Promise<ClassGrades> {
  const url = env.classroomUrl();
  const token = process.env.JUPYTERHUB_API_TOKEN;
  if (!url || !token) {
    throw new Error(t('classGrades.notOnHub'));
  }
  const response = await fetch(`${url.replace(/\/?$/, '/')}api/grades`, {
    headers: { Authorization: `token ${token}` },
    signal: AbortSignal.timeout(15_000),
  });
  if (response.status === 403) throw new Error(t('classGrades.notTeacher'));
  if (!response.ok) throw new Error(t('classGrades.answered', { status: response.status, text: await response.text() }));
  const { entries } = (await response.json()) as { entries: ClassGradeEntry[] };
  return { entries, table: classTable(entries), completedPerExercise: completedPerExercise(entries) };
}
