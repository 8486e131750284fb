import type { Logger } from '@phoihop/core';
import type { ErrorRequestHandler } from 'express';

/** What body-parser says about a body it refused (its `type`), and how a client is told. */
const REFUSALS: Record<string, { code: string; message: string }> = {
  'entity.too.large': { code: 'PAYLOAD_TOO_LARGE', message: 'Yêu cầu quá lớn: nội dung vượt quá giới hạn cho phép.' },
  'entity.parse.failed': { code: 'BAD_REQUEST', message: 'Nội dung yêu cầu không phải JSON hợp lệ.' },
  'encoding.unsupported': { code: 'BAD_REQUEST', message: 'Bảng mã của yêu cầu không được hỗ trợ.' },
  'charset.unsupported': { code: 'BAD_REQUEST', message: 'Bảng mã của yêu cầu không được hỗ trợ.' },
  'request.aborted': { code: 'BAD_REQUEST', message: 'Yêu cầu bị ngắt giữa chừng.' },
  'request.size.invalid': { code: 'BAD_REQUEST', message: 'Độ dài nội dung yêu cầu không khớp.' },
};

/**
 * A body the JSON parser refused (over the limit, malformed) gets a GraphQL error with a code,
 * as JSON, never Express's HTML page. Other errors go on to the next handler.
 */
export function bodyErrors(logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number }, req, res, next) => {
    const refusal = err?.type ? REFUSALS[err.type] : undefined;
    if (!refusal || res.headersSent) return next(err);
    logger.info({ path: req.path, reason: err.type }, 'refused a request body');
    res.status(err.status ?? 400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
  };
}
