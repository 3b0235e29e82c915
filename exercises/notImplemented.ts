/**
 * What an untouched exercise stub does: it stops with a message that says where to write the
 * answer. The graders recognise this error by its name and report "not implemented yet"
 * instead of a failure deep inside a check.
 */
import { t } from '../lib/util/i18n';

/** Thrown by every untouched exercise stub. */
export class NotImplementedYet extends Error {
  constructor(exercise: string, what: string) {
    super(t('exercise.notImplemented', { what, exercise }));
    this.name = 'NotImplementedYet';
  }
}

/** Used by exercise stubs: `return notImplemented('01-gaussian-noise', 'addGaussianNoise');` */
export function notImplemented(exercise: string, what: string): never {
  throw new NotImplementedYet(exercise, what);
}
