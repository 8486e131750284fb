import { badInput, byKeys, conflict, notFound, paginate, type GraphContext, type PageArgs } from '@phoihop/core';
import { COORDINATION_READERS, COUNCIL_WRITERS } from '../access';
import type { JointMeetingAttendeeInput, JointMeetingKind, RecordJointMeetingInput, UpdateJointMeetingInput } from '../generated/graphql';
import type { Session } from '../sessions/session.entity';
import { SessionsService } from '../sessions/sessions.service';
import { isUniqueViolation, optionalText, text, uuid } from '../validate';
import { JointMeeting, type Attendee } from './joint-meeting.entity';

const BODIES = ['COUNCIL', 'COMMITTEE', 'FRONT'] as const;

/** Joint meetings of the three bodies: internal records, read by the roles of the jurisdiction. */
export class JointMeetingsService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  async byId(id: string): Promise<JointMeeting | null> {
    const meeting = await this.ctx.loaders
      .get<string, JointMeeting>('JointMeeting.byId', async (ids) =>
        byKeys(ids, await this.ctx.db.getRepository(JointMeeting).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids }).getMany(), (m) => m.id),
      )
      .load(id);
    if (meeting) this.ctx.access.require(COORDINATION_READERS, { jurisdictionId: meeting.jurisdictionId });
    return meeting;
  }

  list(filter: { jurisdictionId: string; kind?: JointMeetingKind | null; year?: number | null }, page: PageArgs) {
    this.ctx.access.require(COORDINATION_READERS, { jurisdictionId: filter.jurisdictionId });
    const qb = this.ctx.db.getRepository(JointMeeting).createQueryBuilder('m').where('m.jurisdiction_id = :j', { j: filter.jurisdictionId });
    if (filter.kind) qb.andWhere('m.kind = :k', { k: filter.kind });
    if (filter.year) qb.andWhere('extract(year FROM m.held_on) = :y', { y: filter.year });
    return paginate(qb, page, { column: 'm.held_on', direction: 'DESC', value: (m) => m.heldOn });
  }

  sessionsWithoutPreSessionMeeting(jurisdictionId: string, page: PageArgs) {
    this.ctx.access.require(COORDINATION_READERS, { jurisdictionId });
    return new SessionsService(this.ctx).withoutPreSessionMeeting(jurisdictionId, page);
  }

  /** The session's pre-session meeting; batched over the sessions of a page. */
  async preSessionMeetingOf(session: Session): Promise<JointMeeting | null> {
    this.ctx.access.require(COORDINATION_READERS, { jurisdictionId: session.jurisdictionId });
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
    const jurisdictionId = uuid('input.jurisdictionId', input.jurisdictionId);
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId });
    const title = text('input.title', input.title);
    this.checkHeldOn(input.heldOn);
    const attendees = this.attendees(input.attendees);
    const conclusions = this.conclusions(input.conclusions ?? []);
    let sessionId: string | null = null;
    if (input.kind === 'PRE_SESSION') {
      if (!input.sessionId) throw badInput('input.sessionId', 'Hội nghị liên tịch trước kỳ họp phải gắn với một kỳ họp.');
      const session = await new SessionsService(this.ctx).get(uuid('input.sessionId', input.sessionId), 'input.sessionId');
      if (session.jurisdictionId !== jurisdictionId) throw badInput('input.sessionId', 'Kỳ họp không thuộc đơn vị hành chính này.');
      if (session.status === 'CANCELLED') throw conflict('Kỳ họp không tổ chức.', 'input.sessionId');
      checkPreSession(session, input.heldOn, attendees);
      sessionId = session.id;
    } else if (input.sessionId) {
      throw badInput('input.sessionId', 'Chỉ hội nghị liên tịch trước kỳ họp mới gắn với kỳ họp.');
    }
    try {
      return await this.ctx.db.getRepository(JointMeeting).save(
        this.ctx.db.getRepository(JointMeeting).create({
          jurisdictionId,
          kind: input.kind,
          sessionId,
          title,
          heldOn: input.heldOn,
          location: optionalText(input.location),
          attendees,
          conclusions,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Kỳ họp này đã có hội nghị liên tịch.', 'input.sessionId');
      throw error;
    }
  }

  async update(id: string, input: UpdateJointMeetingInput): Promise<JointMeeting> {
    const meeting = await this.byId(uuid('id', id));
    if (!meeting) throw notFound('JointMeeting', id, 'id');
    this.ctx.access.require(COUNCIL_WRITERS, { jurisdictionId: meeting.jurisdictionId });
    for (const field of ['title', 'heldOn', 'attendees', 'conclusions'] as const) {
      if (input[field] === null) throw badInput(`input.${field}`, 'Không được để trống.');
    }
    const next = {
      title: input.title == null ? meeting.title : text('input.title', input.title),
      heldOn: input.heldOn ?? meeting.heldOn,
      location: input.location === undefined ? meeting.location : optionalText(input.location),
      attendees: input.attendees ? this.attendees(input.attendees) : meeting.attendees,
      conclusions: input.conclusions ? this.conclusions(input.conclusions) : meeting.conclusions,
    };
    if (input.heldOn) this.checkHeldOn(input.heldOn);
    if (meeting.sessionId) checkPreSession(await new SessionsService(this.ctx).get(meeting.sessionId), next.heldOn, next.attendees);
    return this.ctx.db.getRepository(JointMeeting).save(Object.assign(meeting, next));
  }

  private checkHeldOn(heldOn: string): void {
    if (heldOn > this.ctx.today()) throw badInput('input.heldOn', 'Chỉ ghi nhận hội nghị đã diễn ra.');
  }

  private attendees(input: readonly JointMeetingAttendeeInput[]): Attendee[] {
    return input.map((a, i) => ({ body: a.body, name: text(`input.attendees.${i}.name`, a.name), title: optionalText(a.title) }));
  }

  private conclusions(input: readonly string[]): string[] {
    return input.map((c, i) => text(`input.conclusions.${i}`, c));
  }
}

/** A pre-session meeting is held before the session opens, with all three bodies at the table. */
function checkPreSession(session: Session, heldOn: string, attendees: readonly Attendee[]): void {
  if (heldOn > session.plannedStartDate) throw badInput('input.heldOn', 'Hội nghị liên tịch phải họp trước ngày khai mạc kỳ họp.');
  const missing = BODIES.filter((b) => !attendees.some((a) => a.body === b));
  if (missing.length) throw badInput('input.attendees', `Thiếu thành phần tham dự: ${missing.join(', ')}.`);
}
