import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { formatDateVi, localDate, type Clock, type Logger, type UserContext } from '@phoihop/core';
import type { RequestHandler } from 'express';
import type { GatewayContext } from '../server';
import { errorPage, reportPage, type PrintableReport } from './report-html';

/**
 * The report query the page prints. It runs through the gateway's own schema (query plan,
 * operation limits, subgraph authorization) exactly as a client's query would.
 */
const REPORT_QUERY = `query CoordinationReportPage($jurisdictionId: ID!, $year: Int!) {
  coordinationReport(jurisdictionId: $jurisdictionId, year: $year) {
    year
    jurisdiction { name }
    summary
    sections { key title lines }
  }
}`;

const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export interface ReportRouteOptions {
  server: ApolloServer<GatewayContext>;
  /** Verifies a bearer token as the /graphql endpoint does. */
  verify: (token: string) => Promise<UserContext>;
  clock: Clock;
  logger: Logger;
}

/**
 * `GET /reports/coordination/:jurisdictionId/:year` — the year's report as a printable
 * Vietnamese HTML page. The report is public, so no token is needed; a caller who sends one
 * is read as that user (and refused if it is invalid), like on /graphql.
 */
export function coordinationReportPage(o: ReportRouteOptions): RequestHandler<{ jurisdictionId: string; year: string }> {
  return async (req, res) => {
    const send = (status: number, html: string) => {
      res.status(status).setHeader('cache-control', 'no-store').setHeader('x-content-type-options', 'nosniff');
      res.type('html').send(html);
    };
    if (!/^\d{4}$/.test(req.params.year)) return send(400, errorPage('Năm báo cáo không hợp lệ.'));
    let user: UserContext | null = null;
    const header = req.headers.authorization;
    if (header) {
      const [scheme, token] = header.split(' ');
      try {
        if (scheme?.toLowerCase() !== 'bearer' || !token) throw new Error('malformed Authorization header');
        user = await o.verify(token);
      } catch (error) {
        o.logger.info({ reason: (error as Error).message }, 'rejected token on report page');
        return send(401, errorPage('Phiên đăng nhập không hợp lệ hoặc đã hết hạn.'));
      }
    }
    const response = await o.server.executeOperation<{ coordinationReport: PrintableReport }>(
      { query: REPORT_QUERY, variables: { jurisdictionId: req.params.jurisdictionId, year: Number(req.params.year) } },
      { contextValue: { user, requestId: randomUUID() } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    const error = result?.errors?.[0];
    if (error || !result?.data) {
      const code = String(error?.extensions?.code ?? '');
      const status = STATUS_BY_CODE[code] ?? 500;
      if (status === 500) o.logger.error({ errors: result?.errors }, 'coordination report page failed');
      const message = code === 'NOT_FOUND' ? 'Không tìm thấy địa bàn.' : status === 500 ? 'Lỗi hệ thống, vui lòng thử lại sau.' : (error?.message ?? '');
      return send(status, errorPage(message));
    }
    send(200, reportPage(result.data.coordinationReport, formatDateVi(localDate(o.clock.now()))));
  };
}
