/**
 * Which addresses a process tree listens on (from `ss`), to show and check that the class's hub,
 * proxy, service, learners' servers and kernels listen on loopback only.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';

export interface Listener {
  pid: number;
  process: string;
  address: string;
  port: number;
}

/** `pid` and all its descendants, from /proc. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return tree;
}

/** Every listening TCP socket of the given processes. */
export function listenersOf(pids: number[]): Listener[] {
  const wanted = new Set(pids);
  const output = execFileSync('ss', ['-ltnpH'], { encoding: 'utf8' });
  const found: Listener[] = [];
  for (const line of output.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 6) continue;
    const local = fields[3];
    const at = local.lastIndexOf(':');
    const address = local.slice(0, at).replace(/^\[|\]$/g, '');
    const port = Number(local.slice(at + 1));
    for (const match of line.matchAll(/\("([^"]+)",pid=(\d+)/g)) {
      const pid = Number(match[2]);
      if (wanted.has(pid)) found.push({ pid, process: match[1], address, port });
    }
  }
  return found;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
}
