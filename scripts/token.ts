/**
 * Prints a development JWT: `npm run token -- <demo user | ROLE> [jurisdictionId]`.
 * Refused when no development secret is configured (production tokens come from the
 * OIDC provider).
 */
import { ROLES, loadConfig, signDevelopmentToken, type Role, type UserContext } from '@phoihop/core';
import { DEMO_USERS } from './demo-users';

function userFor(name: string, jurisdictionId?: string): UserContext {
  if (DEMO_USERS[name]) return DEMO_USERS[name];
  const role = name.toUpperCase() as Role;
  if (!ROLES.includes(role)) {
    throw new Error(`unknown demo user or role "${name}"; try one of: ${Object.keys(DEMO_USERS).join(', ')}, or ${ROLES.join(', ')}`);
  }
  return { userId: `dev-${role.toLowerCase()}`, name: `Dev ${role}`, grants: [{ role, ...(jurisdictionId ? { jurisdictionId } : {}) }] };
}

async function main() {
  const [name = 'admin', jurisdictionId] = process.argv.slice(2);
  const config = loadConfig();
  if (config.isProduction) {
    throw new Error('tokens are only issued in development');
  }
  process.stdout.write(`${await signDevelopmentToken(userFor(name, jurisdictionId), config.jwt.secret, config.jwt)}\n`);
}

main().catch((error: Error) => {
  console.error(`token: ${error.message}`);
  process.exit(1);
});
