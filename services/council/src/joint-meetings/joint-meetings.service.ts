import { badInput, byKeys, changedText, changeRow, conflict, createRow, notAfter, optionalText, paginate, requiredText, TEXT_LIMIT, rowLoader, type GraphContext, type PageArgs } from '@phoihop/core';
import { coordinationRule } from '../access';
import type { JointMeetingAttendeeInput, JointMeetingKind, RecordJointMeetingInput, UpdateJointMeetingInput } from '../generated/graphql';
import type { Session } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { JointMeeting, type Attendee } from './joint-meeting.entity';

const BODIES = ['COUNCIL', 'COMMITTEE', 'FRONT'] as const;

/** Joint meetings of the three bodies: internal records, read by the roles of the jurisdiction. */
export class JointMeetingsService {
  constructor(private readonly ctx: GraphContext) {}

  async byId(id: string): Promise<JointMeeting | null> {
    const meeting = await rowLoader(this.ctx, JointMeeting).load(id);
    return this.ctx.access.readable(coordinationRule, meeting);
  }

  list(filter: { jurisdictionId: string; kind?: JointMeetingKind | null; year?: number | null }, page: PageArgs) {
    this.ctx.access.requireRead(coordinationRule, filter);
    const qb = this.ctx.db.getRepository(JointMeeting).createQueryBuilder('m').where('m.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.kind) qb.andWhere('m.kind = :k', { k: filter.kind });
    if (filter.year) qb.andWhere('extract(year FROM m.held_on) = :y', { y: filter.year });
    return paginate(qb, page, { column: 'm.held_on', direction: 'DESC', value: (m) => m.heldOn });
  }

  sessionsWithoutPreSessionMeeting(jurisdictionId: string, page: PageArgs) {
    this.ctx.access.requireRead(coordinationRule, { jurisdictionId });
    return new SessionsService(this.ctx).withoutPreSessionMeeting(jurisdictionId, page);
  }

  /** The session's pre-session meeting; batched over the sessions of a page. */
  async preSessionMeetingOf(session: Session): Promise<JointMeeting | null> {
    this.ctx.access.requireRead(coordinationRule, session);
    return this.ctx.loaders
      .get<string, JointMeeting>('JointMeeting.preSessionBySession', async (ids) =>
        byKeys(
          ids,
          await this.ctx.db
            .getRepository(JointMeeting)
            .createQueryBuilder('m')
            .where('m.session_id = ANY(:ids)', { ids })
            .andWhere(`m.kind = 'PRE_SESSION'`)
            .getMany(),
          (m) => m.sessionId!,
        ),
      )
      .load(session.id);
  }

  async record(input: RecordJointMeetingInput): Promise<JointMeeting> {
    const { jurisdictionId } = input;
    const title = requiredText('input.title', input.title, { max: TEXT_LIMIT.title });
    this.checkHeldOn(input.heldOn);
    const location = optionalText('input.location', input.location, { max: TEXT_LIMIT.name }) ?? null;
    const attendees = this.attendees(input.attendees);
    const conclusions = this.conclusions(input.conclusions ?? []);
    if (input.kind === 'PRE_SESSION' && !input.sessionId) throw badInput('input.sessionId', 'Hội nghị liên tịch trước kỳ họp phải gắn với một kỳ họp.');
    if (input.kind !== 'PRE_SESSION' && input.sessionId) throw badInput('input.sessionId', 'Chỉ hội nghị liên tịch trước kỳ họp mới gắn với kỳ họp.');
    return createRow(this.ctx, {
      operation: 'recordJointMeeting',
      entity: JointMeeting,
      authorize: () => this.ctx.access.requireWrite(coordinationRule, { jurisdictionId }),
      build: async (m) => {
        if (input.sessionId) {
          const session = await new SessionsService(this.ctx).get(input.sessionId, 'input.sessionId');
          if (session.jurisdictionId !== jurisdictionId) throw badInput('input.sessionId', 'Kỳ họp không thuộc đơn vị hành chính này.');
          if (session.status === 'CANCELLED') throw conflict('Kỳ họp không tổ chức.', 'input.sessionId');
          checkPreSession(session, input.heldOn, attendees);
        }
        return m.getRepository(JointMeeting).create({ jurisdictionId, kind: input.kind, sessionId: input.sessionId ?? null, title, heldOn: input.heldOn, location, attendees, conclusions });
      },
      unique: { field: 'input.sessionId', message: 'Kỳ họp này đã có hội nghị liên tịch.' },
    });
  }

  update(id: string, input: UpdateJointMeetingInput): Promise<JointMeeting> {
    for (const field of ['title', 'heldOn', 'attendees', 'conclusions'] as const) {
      if (input[field] === null) throw badInput(`input.${field}`, 'Không được để trống.');
    }
    const title = changedText('input.title', input.title, { max: TEXT_LIMIT.title });
    const location = optionalText('input.location', input.location, { max: TEXT_LIMIT.name });
    if (input.heldOn) this.checkHeldOn(input.heldOn);
    const attendees = input.attendees ? this.attendees(input.attendees) : undefined;
    const conclusions = input.conclusions ? this.conclusions(input.conclusions) : undefined;
    return changeRow(this.ctx, {
      operation: 'updateJointMeeting',
      entity: JointMeeting,
      rule: coordinationRule,
      id,
      field: 'id',
      apply: async (_m, meeting) => {
        Object.assign(meeting, {
          title: title ?? meeting.title,
          heldOn: input.heldOn ?? meeting.heldOn,
          location: location === undefined ? meeting.location : location,
          attendees: attendees ?? meeting.attendees,
          conclusions: conclusions ?? meeting.conclusions,
        });
        if (meeting.sessionId) checkPreSession(await new SessionsService(this.ctx).get(meeting.sessionId), meeting.heldOn, meeting.attendees);
      },
    });
  }

  private checkHeldOn(heldOn: string): void {
    notAfter('input.heldOn', heldOn, this.ctx.today(), 'Chỉ ghi nhận hội nghị đã diễn ra.');
  }

  private attendees(input: readonly JointMeetingAttendeeInput[]): Attendee[] {
    return input.map((a, i) => ({
      body: a.body,
      name: requiredText(`input.attendees.${i}.name`, a.name, { max: TEXT_LIMIT.name }),
      title: optionalText(`input.attendees.${i}.title`, a.title, { max: TEXT_LIMIT.name }) ?? null,
    }));
  }

  private conclusions(input: readonly string[]): string[] {
    return input.map((c, i) => requiredText(`input.conclusions.${i}`, c, { max: TEXT_LIMIT.text }));
  }
}

/** A pre-session meeting is held before the session opens, with all three bodies at the table. */
function checkPreSession(session: Session, heldOn: string, attendees: readonly Attendee[]): void {
  if (heldOn > session.plannedStartDate) throw badInput('input.heldOn', 'Hội nghị liên tịch phải họp trước ngày khai mạc kỳ họp.');
  const missing = BODIES.filter((b) => !attendees.some((a) => a.body === b));
  if (missing.length) throw badInput('input.attendees', `Thiếu thành phần tham dự: ${missing.join(', ')}.`);
}
