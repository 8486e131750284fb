import { signDevelopmentToken, type Config } from '@phoihop/core';
import { DEMO_USERS } from '../demo-users';
import { TOKEN_NOT_PRINTED } from './secrets';

/**
 * The admin token of the start banner: 8 hours, and only to a terminal — when the output is
 * a file or a pipe (a log), it says how to get one instead. The launcher, whose stdout it is,
 * says whether that is a terminal (its token child's own stdout is a pipe).
 */
export async function bannerToken(config: Config, toTerminal = !!process.stdout.isTTY): Promise<string> {
  if (!toTerminal) return TOKEN_NOT_PRINTED;
  return signDevelopmentToken(DEMO_USERS.admin, config.jwt.secret, { ...config.jwt, expiresIn: '8h' });
}
