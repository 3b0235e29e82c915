/**
 * Grade every learner's copy again, each as that learner (never as root: a learner's exercise
 * is their code), a few at a time, each with a time limit, and record the results in the grade
 * book, so the teacher's table reflects what is in the learners' files now.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import type { Submission } from './gradeBook';
import { homeOf } from './learnerAccounts';

export interface RegradeOutcome {
  learner: string;
  submission?: Submission;
  problem?: string;
  /** Why there was nothing to grade (a learner who never logged in has no copy yet). */
  skipped?: string;
}

/** Run `npm run grade` in the learner's ~/course as the learner, with a clean environment. */
export function gradeAsLearner(learner: string, timeoutSeconds: number, names: string[] = []): Promise<RegradeOutcome> {
  const home = homeOf(learner);
  if (!fs.existsSync(`${home}/course/package.json`)) {
    return Promise.resolve({ learner, skipped: 'no course copy yet (never logged in)' });
  }
  return new Promise((resolve) => {
    const child = spawn(
      'timeout',
      ['--kill-after=10', String(timeoutSeconds), 'runuser', '-u', learner, '--',
        'env', '-i', `HOME=${home}`, `USER=${learner}`, `LOGNAME=${learner}`, 'PATH=/usr/local/bin:/usr/bin:/bin', 'LANG=C.UTF-8',
        'npm', '--prefix', `${home}/course`, 'run', '--silent', 'grade', '--', '--json', ...names],
      { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (code === 124 || code === 137) return resolve({ learner, problem: `grading took longer than ${timeoutSeconds} s and was stopped` });
      try {
        resolve({ learner, submission: JSON.parse(stdout) as Submission });
      } catch {
        const last = stderr.trim().split('\n').slice(-3).join(' / ');
        resolve({ learner, problem: `grading printed no report (exit ${code}${last ? `: ${last}` : ''})` });
      }
    });
  });
}

/** Grade all learners, at most `parallel` at once. */
export async function regradeAll(learners: string[], timeoutSeconds: number, parallel = Math.max(1, os.cpus().length), names: string[] = []): Promise<RegradeOutcome[]> {
  const outcomes: RegradeOutcome[] = [];
  const queue = [...learners];
  const worker = async () => {
    for (let learner = queue.shift(); learner !== undefined; learner = queue.shift()) {
      outcomes.push(await gradeAsLearner(learner, timeoutSeconds, names));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, learners.length) }, worker));
  return outcomes.sort((a, b) => a.learner.localeCompare(b.learner));
}
