/**
 * The class's state folder (root-only): settings the hub reads, the learner list, tokens, the
 * grade book, pid and log files. COURSE_CLASSROOM_DIR moves it (the tests use a throw-away one).
 */
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

/** The project's root folder (this file is compiled to build/scripts/classroom/). */
export const COURSE_ROOT = path.resolve(__dirname, '..', '..', '..');

export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.COURSE_CLASSROOM_DIR ?? '/var/lib/autoencoders-course/classroom');
}

/** What the hub's configuration reads (scripts/classroom/jupyterhub_config.py). */
export interface ClassroomSettings {
  stateDir: string;
  courseRoot: string;
  node: string;
  /** The public address and port (the proxy); every other part listens on 127.0.0.1. */
  ip: string;
  port: number;
  hubPort: number;
  proxyApiPort: number;
  servicePort: number;
  learnerPorts: [number, number];
  learners: string[];
  admins: string[];
  demo: boolean;
}

export function ensureStateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Write a file so that readers never see half of it, readable by its owner only. */
export function writePrivate(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

export function readSettings(dir: string): ClassroomSettings | undefined {
  const file = path.join(dir, 'settings.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ClassroomSettings) : undefined;
}

export function writeSettings(settings: ClassroomSettings): void {
  writePrivate(path.join(settings.stateDir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/** The learners this class created (only these are ever removed). */
export function readLearners(dir: string): string[] {
  const file = path.join(dir, 'learners.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

export function writeLearners(dir: string, learners: string[]): void {
  writePrivate(path.join(dir, 'learners.json'), JSON.stringify([...new Set(learners)].sort(), null, 2) + '\n');
}

/** A secret kept in the state folder, made on first use. */
export function secret(dir: string, name: string, bytes = 32): string {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) writePrivate(file, randomBytes(bytes).toString('hex') + '\n');
  return fs.readFileSync(file, 'utf8').trim();
}

/** The token `npm run classroom` uses to speak to the hub and the grades service as the teacher. */
export function teacherToken(dir: string): string {
  return secret(dir, 'teacher-token');
}
