import type { Logger } from '@phoihop/core';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * "Builds what is stale": services run from TypeScript sources through tsx, so the only
 * build products are the generated resolver types and the composed supergraph. Recompose
 * when a subgraph schema changed since the committed supergraph.
 */
export async function recomposeIfStale(logger: Logger): Promise<void> {
  const check = spawnSync(process.execPath, ['--conditions=development', '--import', 'tsx', join(root, 'scripts/compose.ts'), '--check'], {
    encoding: 'utf8',
  });
  if (check.status === 0) return;
  logger.info('subgraph schemas changed: recomposing the supergraph and regenerating types');
  for (const args of [
    ['--conditions=development', '--import', 'tsx', join(root, 'scripts/compose.ts')],
    [join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', join(root, 'codegen.yml')],
  ]) {
    const run = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
    if (run.status !== 0) throw new Error(`build step failed: ${args.join(' ')}`);
  }
}
