import {
  badInput,
  byKeys,
  changeRow,
  conflict,
  createRow,
  forbidden,
  notAfter,
  notFound,
  optionalText,
  paginate,
  paginateGroups,
  requiredText,
  TEXT_LIMIT,
  uuid,
  type Connection,
  type GraphContext,
  type PageArgs,
} from '@phoihop/core';
import { questionRule, questioningRule } from '../access';
import { Delegate } from '../delegates/delegate.entity';
import type { AnswerQuestionInput, AskQuestionInput, QuestioningKind, RecordQuestioningSessionInput } from '../generated/graphql';
import { SessionsService } from '../sessions/sessions.service';
import { CommitmentsService } from './commitments.service';
import { Question, QuestioningSession } from './questioning-session.entity';

/**
 * Questioning and explanation sessions (chất vấn, giải trình) and their questions: read by the
 * jurisdiction's roles, recorded by the Standing Committee; a delegate may record a question
 * they asked. The answer's commitments are tracked deadlines (CommitmentsService).
 */
export class QuestioningService {
  constructor(private readonly ctx: GraphContext) {}

  private loader() {
    return this.ctx.loaders.get<string, QuestioningSession>('QuestioningSession.byId', async (ids) =>
      byKeys(ids, await this.ctx.db.getRepository(QuestioningSession).createQueryBuilder('q').where('q.id = ANY(:ids)', { ids }).getMany(), (q) => q.id),
    );
  }

  async byId(id: string): Promise<QuestioningSession | null> {
    return this.ctx.access.readable(questioningRule, await this.loader().load(id));
  }

  async found(id: string, field: string): Promise<QuestioningSession> {
    const session = await this.byId(id);
    if (!session) throw notFound('QuestioningSession', id, field);
    return session;
  }

