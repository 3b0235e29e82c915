/**
 * Runs the checks of ONE exercise in its own process and reports each event to the parent
 * (scripts/grade.ts) over IPC. Living in a child process means a learner's endless loop or crash
 * is caught by the parent's watchdog instead of freezing the whole grading run.
 *
 * Usage (by grade.ts only): fork(gradeWorker.js, [graderFile]) with COURSE_GRADE_TARGET set.
 */
import Mocha from 'mocha';
import { env } from '../lib/util/env';
import { t } from '../lib/util/i18n';

export type WorkerEvent =
  | { type: 'checks'; titles: string[] }
  | { type: 'start'; title: string; timeoutMs: number }
  | { type: 'pass'; title: string }
  | { type: 'fail'; title: string; message: string }
  | { type: 'end' };

function send(event: WorkerEvent): void {
  process.send?.(event);
}

/**
 * Mocha's own timeout: learner code that returns a promise which never settles (or settles too
 * late). Its English sentence about done() is about writing tests, not about the exercise.
 */
function isTimeout(err: unknown): boolean {
  return (err as { code?: string } | undefined)?.code === 'ERR_MOCHA_TIMEOUT';
}

function allTests(suite: Mocha.Suite): Mocha.Test[] {
  return [...suite.tests, ...suite.suites.flatMap(allTests)];
}

function main(): void {
  const graderFile = process.argv[2];
  // Each check may take this long (a grader can ask for more with this.timeout for training).
  const timeout = env.gradeTimeoutMs();
  const mocha = new Mocha({ timeout, reporter: function Silent() {} as unknown as typeof Mocha.reporters.Base });
  mocha.addFile(graderFile);
  const runner = mocha.run(() => {
    send({ type: 'end' });
    process.disconnect?.();
  });
  runner.once('start', () => send({ type: 'checks', titles: allTests(runner.suite).map((t) => t.title) }));
  runner.on('test', (test) => send({ type: 'start', title: test.title, timeoutMs: test.timeout() }));
  runner.on('pass', (test) => send({ type: 'pass', title: test.title }));
  runner.on('fail', (test: Mocha.Runnable, err) => {
    // A failing "before all" hook fails every check of the exercise with the same message.
    const message = isTimeout(err) ? t('grade.checkTimedOut', { seconds: Math.round(test.timeout() / 1000) }) : err instanceof Error ? err.message : String(err);
    if ((test as { type?: string }).type === 'hook') {
      for (const t of allTests(test.parent ?? runner.suite)) send({ type: 'fail', title: t.title, message });
    } else {
      send({ type: 'fail', title: test.title, message });
    }
  });
}

main();
