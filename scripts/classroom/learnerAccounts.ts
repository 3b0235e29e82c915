/**
 * Learners' Linux accounts: each with a private home (0700; Debian's useradd makes them 0755,
 * readable by every other learner) and a generated password the teacher hands out.
 */
import { execFileSync, spawnSync } from 'child_process';
import { randomInt } from 'crypto';
import * as fs from 'fs';
import { checkLearnerName } from './gradeBook';

/** No 0/O, 1/l/I: passwords are read off a printed list. */
const PASSWORD_ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function generatePassword(length = 14): string {
  let password = '';
  for (let i = 0; i < length; i++) password += PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)];
  return password;
}

export function accountExists(name: string): boolean {
  return spawnSync('getent', ['passwd', name]).status === 0;
}

export function homeOf(name: string): string {
  const entry = execFileSync('getent', ['passwd', name], { encoding: 'utf8' }).trim().split(':');
  return entry[5];
}

/** Learner names from a list: one per line or separated by spaces/commas; `#` starts a comment. */
export function parseLearnerList(text: string): string[] {
  const names = text
    .split('\n')
    .map((line) => line.replace(/#.*/, ''))
    .flatMap((line) => line.split(/[\s,]+/))
    .filter(Boolean);
  return [...new Set(names.map(checkLearnerName))];
}

/** Create the account with a private home and a new password; returns the password. */
export function createLearner(name: string): string {
  checkLearnerName(name);
  execFileSync('useradd', ['--create-home', '--shell', '/bin/bash', '--comment', 'autoencoders course learner', name], { stdio: 'pipe' });
  fs.chmodSync(homeOf(name), 0o700);
  const password = generatePassword();
  const result = spawnSync('chpasswd', [], { input: `${name}:${password}\n` });
  if (result.status !== 0) throw new Error(`could not set ${name}'s password: ${result.stderr}`);
  return password;
}

/** Remove the account, its home and its processes. */
export function removeLearner(name: string): void {
  checkLearnerName(name);
  spawnSync('pkill', ['-KILL', '-u', name]); // a learner's leftover kernel would block userdel
  const result = spawnSync('userdel', ['--remove', name], { encoding: 'utf8' });
  // userdel exits 12 when only the mail spool was missing: the account and home are gone.
  if (result.status !== 0 && result.status !== 12) throw new Error(`userdel ${name} failed: ${result.stderr.trim()}`);
}