  list(filter: { jurisdictionId: string; year?: number | null; kind?: QuestioningKind | null }, page: PageArgs) {
    this.ctx.access.requireRead(questioningRule, filter);
    const qb = this.ctx.db.getRepository(QuestioningSession).createQueryBuilder('q').where('q.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.year) qb.andWhere('q.held_on >= make_date(:y, 1, 1) AND q.held_on < make_date(:y + 1, 1, 1)', { y: filter.year });
    if (filter.kind) qb.andWhere('q.kind = :k', { k: filter.kind });
    return paginate(qb, page, { column: 'q.held_on', direction: 'DESC', value: (q) => q.heldOn });
  }

  /** A session's questions in the order asked, for every session of a page in two statements. */
  questionsOf(session: QuestioningSession, page: PageArgs): Promise<Connection<Question>> {
    this.ctx.access.requireRead(questioningRule, session);
    const key = JSON.stringify([page.first ?? null, page.after ?? null]);
    return this.ctx.loaders
      .get<string, Connection<Question>>(`Question.bySession.${key}`, (sessionIds) =>
        paginateGroups<Question>(this.ctx.db, sessionIds, page, {
          source: this.ctx.db
            .createQueryBuilder()
            .select(['x.questioning_session_id AS parent', 'x.id AS id', 'x.position AS sort'])
            .from(Question, 'x')
            .where('x.questioning_session_id = ANY(:sessionIds)', { sessionIds }),
          direction: 'ASC',
          load: (ids) => this.questions().createQueryBuilder('x').where('x.id = ANY(:ids)', { ids }).getMany(),
          sortOf: (x) => x.position,
        }),
      )
      .load(session.id) as Promise<Connection<Question>>;
  }

  /** The question a commitment answers; batched, read under the commitment's own rule. */
  async question(id: string): Promise<Question> {
    const question = await this.ctx.loaders
      .get<string, Question>('Question.byId', async (ids) => byKeys(ids, await this.questions().createQueryBuilder('x').where('x.id = ANY(:ids)', { ids }).getMany(), (x) => x.id))
      .load(id);
    return question!;
  }

  async record(input: RecordQuestioningSessionInput): Promise<QuestioningSession> {
    const { jurisdictionId } = input;
    const subject = requiredText('input.subject', input.subject, { max: TEXT_LIMIT.title });
    const chairedBy = optionalText('input.chairedBy', input.chairedBy, { max: TEXT_LIMIT.name }) ?? null;
    notAfter('input.heldOn', input.heldOn, this.ctx.today(), 'Chỉ ghi nhận phiên chất vấn, giải trình đã diễn ra.');
    const atSession = input.venue === 'SESSION';
    if (atSession && !input.sessionId) throw badInput('input.sessionId', 'Phiên chất vấn tại kỳ họp phải gắn với một kỳ họp.');
    if (!atSession && input.sessionId) throw badInput('input.sessionId', 'Phiên họp của Thường trực HĐND không gắn với kỳ họp.');
    if (atSession && input.meetingTitle != null) throw badInput('input.meetingTitle', 'Chỉ phiên họp của Thường trực HĐND mới có tên phiên họp.');
    const meetingTitle = atSession ? null : requiredText('input.meetingTitle', input.meetingTitle, { what: 'tên phiên họp Thường trực HĐND', max: TEXT_LIMIT.title });
    return createRow(this.ctx, {
      operation: 'recordQuestioningSession',
      entity: QuestioningSession,
      authorize: () => this.ctx.access.requireWrite(questioningRule, { jurisdictionId }),
      build: async (m) => {
        if (input.sessionId) {
          const session = await new SessionsService(this.ctx).get(input.sessionId, 'input.sessionId');
          if (session.jurisdictionId !== jurisdictionId) throw badInput('input.sessionId', 'Kỳ họp không thuộc đơn vị hành chính này.');
          if (session.status !== 'CONVENED' && session.status !== 'CLOSED') throw conflict('Kỳ họp chưa khai mạc hoặc không tổ chức.', 'input.sessionId');
          const from = session.actualStartDate ?? session.plannedStartDate;
          const to = session.actualEndDate ?? session.plannedEndDate;
          if (input.heldOn < from || input.heldOn > to) throw badInput('input.heldOn', 'Phiên chất vấn phải diễn ra trong thời gian kỳ họp.');
        }
        return m.getRepository(QuestioningSession).create({ jurisdictionId, kind: input.kind, venue: input.venue, sessionId: input.sessionId ?? null, meetingTitle, heldOn: input.heldOn, subject, chairedBy });
      },
    });
  }

  async ask(input: AskQuestionInput): Promise<Question> {
    const subject = requiredText('input.subject', input.subject, { max: TEXT_LIMIT.title });
    const content = requiredText('input.content', input.content, { max: TEXT_LIMIT.text });
    const answererName = requiredText('input.answererName', input.answererName, { what: 'người trả lời', max: TEXT_LIMIT.name });
    const answerer = answeringBody(input);
    const session = await this.found(input.questioningSessionId, 'input.questioningSessionId');
    return createRow(this.ctx, {
      operation: 'askQuestion',
      entity: Question,
      authorize: () => {
        const grants = this.ctx.access.requireWrite(questionRule, session);
        // A delegate records their own question only; the Standing Committee records anyone's.
        if (grants.every((g) => g.role === 'DELEGATE') && this.ctx.user?.delegateId !== input.askedById) {
          throw forbidden('Đại biểu chỉ ghi nhận câu hỏi chất vấn của chính mình.');
        }
      },
      build: async (m) => {
        const delegate = await m.getRepository(Delegate).findOneBy({ id: input.askedById });
        if (!delegate || delegate.jurisdictionId !== session.jurisdictionId) throw badInput('input.askedById', 'Không có đại biểu HĐND này ở đơn vị hành chính của phiên chất vấn.');
        if (delegate.mandateEndedOn !== null && delegate.mandateEndedOn < session.heldOn) throw badInput('input.askedById', 'Đại biểu đã thôi làm nhiệm vụ trước ngày chất vấn.');
        // Numbered under the session's row lock, so two questions recorded at once get two numbers.
        await m.getRepository(QuestioningSession).createQueryBuilder('q').setLock('pessimistic_write').where('q.id = :id', { id: session.id }).getOne();
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM "council"."question" WHERE "questioning_session_id" = $1`, [session.id]);
        return m.getRepository(Question).create({
          questioningSessionId: session.id,
          jurisdictionId: session.jurisdictionId,
          askedById: delegate.id,
          position: n + 1,
          subject,
          content,
          field: input.field ?? null,
          answererKind: input.answererKind,
          answererName,
          ...answerer,
          answerSummary: null,
          status: 'ASKED',
        });
      },
    });
  }

  /** The answer, once; each commitment made in it is created with its deadline in the same transaction. */
  async answer(id: string, input: AnswerQuestionInput): Promise<Question> {
    const answerSummary = requiredText('input.answerSummary', input.answerSummary, { max: TEXT_LIMIT.text });
    const commitments = (input.commitments ?? []).map((c, i) => ({ content: requiredText(`input.commitments.${i}.content`, c.content, { max: TEXT_LIMIT.text }), dueDate: c.dueDate }));
    const service = new CommitmentsService(this.ctx);
    const calculate = await service.calculator();
    return changeRow(this.ctx, {
      operation: 'answerQuestion',
      entity: Question,
      id,
      field: 'id',
      from: { states: ['ASKED'], message: 'Câu hỏi đã được trả lời.' },
      authorize: (q) => this.ctx.access.requireWrite(questioningRule, q),
      apply: async (m, q) => {
        const session = await this.found(q.questioningSessionId, 'id');
        Object.assign(q, { answerSummary, status: 'ANSWERED' });
        await service.make(m, q, session.heldOn, commitments, calculate);
      },
    });
  }

  private questions() {
    return this.ctx.db.getRepository(Question);
  }
}

/** Who owes an answer's commitments: a department, an official (with their department when known), or the chair. */
function answeringBody(input: AskQuestionInput): Pick<Question, 'answeringDepartmentId' | 'answeringOfficialId'> {
  const departmentId = input.answeringDepartmentId == null ? null : uuid('input.answeringDepartmentId', input.answeringDepartmentId);
  const officialId = input.answeringOfficialId == null ? null : uuid('input.answeringOfficialId', input.answeringOfficialId);
  if (input.answererKind === 'DEPARTMENT' && !departmentId) throw badInput('input.answeringDepartmentId', 'Cần nêu phòng, ban trả lời chất vấn.');
  if (input.answererKind === 'OFFICIAL' && !officialId) throw badInput('input.answeringOfficialId', 'Cần nêu cán bộ trả lời chất vấn.');
  if (input.answererKind !== 'OFFICIAL' && officialId) throw badInput('input.answeringOfficialId', 'Chỉ nêu cán bộ khi người trả lời là một cán bộ.');
  if (input.answererKind === 'CHAIR' && departmentId) throw badInput('input.answeringDepartmentId', 'Chủ tịch UBND trả lời thì không nêu phòng, ban.');
  return { answeringDepartmentId: departmentId, answeringOfficialId: officialId };
}
