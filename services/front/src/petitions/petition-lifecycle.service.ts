import {
  badInput,
  changeRow,
  computeDue,
  conflict,
  createRow,
  deadlineCalculator,
  inOrder,
  notAfter,
  notFound,
  optionalText,
  publishDeadline,
  requiredText,
  TEXT_LIMIT,
  type GraphContext,
  type RowCommand,
} from '@phoihop/core';
import { FRONT_BOARD, PETITION } from '../access';
import { givenAnswer } from '../answers';
import type { AnswerVoterPetitionInput, ForwardVoterPetitionInput, RecordVoterPetitionInput, ReportBackVoterPetitionInput } from '../generated/graphql';
import { MeetingsService } from '../meetings/meetings.service';
import { answerers, validRecipient } from '../recipients';
import { checkNextSession, nextRegularSession } from './next-session';
import { petitionDeadline } from './petition-deadline';
import { VoterPetition } from './voter-petition.entity';

export const CONTENT = { what: 'nội dung kiến nghị', max: TEXT_LIMIT.text };

/** A change to the petition `input.petitionId` on the command path (PETITION's writers unless `authorize` says otherwise); `apply` also stamps `updatedAt`. */
export function changePetition(
  ctx: GraphContext,
  command: Pick<RowCommand<VoterPetition>, 'operation' | 'id' | 'apply' | 'publish'> & { authorize?(p: VoterPetition): void },
): Promise<VoterPetition> {
  return changeRow(ctx, {
    ...command,
    rule: PETITION,
    field: 'input.petitionId',
    apply: async (m, p) => {
      await command.apply(m, p);
      p.updatedAt = ctx.clock.now();
    },
  });
}

const publish = (m: Parameters<typeof publishDeadline>[0], p: VoterPetition) => publishDeadline(m, petitionDeadline, p);

/** A voter petition's hand-offs, each on the command path with its deadline event. */
export class PetitionLifecycleService {
  constructor(private readonly ctx: GraphContext) {}

  async record(input: RecordVoterPetitionInput): Promise<VoterPetition> {
    const content = requiredText('input.content', input.content, CONTENT);
    const meeting = await new MeetingsService(this.ctx).found(input.meetingId, 'input.meetingId');
    return createRow(this.ctx, {
      operation: 'recordVoterPetition',
      entity: VoterPetition,
      authorize: () => this.ctx.access.requireWrite(PETITION, { jurisdictionId: meeting.jurisdictionId, recipientDepartmentId: null }),
      build: async (m) => {
        if (input.repeatOfId) {
          const earlier = await m.getRepository(VoterPetition).findOneBy({ id: input.repeatOfId });
          if (!earlier || earlier.jurisdictionId !== meeting.jurisdictionId) throw notFound('VoterPetition', input.repeatOfId, 'input.repeatOfId');
          if (earlier.raisedOn >= meeting.heldOn) {
            throw badInput('input.repeatOfId', 'Kiến nghị trùng lặp phải dẫn chiếu một kiến nghị đã nêu ở cuộc tiếp xúc trước.');
          }
        }
        const now = this.ctx.clock.now();
        return m.getRepository(VoterPetition).create({
          jurisdictionId: meeting.jurisdictionId,
          meetingId: meeting.id,
          raisedOn: meeting.heldOn,
          content,
          field: input.field,
          competentLevel: input.competentLevel,
          repeatOfId: input.repeatOfId ?? null,
          status: 'RECEIVED',
          createdAt: now,
          updatedAt: now,
        });
      },
    });
  }

  /** Forwards (or forwards again, moving the due date) to the competent body. */
  async forward(input: ForwardVoterPetitionInput): Promise<VoterPetition> {
    const recipient = validRecipient(input);
    const forwardingDocument = optionalText('input.documentNumber', input.documentNumber, { max: TEXT_LIMIT.code }) ?? null;
    notAfter('input.forwardedOn', input.forwardedOn, this.ctx.today(), 'Ngày chuyển không được sau hôm nay.');
    const session = nextRegularSession(input);
    const calculate = await deadlineCalculator(this.ctx.db, { 'input.start': 'input.forwardedOn', 'input.cap': 'input.nextRegularSessionOn' });
    return changePetition(this.ctx, {
      operation: 'forwardVoterPetition',
      id: input.petitionId,
      authorize: (p) => this.ctx.access.require(FRONT_BOARD, PETITION.scope(p)),
      apply: async (m, p) => {
        if (p.status !== 'RECEIVED' && p.status !== 'FORWARDED') {
          throw conflict(p.status === 'MERGED' ? 'Kiến nghị đã được gộp vào kiến nghị trước.' : 'Kiến nghị đã được trả lời, không thể chuyển lại.', 'input.petitionId');
        }
        inOrder('input.forwardedOn', p.raisedOn, input.forwardedOn, 'Ngày chuyển không được trước ngày tiếp nhận kiến nghị.');
        await checkNextSession(m, session, p.jurisdictionId);
        Object.assign(p, {
          status: 'FORWARDED',
          ...recipient,
          forwardedOn: input.forwardedOn,
          forwardingDocument,
          nextSessionId: session?.nextSessionId ?? null,
          nextSessionOn: session?.nextSessionOn ?? null,
        });
        await computeDue(m, petitionDeadline, p, calculate);
      },
      publish,
    });
  }

  /** The competent body's answer, recorded by the side that gave it; clears the deadline. */
  answer(input: AnswerVoterPetitionInput): Promise<VoterPetition> {
    const answer = givenAnswer(this.ctx, input);
    return changePetition(this.ctx, {
      operation: 'answerVoterPetition',
      id: input.petitionId,
      authorize: (p) => this.ctx.access.require(answerers(p.recipientKind), PETITION.scope(p)),
      apply: (_m, p) => {
        if (p.status === 'RECEIVED') throw conflict('Kiến nghị chưa được chuyển đến cơ quan có thẩm quyền.', 'input.petitionId');
        if (p.status === 'MERGED') throw conflict('Kiến nghị đã được gộp vào kiến nghị trước.', 'input.petitionId');
        if (p.status !== 'FORWARDED') throw conflict('Kiến nghị đã được trả lời.', 'input.petitionId');
        inOrder('input.answeredOn', p.forwardedOn, answer.answeredOn, 'Ngày trả lời không được trước ngày chuyển kiến nghị.');
        Object.assign(p, { status: 'ANSWERED', ...answer });
      },
      publish,
    });
  }

  /** The answer read out to the voters at a later meeting. */
  reportBack(input: ReportBackVoterPetitionInput): Promise<VoterPetition> {
    return changePetition(this.ctx, {
      operation: 'reportBackVoterPetition',
      id: input.petitionId,
      apply: async (m, p) => {
        const meeting = await new MeetingsService(this.ctx).found(input.meetingId, 'input.meetingId', m);
        if (meeting.jurisdictionId !== p.jurisdictionId) throw notFound('VoterContactMeeting', input.meetingId, 'input.meetingId');
        if (p.status !== 'ANSWERED') {
          throw conflict(p.status === 'REPORTED_BACK' ? 'Đã thông báo kết quả cho cử tri.' : 'Kiến nghị chưa có văn bản trả lời.', 'input.petitionId');
        }
        if (meeting.id === p.meetingId || meeting.heldOn < p.answeredOn!) {
          throw badInput('input.meetingId', 'Kết quả trả lời được thông báo tại một cuộc tiếp xúc sau ngày trả lời.');
        }
        Object.assign(p, { status: 'REPORTED_BACK', reportedBackMeetingId: meeting.id });
      },
    });
  }
}
