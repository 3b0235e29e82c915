/**
 * The library's layers, enforced. Each source file belongs to one layer, and may import only
 * from its own layer or a lower one. Folders must not import each other in a circle either.
 * The order is written down once, here and in docs/api.md:
 *
 *   util < engine < datasets < models < train < checkpoint < plot < lesson < exercises < api
 */
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

/** Folders (relative to the project root) and the layer each belongs to, lowest first. */
export const LAYERS: ReadonlyArray<{ layer: string; folders: string[] }> = [
  { layer: 'util', folders: ['lib/util'] },
  { layer: 'engine', folders: ['lib/engine'] },
  { layer: 'datasets', folders: ['datasets'] },
  { layer: 'models', folders: ['lib/models'] },
  { layer: 'train', folders: ['lib/train'] },
  { layer: 'checkpoint', folders: ['lib/checkpoint'] },
  { layer: 'plot', folders: ['lib/plot'] },
  { layer: 'lesson', folders: ['lib/lesson'] },
  { layer: 'exercises', folders: ['lib/exercises', 'exercises', 'solutions'] },
  { layer: 'api', folders: ['lib/index.ts'] },
];

function relativeName(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** The layer folder (an entry of LAYERS) that holds a file, or undefined. */
function layerFolderOf(file: string): string | undefined {
  const rel = relativeName(file);
  return LAYERS.flatMap((l) => l.folders).find((f) => rel === f || rel.startsWith(`${f}/`));
}

function layerIndexOf(file: string): number {
  const folder = layerFolderOf(file);
  return LAYERS.findIndex(({ folders }) => folder !== undefined && folders.includes(folder));
}

function sourceFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [full];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(child);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path.join(ROOT, child)] : [];
  });
}

/** Every relative import of a file (import, export … from, require, import()), resolved to a .ts file. */
export function relativeImports(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((ref) => ref.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => {
      const base = path.resolve(path.dirname(file), spec);
      const found = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate));
      if (!found) throw new Error(`${path.relative(ROOT, file)} imports "${spec}", which is not a .ts file of the project`);
      return found;
    });
}

/**
 * Import edges between layer folders, e.g. lib/train -> lib/models. (Inside one folder, a
 * sub-folder may use its parent's types and the parent the sub-folder: that is one module.)
 */
function folderGraph(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = layerFolderOf(file) ?? relativeName(file);
    for (const target of relativeImports(file)) {
      const to = layerFolderOf(target) ?? relativeName(target);
      if (to === from) continue;
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** One cycle in a directed graph, as a list of nodes, or undefined when there is none. */
export function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

const LIBRARY_FILES = ['lib', 'datasets', 'exercises', 'solutions'].flatMap(sourceFiles);

describe('library layers', () => {
  it('places every library file in a layer', () => {
    const homeless = LIBRARY_FILES.filter((file) => layerIndexOf(file) < 0).map((f) => path.relative(ROOT, f));
    expect(homeless, `files outside every layer (add them to a layer folder): ${homeless.join(', ')}`).to.deep.equal([]);
  });

  it('imports only from the same layer or a lower one', () => {
    const upward: string[] = [];
    for (const file of LIBRARY_FILES) {
      const from = layerIndexOf(file);
      for (const target of relativeImports(file)) {
        const to = layerIndexOf(target);
        if (to > from) {
          upward.push(
            `${path.relative(ROOT, file)} (${LAYERS[from].layer}) imports ${path.relative(ROOT, target)} (${LAYERS[to].layer})`,
          );
        }
      }
    }
    expect(upward, `upward imports:\n${upward.join('\n')}`).to.deep.equal([]);
  });

  it('has no cycle between layer folders', () => {
    const cycle = findCycle(folderGraph(LIBRARY_FILES));
    expect(cycle, `folders importing each other in a circle: ${cycle?.join(' -> ')}`).to.equal(undefined);
  });

  it('detects an upward import and a cycle when there is one', () => {
    // The checks above are only worth something if they can fail: a tiny graph with a cycle.
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
    ]);
    expect(findCycle(graph)).to.deep.equal(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', new Set(['b'])]]))).to.equal(undefined);
    const lower = LAYERS.findIndex((l) => l.layer === 'models');
    const higher = LAYERS.findIndex((l) => l.layer === 'train');
    expect(layerIndexOf(path.join(ROOT, 'lib/models/x.ts'))).to.equal(lower);
    expect(layerIndexOf(path.join(ROOT, 'lib/train/x.ts'))).to.equal(higher);
    expect(layerIndexOf(path.join(ROOT, 'lib/stray.ts'))).to.equal(-1);
  });
});
