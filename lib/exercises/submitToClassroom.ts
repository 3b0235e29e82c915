/**
 * Send grading results to the class's grades service, when the learner works on the class's
 * JupyterHub. The hub gives every learner's server (and so their terminal and their notebook
 * kernels) JUPYTERHUB_USER and a JUPYTERHUB_API_TOKEN that proves who they are, and the class's
 * hub adds COURSE_CLASSROOM_URL, the grades service's address. Outside such a hub nothing is
 * sent. The service asks the hub who owns the token, so a learner can only record their own
 * results.
 */
import { env } from '../util/env';
import type { ExerciseResult } from './report';
import { t } from '../util/i18n';

/** Where results go, and the token that identifies the learner there. */
export interface ClassroomTarget {
  url: string;
  user: string;
  token: string;
}

/** The part of a grading report the teacher's table needs. */
export interface GradedExercises {
  exercises: Pick<ExerciseResult, 'name' | 'passed' | 'total'>[];
}

/** The classroom this process grades for, or undefined when it is not on a class's hub. */
export function classroomTarget(): ClassroomTarget | undefined {
  const url = env.classroomUrl();
  const { JUPYTERHUB_USER: user, JUPYTERHUB_API_TOKEN: token } = process.env;
  if (!url || !user || !token) return undefined;
  return { url: url.replace(/\/?$/, '/'), user, token };
}

/** Post the results; resolves to how many exercises were recorded, throws a readable error. */
export async function submitToClassroom(report: GradedExercises, target: ClassroomTarget): Promise<number> {
  const body = { exercises: report.exercises.map(({ name, passed, total }) => ({ name, passed, total })) };
  let response: Response;
  try {
    response = await fetch(`${target.url}api/results/${encodeURIComponent(target.user)}`, {
      method: 'POST',
      headers: { Authorization: `token ${target.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new Error(t('classroom.unreachable', { url: target.url, message: (err as Error).message }));
  }
  const answer = (await response.json().catch(() => ({}))) as { error?: string; recorded?: unknown[] };
  if (!response.ok) {
    throw new Error(t('classroom.refused', { status: response.status, reason: answer.error ?? t('classroom.noReason') }));
  }
  return Array.isArray(answer.recorded) ? answer.recorded.length : 0;
}

/**
 * What grading calls after every run: send when on a class's hub, and say what happened on
 * stderr (stdout may be JSON). A failure to send never fails the grading itself.
 */
export async function reportToClassroom(report: GradedExercises): Promise<void> {
  const target = classroomTarget();
  if (!target || report.exercises.length === 0) return;
  try {
    const recorded = await submitToClassroom(report, target);
    console.error(t(recorded === 1 ? 'classroom.sentOne' : 'classroom.sent', { count: recorded, user: target.user }));
  } catch (err) {
    console.error(t('classroom.notSent', { message: (err as Error).message }));
  }
}
