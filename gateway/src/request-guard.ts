import { AuthError, createLimiter, REQUEST_ID_HEADER, type Config, type Logger, type UserContext } from '@phoihop/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DirectoryUnavailable, type DirectoryCheck } from './directory-check';
import { MESSAGES } from './error-masking';

/** The request id every answer and every log line of one request carry. */
export const requestId: RequestHandler = (_req, res, next) => {
  res.locals.requestId = randomUUID();
  res.setHeader(REQUEST_ID_HEADER, res.locals.requestId as string);
  next();
};

function refuse(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId, ...extra } }] });
}

function tooMany(res: Response, retryAfterSeconds: number) {
  res.setHeader('retry-after', String(retryAfterSeconds));
  refuse(res, 429, 'RATE_LIMITED', `Quá nhiều yêu cầu. Vui lòng thử lại sau ${retryAfterSeconds} giây.`, { retryAfter: retryAfterSeconds });
}

export interface GuardOptions {
  config: Config;
  logger: Logger;
  redis: Redis;
  verify: (token: string) => Promise<UserContext>;
  directory: DirectoryCheck;
}

/**
 * Before any GraphQL work: per-address limit, the bearer token (bad ones counted per address
 * and logged once per address and window), per-user limit, and the directory check that the
 * subject still serves. Leaves the user in `res.locals.user` (null = anonymous).
 */
export function requestGuard(o: GuardOptions): RequestHandler {
  const { rateLimits: r, queuePrefix } = o.config;
  const perAddress = createLimiter(o.redis, queuePrefix, 'gateway:address', { points: r.perAddress, windowSeconds: r.windowSeconds });
  const perUser = createLimiter(o.redis, queuePrefix, 'gateway:user', { points: r.perUser, windowSeconds: r.windowSeconds });
  const badTokens = createLimiter(o.redis, queuePrefix, 'gateway:bad-token', { points: r.badTokens, windowSeconds: r.windowSeconds });

  const guard = async (req: Request, res: Response) => {
    const address = req.ip ?? 'unknown';
    const byAddress = await perAddress.consume(address);
    if (!byAddress.allowed) return tooMany(res, byAddress.retryAfterSeconds);

    const header = req.headers.authorization;
    if (!header) {
      res.locals.user = null;
      return 'next';
    }
    const [scheme, token, extra] = header.split(' ');
    let user: UserContext;
    try {
      if (scheme?.toLowerCase() !== 'bearer' || !token || extra !== undefined) throw new AuthError('Authorization must be "Bearer <token>"');
      user = await o.verify(token);
    } catch (error) {
      const bad = await badTokens.consume(address);
      // One line per address and window, not one per attempt: a flood must not flood the log.
      if (bad.consumed === 1) o.logger.warn({ ip: address, reason: (error as Error).message, requestId: res.locals.requestId }, 'rejected bearer token (further rejections from this address in this window are counted, not logged)');
      if (!bad.allowed) return tooMany(res, bad.retryAfterSeconds);
      return refuse(res, 401, 'UNAUTHENTICATED', 'Mã đăng nhập không hợp lệ hoặc đã hết hạn.');
    }

    const byUser = await perUser.consume(user.userId);
    if (!byUser.allowed) return tooMany(res, byUser.retryAfterSeconds);

    if (!(await o.directory.isActive(user))) {
      o.logger.warn({ sub: user.userId, officialId: user.officialId, delegateId: user.delegateId, requestId: res.locals.requestId }, 'refused a token of someone no longer serving');
      return refuse(res, 401, 'UNAUTHENTICATED', 'Tài khoản không còn hoạt động trong danh bạ; vui lòng liên hệ quản trị viên.');
    }
    res.locals.user = user;
    return 'next';
  };

  return (req: Request, res: Response, next: NextFunction) => {
    guard(req, res).then(
      (outcome) => outcome === 'next' && next(),
      (error: Error) => {
        o.logger.error({ err: error, requestId: res.locals.requestId }, error instanceof DirectoryUnavailable ? 'directory unavailable' : 'request guard failed');
        refuse(res, 503, 'SERVICE_UNAVAILABLE', MESSAGES.SERVICE_UNAVAILABLE(res.locals.requestId as string));
      },
    );
  };
}
