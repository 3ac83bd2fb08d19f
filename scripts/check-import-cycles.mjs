#!/usr/bin/env node
// Fails when the source imports go round in a circle (type-only imports count: a circle of types is still a
// circle a reader has to walk). Walks main/, preload/ and renderer/, resolves relative imports to files, finds
// the strongly connected groups (Tarjan) and prints one concrete circle per group.
// `npm run lint` runs it after eslint; `npm test` runs it as its own step. `--root DIR` checks another tree
// (its test); `--verbose` lists every file of each circle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const rootAt = process.argv.indexOf('--root');
const ROOT = rootAt > 0 ? resolve(process.argv[rootAt + 1]) : fileURLToPath(new URL('..', import.meta.url));
const AREAS = ['main', 'preload', 'renderer'];
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs'];

function sourceFiles(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.(tsx?|mts)$/.test(name) && !name.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  const stripped = base.replace(/\.(js|mjs)$/, '');
  const tries = [base, ...EXTENSIONS.map((ext) => stripped + ext), ...EXTENSIONS.map((ext) => join(base, 'index' + ext))];
  return tries.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

const files = AREAS.filter((area) => existsSync(join(ROOT, area))).flatMap((area) => sourceFiles(join(ROOT, area)));
const graph = new Map();
for (const file of files) {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = info.importedFiles.map((ref) => resolveImport(file, ref.fileName)).filter((t) => t && t !== file);
  graph.set(file, [...new Set(targets)]);
}

// Tarjan's strongly connected components, iterative so deep import chains cannot overflow the stack.
const index = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const groups = [];
let counter = 0;
for (const start of graph.keys()) {
  if (index.has(start)) continue;
  const work = [[start, 0]];
  index.set(start, counter);
  low.set(start, counter++);
  stack.push(start);
  onStack.add(start);
  while (work.length > 0) {
    const frame = work[work.length - 1];
    const [node, i] = frame;
    const next = (graph.get(node) ?? [])[i];
    if (next !== undefined) {
      frame[1] += 1;
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        index.set(next, counter);
        low.set(next, counter++);
        stack.push(next);
        onStack.add(next);
        work.push([next, 0]);
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
      continue;
    }
    work.pop();
    if (work.length > 0) {
      const parent = work[work.length - 1][0];
      low.set(parent, Math.min(low.get(parent), low.get(node)));
    }
    if (low.get(node) === index.get(node)) {
      const group = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group);
    }
  }
}

/** One shortest circle through the group's first file, found by a breadth-first walk inside the group. */
function oneCircle(group) {
  const members = new Set(group);
  const start = [...group].sort()[0];
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        for (let at = cameFrom.get(node); at !== null; at = cameFrom.get(at)) path.unshift(at);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return group;
}

const name = (file) => relative(ROOT, file).split('\\').join('/');
if (groups.length === 0) {
  console.log(`import circles: none among ${graph.size} files`);
  process.exit(0);
}
for (const group of groups) {
  console.log(`✗ import circle among ${group.length} files: ${oneCircle(group).map(name).join(' → ')}`);
  if (process.argv.includes('--verbose')) for (const file of group.map(name).sort()) console.log(`    ${file}`);
}
console.log(`${groups.length} import circle(s) among ${graph.size} files; break each by moving the shared names into a file both sides import.`);
process.exit(1);
