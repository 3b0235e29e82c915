/**
 * The class's grade book: for each learner and exercise, the checks passed in the latest grading
 * and when. Kept as one small JSON file that is replaced atomically, so a crash mid-write never
 * leaves half a grade book behind.
 */
import * as fs from 'fs';
import * as path from 'path';

/** One learner's latest result on one exercise. */
export interface GradeEntry {
  learner: string;
  exercise: string;
  passed: number;
  total: number;
  /** When the result was recorded (ISO 8601, UTC). */
  at: string;
}

/** What a learner submits: the exercises they graded, as `npm run grade -- --json` reports them. */
export interface Submission {
  exercises: { name: string; passed: number; total: number }[];
}

const EXERCISE_NAME = /^[0-9]{2}-[a-z0-9-]{1,60}$/;
const LEARNER_NAME = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Check a learner name as Linux and the hub spell them; throws a readable error otherwise. */
export function checkLearnerName(name: string): string {
  if (!LEARNER_NAME.test(name)) {
    throw new Error(`"${name}" is not a valid learner name: expected lower-case letters, digits, "-" or "_", starting with a letter, at most 32 characters.`);
  }
  return name;
}

/** Validate a submission's body; the error names the first thing that is wrong. */
export function parseSubmission(body: unknown): Submission {
  const exercises = (body as Submission | null)?.exercises;
  if (!Array.isArray(exercises) || exercises.length === 0) {
    throw new Error('expected a JSON object {"exercises": [{"name", "passed", "total"}, ...]} with at least one exercise');
  }
  if (exercises.length > 100) throw new Error(`expected at most 100 exercises, got ${exercises.length}`);
  return {
    exercises: exercises.map((ex, i) => {
      const where = `exercises[${i}]`;
      if (typeof ex?.name !== 'string' || !EXERCISE_NAME.test(ex.name)) {
        throw new Error(`${where}.name should be an exercise name such as "06-kl-divergence", got ${JSON.stringify(ex?.name)}`);
      }
      const { passed, total } = ex;
      if (!Number.isInteger(total) || total < 1 || total > 1000) {
        throw new Error(`${where}.total should be a whole number of checks from 1 to 1000, got ${JSON.stringify(total)}`);
      }
      if (!Number.isInteger(passed) || passed < 0 || passed > total) {
        throw new Error(`${where}.passed should be a whole number from 0 to total (${total}), got ${JSON.stringify(passed)}`);
      }
      return { name: ex.name, passed, total };
    }),
  };
}

export class GradeBook {
  private entries = new Map<string, GradeEntry>();

  constructor(private readonly file: string) {
    if (fs.existsSync(file)) {
      const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries?: GradeEntry[] };
      for (const entry of saved.entries ?? []) this.entries.set(key(entry.learner, entry.exercise), entry);
    }
  }

  /** Record a learner's submission (replacing their earlier result per exercise) and save. */
  record(learner: string, submission: Submission, at = new Date()): GradeEntry[] {
    checkLearnerName(learner);
    const recorded = submission.exercises.map((ex) => ({
      learner,
      exercise: ex.name,
      passed: ex.passed,
      total: ex.total,
      at: at.toISOString(),
    }));
    for (const entry of recorded) this.entries.set(key(learner, entry.exercise), entry);
    this.save();
    return recorded;
  }

  /** Every entry, sorted by learner, then exercise. */
  table(): GradeEntry[] {
    return [...this.entries.values()].sort(
      (a, b) => a.learner.localeCompare(b.learner) || a.exercise.localeCompare(b.exercise),
    );
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify({ entries: this.table() }, null, 1), { mode: 0o600 });
    fs.renameSync(temporary, this.file); // atomic on one file system: readers see old or new, never half
  }
}

function key(learner: string, exercise: string): string {
  return `${learner}/${exercise}`;
}

/** The table as CSV: one row per learner and exercise. */
export function toCsv(entries: GradeEntry[]): string {
  const rows = entries.map((e) => [e.learner, e.exercise, e.passed, e.total, e.passed === e.total ? 'yes' : 'no', e.at].join(','));
  return ['learner,exercise,passed,total,complete,at', ...rows].join('\n') + '\n';
}

/** The table as aligned text for a terminal: learners down, exercises across, "passed/total". */
export function toText(entries: GradeEntry[]): string {
  if (entries.length === 0) return 'No results yet.\n';
  const learners = [...new Set(entries.map((e) => e.learner))].sort();
  const exercises = [...new Set(entries.map((e) => e.exercise))].sort();
  const cell = (learner: string, exercise: string) => {
    const e = entries.find((x) => x.learner === learner && x.exercise === exercise);
    return e ? `${e.passed}/${e.total}${e.passed === e.total ? ' ✔' : ''}` : '-';
  };
  const header = ['learner', ...exercises.map((x) => x.slice(0, 2))];
  const rows = learners.map((l) => [l, ...exercises.map((x) => cell(l, x))]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const latest = entries.reduce((a, e) => (e.at > a ? e.at : a), '');
  return [line(header), ...rows.map(line), '', `exercises: ${exercises.join(', ')}`, `latest result: ${latest}`].join('\n') + '\n';
}
