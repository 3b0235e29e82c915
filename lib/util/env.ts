/**
 * Every COURSE_* environment variable the library reads, in one place. Each is read when it is
 * needed (not once at start-up), so a test or a runner can change it between calls.
 *
 * | variable | meaning |
 * |---|---|
 * | COURSE_BACKEND | force a TensorFlow.js backend: tensorflow, wasm or cpu |
 * | COURSE_SEED | the seed of every run that names none: initial weights, batch order, noise (default 42) |
 * | COURSE_QUICK=1 | quick mode: tiny data and short training (set by `npm test`) |
 * | COURSE_SILENT=1 | print nothing: no progress, no "figure saved" lines |
 * | COURSE_LANG | the language of messages, plots and grader feedback: en (default) or my (Myanmar); `setLanguage` overrides it |
 * | COURSE_FIGURES_DIR | where `show` saves figures outside a notebook (default out/figures) |
 * | COURSE_METRICS_FILE | JSON file that `publishMetrics` merges numbers into (set by the course runner) |
 * | COURSE_CACHE_DIR | the cache folder for datasets and trained models |
 * | COURSE_DATA_BASE_URL | a mirror to download datasets from |
 * | COURSE_RETRAIN=1 | train again instead of loading a cached model (once per course run) |
 * | COURSE_LONG_RUNS=1 | also train the optional long runs (minutes each; once trained they load from the cache) |
 * | COURSE_RUN_STARTED_MS | set by the course runner: models saved after this count as fresh |
 * | COURSE_WORKERS | training threads for data-parallel steps (1 turns them off) |
 * | COURSE_NATIVE=0 | do not load the native oneDNN kernels (the wasm kernels run instead) |
 * | COURSE_THREADS | most threads a native kernel uses (default: every core; small kernels always use one) |
 * | COURSE_GRADE_TIMEOUT_MS | how long one grader check may run (default 30000) |
 * | COURSE_GRADE_TARGET | set by the grader: grade exercises/ (default) or solutions/ |
 * | COURSE_GRADE_GRACE_MS | extra time before a stuck grader is stopped (default 15000) |
 * | COURSE_ALLOW_TYPE_ERRORS=1 | build even when an exercise has type errors (the grader shows them) |
 * | COURSE_CLASSROOM_URL | the class's grades service; set by the class's JupyterHub, grading sends results there |
 */

function text(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

function flag(name: string): boolean {
  return process.env[name] === '1';
}

function milliseconds(name: string, fallback: number): number {
  const value = text(name);
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    // Both languages: the catalogue cannot be used here (it reads COURSE_LANG through this file).
    throw new Error(
      `${name} must be a positive number of milliseconds, got "${value}" ` +
        `(${name} သည် မီလီစက္ကန့် အရေအတွက် အပေါင်းကိန်း ဖြစ်ရမည်၊ ရရှိသည်မှာ "${value}" ဖြစ်သည်)`,
    );
  }
  return parsed;
}

export const env = {
  backend: () => text('COURSE_BACKEND'),
  seed: () => text('COURSE_SEED'),
  quick: () => flag('COURSE_QUICK'),
  silent: () => flag('COURSE_SILENT'),
  lang: () => text('COURSE_LANG'),
  figuresDir: () => text('COURSE_FIGURES_DIR'),
  metricsFile: () => text('COURSE_METRICS_FILE'),
  cacheDir: () => text('COURSE_CACHE_DIR'),
  dataBaseUrl: () => text('COURSE_DATA_BASE_URL'),
  retrain: () => flag('COURSE_RETRAIN'),
  longRuns: () => flag('COURSE_LONG_RUNS'),
  runStartedMs: () => Number(text('COURSE_RUN_STARTED_MS')),
  workers: () => text('COURSE_WORKERS'),
  nativeKernels: () => text('COURSE_NATIVE') !== '0',
  threads: () => text('COURSE_THREADS'),
  gradeTimeoutMs: () => milliseconds('COURSE_GRADE_TIMEOUT_MS', 30_000),
  gradeTarget: () => text('COURSE_GRADE_TARGET') ?? 'exercises',
  gradeGraceMs: () => milliseconds('COURSE_GRADE_GRACE_MS', 15_000),
  classroomUrl: () => text('COURSE_CLASSROOM_URL'),
};
