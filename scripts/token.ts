/**
 * Prints a development JWT: `npm run token -- <demo user | ROLE> [jurisdictionId]`.
 * Refused when no development secret is configured (production tokens come from the
 * OIDC provider).
 */
import { ROLES, loadConfig, signDevelopmentToken, type Role, type UserContext } from '@phoihop/core';
import { DEMO_USERS } from './demo-users';
import { bannerToken } from './start/banner-token';
import { ensureDevelopmentSecrets } from './start/secrets';

function userFor(name: string, jurisdictionId?: string): UserContext {
  if (DEMO_USERS[name]) return DEMO_USERS[name];
  const role = name.toUpperCase() as Role;
  if (!ROLES.includes(role)) {
    throw new Error(`unknown demo user or role "${name}"; try one of: ${Object.keys(DEMO_USERS).join(', ')}, or ${ROLES.join(', ')}`);
  }
  return { userId: `dev-${role.toLowerCase()}`, name: `Dev ${role}`, grants: [{ role, ...(jurisdictionId ? { jurisdictionId } : {}) }] };
}

async function main() {
  const args = process.argv.slice(2);
  const banner = args.includes('--banner');
  const [name = 'admin', jurisdictionId] = args.filter((a) => a !== '--banner');
  // The secrets `npm start` generated (or generates now, so the two agree from the start).
  ensureDevelopmentSecrets();
  const config = loadConfig();
  if (config.isProduction) {
    throw new Error('tokens are only issued in development');
  }
  // `--banner`: the launcher's token, asked for only when the launcher writes to a terminal.
  const token = banner ? await bannerToken(config, true) : await signDevelopmentToken(userFor(name, jurisdictionId), config.jwt.secret, config.jwt);
  process.stdout.write(`${token}\n`);
}

main().catch((error: Error) => {
  console.error(`token: ${error.message}`);
  process.exit(1);
});
