/**
 * Optional long runs: models that take many minutes to train, more than a notebook's run of
 * the course may spend. The course trains one only when asked (COURSE_LONG_RUNS=1); once
 * trained it sits in the model cache, and every later run loads it in seconds. Otherwise the
 * cell says in one line how to train it and about how long that takes. Quick mode never
 * trains or loads one.
 */
import { showMarkdown } from '../engine/display';
import { env } from '../util/env';
import { t } from '../util/i18n';
import { quickMode } from './course';
import { fitOrLoad, FitOptions, Fitted, isFitCached, ModelSet } from './fit';

/**
 * The models of `options`: trained when COURSE_LONG_RUNS=1, loaded when the cache holds them,
 * otherwise (and always in quick mode) undefined, after one line saying how to train them.
 * `minutes` is about how long training takes on a 2-core laptop.
 */
export async function fitLongRun<M extends ModelSet<M>>(options: FitOptions<M>, about: { minutes: number }): Promise<Fitted<M> | undefined> {
  if (!(about?.minutes > 0)) throw new Error(t('longRun.minutes', { example: '{ minutes: 10 }', got: JSON.stringify(about) }));
  if (!quickMode()) {
    // Without COURSE_LONG_RUNS=1 a cached model is loaded, never trained again (not even with COURSE_RETRAIN=1).
    if (env.longRuns()) return fitOrLoad(options, {});
    if (await isFitCached(options)) return fitOrLoad(options, { retrain: false });
  }
  showMarkdown(t('longRun.skipped', { name: options.name, minutes: String(Math.round(about.minutes)) }));
  return undefined;
}
