// A small import-graph walker over the TypeScript sources: which file imports which, resolved
// the way the builds resolve them (relative paths, the @contract alias, index files). Type-only
// imports count too: a cycle through types is still two areas that cannot change apart.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export type Graph = Map<string, Set<string>>;

const SOURCE = /\.(ts|tsx)$/;
const EXTS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const posix = (p: string): string => p.split(sep).join('/');

/** Repo-relative paths of the .ts/.tsx files below `dir`. */
export function sourcesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => posix(relative(root, join(e.parentPath, e.name))));
}

function resolveSpec(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('.')) base = resolve(root, dirname(from), spec);
  else if (spec.startsWith('@contract/')) base = join(root, 'contract', spec.slice('@contract/'.length));
  else return null;
  for (const candidate of ['', ...EXTS].map((e) => base + e)) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile())
      return posix(relative(root, candidate));
  }
  return null;
}

/** File → the files it imports, for the given files (imports of anything else are left out). */
export function fileGraph(root: string, files: readonly string[]): Graph {
  const known = new Set(files);
  const graph: Graph = new Map();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const targets = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((i) => resolveSpec(root, file, i.fileName))
      .filter((t): t is string => t !== null && known.has(t) && t !== file);
    graph.set(file, new Set(targets));
  }
  return graph;
}

/** The same graph between groups of files (`groupOf` returns null for a file left out). */
export function groupGraph(graph: Graph, groupOf: (file: string) => string | null): Graph {
  const out: Graph = new Map();
  for (const [file, targets] of graph) {
    const from = groupOf(file);
    if (from === null) continue;
    if (!out.has(from)) out.set(from, new Set());
    for (const target of targets) {
      const to = groupOf(target);
      if (to !== null && to !== from) out.get(from)!.add(to);
    }
  }
  return out;
}

/** Every strongly connected part with more than one node (Tarjan), each sorted, listed by size. */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const part: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        onStack.delete(top);
        part.push(top);
      } while (top !== node);
      if (part.length > 1) found.push(part.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found.sort((a, b) => b.length - a.length);
}

/** `main/domain/<area>` or `contract/<area>` (contract's own top-level files are `contract`). */
export function areaOf(file: string): string | null {
  const domain = /^main\/domain\/([^/]+)\//.exec(file);
  if (domain) return `main/domain/${domain[1]}`;
  const contract = /^contract\/(?:([^/]+)\/)?/.exec(file);
  if (contract) return contract[1] ? `contract/${contract[1]}` : 'contract';
  return null;
}
