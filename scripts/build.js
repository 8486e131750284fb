/**
 * The development build `npm start` runs first: every workspace (the root package.json
 * "workspaces", so new packages such as services/workflow and folders such as
 * services/<name>/seed are picked up) and scripts/ are transpiled file by file into a
 * mirror of the tree under .build/, with the schema (.graphql) and data (.json) files
 * beside them. Processes then run plain JavaScript: no TypeScript loader, no esbuild helper
 * per process. Only changed files are transpiled again (a second start takes well under
 * a second); files whose source is gone are removed, so a moved .graphql file is not
 * loaded twice. Type checking stays with `npm run typecheck`; the Docker image uses
 * `npm run build` (tsc -b).
 *
 * Inside .build/, `@phoihop/<name>` resolves to the mirrored package: .build/node_modules
 * links each package name to its mirrored folder, whose package.json points every export
 * at the transpiled twin of its "development" (TypeScript) target.
 */
const ts = require('typescript');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, '.build');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'test', 'coverage', '.data', '.build']);
const COPY = /\.(graphql|json|sql|html|css)$/;

const base = JSON.parse(readFileSync(join(ROOT, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const compilerOptions = {
  ...ts.convertCompilerOptionsFromJson({ ...base, declaration: false, sourceMap: false }, ROOT).options,
  module: ts.ModuleKind.CommonJS,
  inlineSourceMap: true,
  isolatedModules: true,
};

function workspaces() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return pkg.workspaces.flatMap((w) => {
    if (!w.endsWith('/*')) return [w];
    const parent = w.slice(0, -2);
    return readdirSync(join(ROOT, parent), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(ROOT, parent, d.name, 'package.json')))
      .map((d) => `${parent}/${d.name}`);
  });
}

function* sources(dir) {
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* sources(path);
    } else if ((entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts')) || COPY.test(entry.name)) {
      yield path;
    }
  }
}

const fresh = (source, target) => existsSync(target) && statSync(target).mtimeMs >= statSync(source).mtimeMs;

function emit(path, written) {
  const source = join(ROOT, path);
  const target = join(OUT, path.replace(/\.ts$/, '.js'));
  written.add(target);
  if (fresh(source, target)) return 0;
  mkdirSync(dirname(target), { recursive: true });
  if (!path.endsWith('.ts')) {
    copyFileSync(source, target);
    return 0;
  }
  const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions, fileName: source });
  writeFileSync(target, outputText);
  return 1;
}

/** A workspace's package.json with every export pointing at the transpiled "development" target. */
function mirrorPackage(ws, written) {
  const pkg = JSON.parse(readFileSync(join(ROOT, ws, 'package.json'), 'utf8'));
  const js = (t) => (typeof t === 'string' ? t : (t.development ?? t.default)).replace(/\.ts$/, '.js');
  const exports = Object.fromEntries(Object.entries(pkg.exports ?? { '.': './src/index.ts' }).map(([k, t]) => [k, js(t)]));
  const target = join(OUT, ws, 'package.json');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, JSON.stringify({ name: pkg.name, private: true, main: exports['.'], exports }, null, 2));
  written.add(target);
  const link = join(OUT, 'node_modules', pkg.name);
  if (!existsSync(link)) {
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), join(OUT, ws)), link, 'dir');
  }
}

function removeStale(dir, written) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(OUT, 'node_modules')) removeStale(path, written);
    } else if (!written.has(path)) rmSync(path);
  }
}

function build() {
  const started = Date.now();
  const written = new Set();
  let transpiled = 0;
  for (const dir of [...workspaces(), 'scripts']) {
    for (const path of sources(dir)) transpiled += emit(path, written);
    if (dir !== 'scripts') mirrorPackage(dir, written);
  }
  removeStale(OUT, written);
  return { transpiled, files: written.size, ms: Date.now() - started };
}

module.exports = { build, OUT };

if (require.main === module) {
  const r = build();
  process.stdout.write(`build: ${r.transpiled} of ${r.files} files transpiled into .build/ in ${r.ms} ms\n`);
}
