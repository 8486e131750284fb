import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import { administrativeUnit, foldDiacritics, localDate, type Clock, type Logger, type UserContext } from '@phoihop/core';
import type { Request, RequestHandler, Response } from 'express';
import { print } from 'graphql';
import { CoordinationReportDocumentDocument, type CoordinationReportDocumentQuery } from '../generated/operations';
import type { GatewayContext } from '../server';
import { isComplete, reportDocument } from './report-document';
import { reportDocx } from './report-docx';
import { errorPage, reportPage } from './report-html';

/** The query both forms print; it runs through the gateway's own schema (plan, limits, subgraph authorization) as a client's would. */
const REPORT_QUERY = print(CoordinationReportDocumentDocument);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const STATUS_BY_CODE: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export interface ReportRouteOptions {
  server: ApolloServer<GatewayContext>;
  /** Verifies a bearer token as the /graphql endpoint does. */
  verify: (token: string) => Promise<UserContext>;
  clock: Clock;
  logger: Logger;
}

type Params = { jurisdictionId: string; year: string };

/**
 * `GET /reports/coordination/:jurisdictionId/:year` — the printable HTML page, public: a
 * caller who sends a token is read as that user (and refused if it is invalid), like on
 * /graphql, and then also gets next year's tasks.
 * `GET /reports/coordination/:jurisdictionId/:year.docx` — the same document to sign and
 * file, for signed-in users who may read the jurisdiction's coordination records.
 */
export function coordinationReport(o: ReportRouteOptions): RequestHandler<Params> {
  return async (req, res) => {
    const [, year, docx] = /^(\d{4})(\.docx)?$/.exec(req.params.year) ?? [];
    if (!year) return refuse(res, 400, 'Năm báo cáo không hợp lệ.');
    const user = await caller(req, o);
    if (user === 'invalid') return refuse(res, 401, 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.');
    if (docx && !user) {
      res.setHeader('www-authenticate', 'Bearer');
      return refuse(res, 401, 'Cần đăng nhập để tải báo cáo.');
    }
    const response = await o.server.executeOperation<CoordinationReportDocumentQuery>(
      { query: REPORT_QUERY, variables: { jurisdictionId: req.params.jurisdictionId, year: Number(year), signedIn: user !== null } },
      { contextValue: { user, requestId: randomUUID() } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    // The page is public: a reader who may not see the plan or the scorecards still gets the page, without them.
    const NON_PUBLIC = ['nextYearPlan', 'departmentScorecards', 'delegateScorecards'];
    const onPlan = (e: { path?: ReadonlyArray<string | number> }) => NON_PUBLIC.some((field) => e.path?.includes(field) ?? false);
    const planRefused = !docx && (result?.errors ?? []).some(onPlan);
    // A bad year or an unknown place first: it is what the reader must fix.
    const error = result?.errors?.find((e) => !onPlan(e)) ?? (docx ? result?.errors?.[0] : undefined);
    const unavailable = (result?.errors ?? []).filter((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
    if (unavailable.length && !STATUS_BY_CODE[String(error?.extensions?.code)]) return retryLater(res, unavailable);
    if (error || !result?.data) {
      const code = String(error?.extensions?.code ?? '');
      const status = STATUS_BY_CODE[code] ?? 500;
      if (status === 500) o.logger.error({ errors: result?.errors }, 'coordination report failed');
      const message = code === 'NOT_FOUND' ? 'Không tìm thấy địa bàn.' : status === 500 ? 'Lỗi hệ thống, vui lòng thử lại sau.' : (error?.message ?? '');
      return refuse(res, status, message);
    }
    const report = result.data.coordinationReport;
    if (!isComplete(report)) return retryLater(res, []);
    const nonPublic = { nextYearPlan: undefined, departmentScorecards: undefined, delegateScorecards: undefined };
    const doc = reportDocument(planRefused ? { ...report, ...nonPublic } : report, localDate(o.clock.now()));
    if (!docx) return send(res, 200, 'html', reportPage(doc));
    const file = fileName(report);
    res.setHeader('content-disposition', `attachment; filename="${file}"; filename*=UTF-8''${encodeURIComponent(`${doc.name}.docx`)}`);
    send(res, 200, DOCX, await reportDocx(doc));
  };
}

function send(res: Response, status: number, type: string, body: string | Buffer) {
  res.status(status).setHeader('cache-control', 'no-store').setHeader('x-content-type-options', 'nosniff');
  res.type(type).send(body);
}

const refuse = (res: Response, status: number, message: string) => send(res, status, 'html', errorPage(message));

const RETRY_AFTER_SECONDS = 30;
/** Who gives the part of the report an error's path names; the rest of it is the committee's. */
const SOURCES: Record<string, string> = {
  council: 'Thường trực HĐND',
  front: 'Ban Thường trực Ủy ban MTTQ',
  meetingsAttended: 'Ban Thường trực Ủy ban MTTQ',
  petitionsCollected: 'Ban Thường trực Ủy ban MTTQ',
  petitionsAnswered: 'Ban Thường trực Ủy ban MTTQ',
  petitionsReportedBack: 'Ban Thường trực Ủy ban MTTQ',
  escalations: 'sổ theo dõi thời hạn',
};

/** 503 while a subgraph is away: a report with a body's figures missing would mislead whoever signs it. */
function retryLater(res: Response, errors: ReadonlyArray<{ path?: ReadonlyArray<string | number> }>) {
  const named = errors.map((e) => [...(e.path ?? [])].reverse().find((p): p is string => typeof p === 'string' && p in SOURCES));
  const parts = [...new Set(named.map((p) => (p ? SOURCES[p] : 'UBND')))];
  res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  refuse(res, 503, `Hệ thống tạm thời chưa lấy được số liệu từ ${parts.length ? parts.join(', ') : 'một phần của hệ thống'}. Vui lòng thử lại sau.`);
}

/** null for an anonymous caller, 'invalid' for a token that does not verify. */
async function caller(req: Request<Params>, o: ReportRouteOptions): Promise<UserContext | null | 'invalid'> {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, token] = header.split(' ');
  try {
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new Error('malformed Authorization header');
    return await o.verify(token);
  } catch (error) {
    o.logger.info({ reason: (error as Error).message }, 'rejected token on report');
    return 'invalid';
  }
}

/** An ASCII name for clients that ignore filename*: "bao-cao-phoi-hop-hong-linh-2022.docx". */
function fileName(r: CoordinationReportDocumentQuery['coordinationReport']): string {
  const place = foldDiacritics(administrativeUnit(r.jurisdiction).place).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `bao-cao-phoi-hop-${place}-${r.year}.docx`;
}

