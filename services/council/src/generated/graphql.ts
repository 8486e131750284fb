import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CouncilTerm as CouncilTermEntity } from '../terms/council-term.entity';
import type { Delegate as DelegateEntity } from '../delegates/delegate.entity';
import type { CouncilCommittee as CouncilCommitteeEntity, CouncilCommitteeMember as CouncilCommitteeMemberEntity } from '../delegates/council-committee.entity';
import type { Session as SessionEntity, AgendaItem as AgendaItemEntity } from '../sessions/session.entity';
import type { JointMeeting as JointMeetingEntity, Attendee as AttendeeEntity } from '../joint-meetings/joint-meeting.entity';
import type { Resolution as ResolutionEntity } from '../resolutions/resolution.entity';
import type { Supervision as SupervisionEntity } from '../supervisions/supervision.entity';
import type { Recommendation as RecommendationEntity } from '../recommendations/recommendation.entity';
import type { RecommendationCorrection as RecommendationCorrectionEntity } from '../recommendations/recommendation-correction.entity';
import type { QuestioningSession as QuestioningSessionEntity, Question as QuestionEntity } from '../questioning/questioning-session.entity';
import type { QuestioningCommitment as QuestioningCommitmentEntity } from '../questioning/questioning-commitment.entity';
import type { CoordinationPlan as CoordinationPlanEntity, PlanActivity as PlanActivityEntity, PlanSignature as PlanSignatureEntity } from '../plans/coordination-plan.entity';
import type { ReportKey as ReportKeyEntity } from '../report/report.service';
import type { ReportTotal as ReportTotalEntity, SearchMatches as SearchMatchesEntity, SearchResultsKey as SearchResultsKeyEntity, GraphContext } from '@phoihop/core';
import type { DelegateScorecardRow as DelegateScorecardRowEntity } from '../scorecards/delegate-scorecards.service';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  Date: { input: string; output: string; }
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AdoptResolutionInput = {
  adoptedOn: Scalars['Date']['input'];
  /** Defaults to the adoption date. */
  effectiveFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Lĩnh vực — the field of responsibility it concerns. */
  field?: InputMaybe<FieldOfResponsibility>;
  /** Số nghị quyết, "28/NQ-HĐND" (tối đa 100 ký tự). */
  number: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
  thematic?: InputMaybe<Scalars['Boolean']['input']>;
  /** Trích yếu (tối đa 1.000 ký tự). */
  title: Scalars['String']['input'];
};

/** Nội dung trình kỳ họp — an agenda item and the body that presents it. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** Received after the deadline, or still missing once it has passed (signed-in users). */
  documentsLate: Scalars['Boolean']['output'];
  /** The day the documents arrived (signed-in users). */
  documentsReceivedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  presenter?: Maybe<Scalars['String']['output']>;
  presentingBody: Body;
  title: Scalars['String']['output'];
};

export type AgendaItemInput = {
  /** Tối đa 300 ký tự. */
  presenter?: InputMaybe<Scalars['String']['input']>;
  presentingBody: Body;
  /** Tối đa 1.000 ký tự. */
  title: Scalars['String']['input'];
};

export type AnswerQuestionInput = {
  /** Tóm tắt trả lời (tối đa 20.000 ký tự). */
  answerSummary: Scalars['String']['input'];
  /** What the answerer committed to, each with its date; may be empty. */
  commitments?: InputMaybe<Array<CommitmentInput>>;
};

/** Người trả lời — a department of the People's Committee, one of its officials, or its chair. */
export type AnswererKind =
  /** Chủ tịch UBND */
  | 'CHAIR'
  /** Thủ trưởng phòng, ban chuyên môn */
  | 'DEPARTMENT'
  /** Cán bộ, công chức được nêu tên */
  | 'OFFICIAL';

export type AskQuestionInput = {
  answererKind: AnswererKind;
  /** Tối đa 300 ký tự. */
  answererName: Scalars['String']['input'];
  /** Required for DEPARTMENT; for OFFICIAL, the official's department when known. */
  answeringDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for OFFICIAL, refused otherwise. */
  answeringOfficialId?: InputMaybe<Scalars['ID']['input']>;
  /** A serving delegate of the jurisdiction. */
  askedById: Scalars['ID']['input'];
  /** Tối đa 20.000 ký tự. */
  content: Scalars['String']['input'];
  field?: InputMaybe<FieldOfResponsibility>;
  questioningSessionId: Scalars['ID']['input'];
  /** Tối đa 1.000 ký tự. */
  subject: Scalars['String']['input'];
};

/** Nhật ký thao tác — one change a mutation made, as the service that owns the entity recorded it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  actorName: Scalars['String']['output'];
  /** The roles of the caller's grants. */
  actorRoles: Array<Scalars['String']['output']>;
  /** The token's subject (`sub`). */
  actorSubject: Scalars['String']['output'];
  /** When, by the system's one clock. */
  at: Scalars['DateTime']['output'];
  /** The fields the mutation changed (all of them on a creation); never the denouncer's identity. */
  changes: Array<AuditFieldChange>;
  entityId: Scalars['ID']['output'];
  /** The entity's type, e.g. CitizenCase. */
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The mutation, e.g. acceptCitizenCase. */
  operation: Scalars['String']['output'];
};

export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  edges: Array<AuditEntryEdge>;
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** One field of an audited change, its values as JSON text (null: absent or null). */
export type AuditFieldChange = {
  __typename?: 'AuditFieldChange';
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/**
 * Nhật ký thao tác của hệ thống — each service keeps the trail of its own entities and serves it
 * under its own field (council, committee, front, notifications); the gateway merges the parts
 * through this entity, so no service reads another's tables. ADMIN only.
 */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** The council service's part, newest first. */
  council?: Maybe<AuditEntryConnection>;
  /** The filter and paging the parts apply, as the root field received them. */
  key: Scalars['ID']['output'];
};

export type AuditLogFilter = {
  actorSubject?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** From this instant on (inclusive). */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before this instant (exclusive). */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Cấp của cơ quan — the level of a body outside this deployment's three (a provincial
 * department, the police, a school, a ministry), named as free text beside it.
 */
export type AuthorityLevel =
  /** Trung ương */
  | 'CENTRAL'
  /** Cấp xã, phường */
  | 'COMMUNE'
  /** Cấp tỉnh */
  | 'PROVINCE';

/** Cơ quan — one of the three bodies bound by the coordination regulation. */
export type Body =
  /** Ủy ban nhân dân */
  | 'COMMITTEE'
  /** Hội đồng nhân dân và Thường trực HĐND */
  | 'COUNCIL'
  /** Ban Thường trực Ủy ban MTTQ Việt Nam */
  | 'FRONT';

export type CancelSessionInput = {
  cancelledOn: Scalars['Date']['input'];
  /** E.g. "Nội dung đã được xem xét tại kỳ họp thường lệ cuối năm" (tối đa 20.000 ký tự). */
  reason: Scalars['String']['input'];
};

export type CloseRecommendationInput = {
  closedOn: Scalars['Date']['input'];
  /** Tối đa 20.000 ký tự. */
  closingNote: Scalars['String']['input'];
  outcome: RecommendationOutcome;
};

export type CommitmentInput = {
  /** Tối đa 20.000 ký tự. */
  content: Scalars['String']['input'];
  /** After the session's day. */
  dueDate: Scalars['Date']['input'];
};

/** Tình trạng cam kết — OPEN until the Standing Committee records it fulfilled. */
export type CommitmentStatus =
  /** Đã thực hiện */
  | 'FULFILLED'
  | 'OPEN';

/** Chương trình phối hợp năm — the yearly coordination plan the three bodies sign. */
export type CoordinationPlan = {
  __typename?: 'CoordinationPlan';
  activities: PlanActivityConnection;
  /** True once the three bodies have signed. */
  fullySigned: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  signatures: Array<PlanSignature>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};


/** Chương trình phối hợp năm — the yearly coordination plan the three bodies sign. */
export type CoordinationPlanActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ownerBody?: InputMaybe<Body>;
  status?: InputMaybe<PlanActivityStatus>;
};

/** Báo cáo tổng kết quy chế phối hợp — the year's figures; each subgraph adds its own. */
export type CoordinationReport = {
  __typename?: 'CoordinationReport';
  /** Số liệu của HĐND — null, with SERVICE_UNAVAILABLE at this path, while the council subgraph cannot answer. */
  council?: Maybe<CouncilFigures>;
  /**
   * Phụ lục — the delegates' scorecards of the report's year (as `delegateScorecards`); null with
   * FORBIDDEN for readers of the public parts only.
   */
  delegateScorecards?: Maybe<DelegateScorecardConnection>;
  jurisdictionId: Scalars['ID']['output'];
  /**
   * Kế hoạch phối hợp năm sau — the plan for the year after the report's, whose activities are
   * the report's tasks for next year; null when none was drafted. Not public: for those who read
   * the jurisdiction's coordination records.
   */
  nextYearPlan?: Maybe<CoordinationPlan>;
  year: Scalars['Int']['output'];
};


/** Báo cáo tổng kết quy chế phối hợp — the year's figures; each subgraph adds its own. */
export type CoordinationReportDelegateScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DelegateScorecardOrder>;
};

export type CoordinationTotal = {
  __typename?: 'CoordinationTotal';
  /** Số liệu của HĐND các cấp trên địa bàn — each jurisdiction's council figures, summed. */
  council: CouncilFigures;
  jurisdictionId: Scalars['ID']['output'];
  jurisdictionIds: Array<Scalars['ID']['output']>;
  year: Scalars['Int']['output'];
};

/** Ban của HĐND — a council committee, e.g. Ban Pháp chế, Ban Kinh tế – Xã hội. */
export type CouncilCommittee = {
  __typename?: 'CouncilCommittee';
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  members: Array<CouncilCommitteeMember>;
  name: Scalars['String']['output'];
  term: CouncilTerm;
};

export type CouncilCommitteeConnection = {
  __typename?: 'CouncilCommitteeConnection';
  edges: Array<CouncilCommitteeEdge>;
  nodes: Array<CouncilCommittee>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouncilCommitteeEdge = {
  __typename?: 'CouncilCommitteeEdge';
  cursor: Scalars['String']['output'];
  node: CouncilCommittee;
};

export type CouncilCommitteeMember = {
  __typename?: 'CouncilCommitteeMember';
  delegate: Delegate;
  role: CouncilCommitteeRole;
};

export type CouncilCommitteeMemberInput = {
  delegateId: Scalars['ID']['input'];
  role: CouncilCommitteeRole;
};

export type CouncilCommitteeMembership = {
  __typename?: 'CouncilCommitteeMembership';
  committee: CouncilCommittee;
  role: CouncilCommitteeRole;
};

/** Vai trò trong ban — a delegate's role in a council committee. */
export type CouncilCommitteeRole =
  | 'DEPUTY_HEAD'
  | 'HEAD'
  | 'MEMBER';

/** Số liệu của Hội đồng nhân dân trong năm — public aggregate figures. */
export type CouncilFigures = {
  __typename?: 'CouncilFigures';
  commitmentsFulfilled: Scalars['Int']['output'];
  commitmentsFulfilledOnTime: Scalars['Int']['output'];
  /** Cam kết made in answer in the year. */
  commitmentsMade: Scalars['Int']['output'];
  /** Made in the year, still open and past due today. */
  commitmentsOverdue: Scalars['Int']['output'];
  /** Phiên giải trình held in the year. */
  explanationSessions: Scalars['Int']['output'];
  extraordinarySessions: Scalars['Int']['output'];
  /** Hội nghị liên tịch trước kỳ họp held in the year. */
  preSessionMeetings: Scalars['Int']['output'];
  /** Phiên chất vấn held in the year, at sessions or Standing Committee meetings. */
  questioningSessions: Scalars['Int']['output'];
  /** Câu hỏi chất vấn put at the year's sessions of both kinds. */
  questionsAsked: Scalars['Int']['output'];
  recommendationsIssued: Scalars['Int']['output'];
  /** Issued in the year, still open and past due today. */
  recommendationsOverdue: Scalars['Int']['output'];
  recommendationsResolved: Scalars['Int']['output'];
  recommendationsResolvedOnTime: Scalars['Int']['output'];
  regularSessions: Scalars['Int']['output'];
  resolutions: Scalars['Int']['output'];
  /** Kỳ họp held (convened) in the year. */
  sessions: Scalars['Int']['output'];
  supervisions: Scalars['Int']['output'];
  surveys: Scalars['Int']['output'];
  thematicResolutions: Scalars['Int']['output'];
  thematicSessions: Scalars['Int']['output'];
};

/** Nhiệm kỳ Hội đồng nhân dân — a council term, e.g. 2021–2026. */
export type CouncilTerm = {
  __typename?: 'CouncilTerm';
  endYear: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  /** Display name, e.g. "Khóa XI, nhiệm kỳ 2021–2026". */
  name: Scalars['String']['output'];
  startYear: Scalars['Int']['output'];
};

export type CouncilTermConnection = {
  __typename?: 'CouncilTermConnection';
  edges: Array<CouncilTermEdge>;
  nodes: Array<CouncilTerm>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CouncilTermEdge = {
  __typename?: 'CouncilTermEdge';
  cursor: Scalars['String']['output'];
  node: CouncilTerm;
};

export type CreateCouncilCommitteeInput = {
  /** E.g. "Ban Pháp chế", "Ban Kinh tế – Xã hội", "Ban Văn hóa – Xã hội" (tối đa 300 ký tự). */
  name: Scalars['String']['input'];
  termId: Scalars['ID']['input'];
};

export type CreateCouncilTermInput = {
  /** At most five years after the start (a council term is five years). */
  endYear: Scalars['Int']['input'];
  jurisdictionId: Scalars['ID']['input'];
  /** E.g. "Khóa XII, nhiệm kỳ 2026–2031" (tối đa 300 ký tự). */
  name: Scalars['String']['input'];
  startYear: Scalars['Int']['input'];
};

export type CreateDelegateInput = {
  /** Tối đa 300 ký tự. */
  electoralUnit: Scalars['String']['input'];
  /** Tối đa 300 ký tự. */
  fullName: Scalars['String']['input'];
  /** One serving CHAIR per term. */
  position: DelegatePosition;
  termId: Scalars['ID']['input'];
};

/** Lý do tính lại thời hạn — what changed in the reference data. */
export type DeadlineRecomputeCause =
  /** Ngày nghỉ, ngày làm bù — a calendar exception was set or removed. */
  | 'CALENDAR'
  /** Quy định thời hạn — a new version of a deadline rule was published. */
  | 'RULE';

/** Loại thời hạn — the kind of item a deadline rule applies to. */
export type DeadlineRuleKind =
  | 'ASSIGNMENT'
  | 'COMPLAINT_ACCEPTANCE'
  | 'COMPLAINT_RESOLUTION'
  | 'DENUNCIATION_INITIAL'
  | 'DENUNCIATION_RESOLUTION'
  | 'FRONT_RECOMMENDATION_ANSWER'
  /** Trả lời kiến nghị, phản ánh đã thụ lý */
  | 'PETITION_ANSWER'
  /** Xử lý đơn kiến nghị, phản ánh (10 ngày làm việc từ khi nhận) */
  | 'PETITION_PROCESSING'
  /** Thực hiện cam kết khi trả lời chất vấn, giải trình (hạn do người trả lời nêu) */
  | 'QUESTIONING_COMMITMENT'
  | 'RECOMMENDATION_FOLLOW_UP'
  | 'SESSION_DOCUMENTS'
  | 'VOTER_PETITION_ANSWER';

/** Đại biểu Hội đồng nhân dân — a council delegate elected for one term. */
export type Delegate = {
  __typename?: 'Delegate';
  /** False once the delegate has left the council. */
  active: Scalars['Boolean']['output'];
  committees: Array<CouncilCommitteeMembership>;
  /** Đơn vị bầu cử — the electoral unit that elected the delegate. */
  electoralUnit: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  mandateEndReason?: Maybe<Scalars['String']['output']>;
  /** Thôi làm nhiệm vụ đại biểu — the day the delegate left the council. */
  mandateEndedOn?: Maybe<Scalars['Date']['output']>;
  position: DelegatePosition;
  term: CouncilTerm;
};

export type DelegateConnection = {
  __typename?: 'DelegateConnection';
  edges: Array<DelegateEdge>;
  nodes: Array<Delegate>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DelegateEdge = {
  __typename?: 'DelegateEdge';
  cursor: Scalars['String']['output'];
  node: Delegate;
};

/** Chức vụ của đại biểu — a delegate's position in the council. */
export type DelegatePosition =
  /** Chủ tịch HĐND */
  | 'CHAIR'
  /** Phó trưởng ban của HĐND */
  | 'COMMITTEE_DEPUTY_HEAD'
  /** Trưởng ban của HĐND */
  | 'COMMITTEE_HEAD'
  /** Ủy viên ban của HĐND */
  | 'COMMITTEE_MEMBER'
  /** Đại biểu HĐND */
  | 'DELEGATE'
  /** Ủy viên Thường trực HĐND */
  | 'STANDING_MEMBER'
  /** Phó Chủ tịch HĐND */
  | 'VICE_CHAIR';

/** Kết quả hoạt động của một đại biểu HĐND trong năm. */
export type DelegateScorecard = {
  __typename?: 'DelegateScorecard';
  delegate: Delegate;
  delegateId: Scalars['ID']['output'];
  /**
   * Cuộc khảo sát, giám sát đã tham gia — started in the year and run by a council committee the
   * delegate sits on, or by the Standing Committee when the delegate is one of its members.
   */
  supervisions: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type DelegateScorecardConnection = {
  __typename?: 'DelegateScorecardConnection';
  edges: Array<DelegateScorecardEdge>;
  nodes: Array<DelegateScorecard>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DelegateScorecardEdge = {
  __typename?: 'DelegateScorecardEdge';
  cursor: Scalars['String']['output'];
  node: DelegateScorecard;
};

/** How delegate scorecards are sorted (by the council's figures); ties go by name. */
export type DelegateScorecardOrder =
  /** By name */
  | 'NAME'
  /** Fewest supervisions first (the default): who is behind */
  | 'SUPERVISIONS';

/** Phòng, ban chuyên môn — a department of the People's Committee (owned by the committee subgraph). */
export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
};

export type DraftCoordinationPlanInput = {
  activities?: InputMaybe<Array<PlanActivityInput>>;
  jurisdictionId: Scalars['ID']['input'];
  /** Tối đa 1.000 ký tự. */
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type EndDelegateMandateInput = {
  endedOn: Scalars['Date']['input'];
  /** E.g. "Chuyển công tác", "Nghỉ hưu", "Bãi nhiệm" (tối đa 20.000 ký tự). */
  reason: Scalars['String']['input'];
};

/**
 * Mã lỗi — the `extensions.code` of every error this API answers with. Clients switch on it,
 * never on the message (messages are Vietnamese text for people and may change).
 * Every refused change writes nothing.
 */
export type ErrorCode =
  /** Đầu vào không hợp lệ: `extensions.field` names the input at fault, as a path (`input.round`, `input.dueDate`). */
  | 'BAD_USER_INPUT'
  /** Xung đột với trạng thái hiện tại: e.g. closing a session twice, a third extension; `extensions.field` when one is at fault. */
  | 'CONFLICT'
  /** Không có quyền: the signed-in user's roles do not allow this. */
  | 'FORBIDDEN'
  /** The operation does not parse (GraphQL syntax). */
  | 'GRAPHQL_PARSE_FAILED'
  /** The operation does not match the schema, or exceeds a limit (depth, aliases, tokens, cost, `first` > 100). */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Unexpected failure on the server; retrying may help, reporting it will. */
  | 'INTERNAL_SERVER_ERROR'
  /** Không tìm thấy: `extensions.type` and `extensions.id` name what is missing; `extensions.field` the input that named it. */
  | 'NOT_FOUND'
  /** An automatic persisted query's hash is unknown to the gateway: send it again with the full query text. */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Chưa đăng nhập: no token, or one that is invalid or expired (HTTP 401). */
  | 'UNAUTHENTICATED';

/**
 * Lĩnh vực phụ trách — the field of responsibility of a case, recommendation, petition or
 * directive; it routes escalation to the vice-chair whose portfolio covers it.
 */
export type FieldOfResponsibility =
  /** Cải cách hành chính */
  | 'ADMINISTRATION'
  /** Tiếp công dân, giải quyết khiếu nại, tố cáo */
  | 'COMPLAINTS'
  /** Xây dựng */
  | 'CONSTRUCTION'
  /** Giáo dục */
  | 'EDUCATION'
  /** Tài nguyên, môi trường */
  | 'ENVIRONMENT'
  /** Tài chính, ngân sách */
  | 'FINANCE'
  /** Y tế */
  | 'HEALTH'
  /** Đầu tư, kinh tế */
  | 'INVESTMENT'
  /** Lao động, việc làm */
  | 'LABOUR'
  /** Đất đai */
  | 'LAND'
  /** Lĩnh vực khác */
  | 'OTHER'
  /** An ninh, trật tự */
  | 'SECURITY_ORDER'
  /** Chính sách xã hội, người có công */
  | 'SOCIAL_POLICY'
  /** Hạ tầng giao thông */
  | 'TRANSPORT'
  /** Đô thị, điện, nước, chiếu sáng */
  | 'URBAN';

export type FulfilCommitmentInput = {
  /** Not after today, not before the commitment was made. */
  fulfilledOn: Scalars['Date']['input'];
  /** Báo cáo kết quả thực hiện (tối đa 20.000 ký tự). */
  report: Scalars['String']['input'];
};

export type IssueRecommendationInput = {
  addressedTo: Body;
  /** Nội dung kiến nghị (tối đa 20.000 ký tự). */
  content: Scalars['String']['input'];
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  dueDate: Scalars['Date']['input'];
  /** An addressee outside the three bodies; then `addressedTo` is COUNCIL, which follows it up, and no departments are named. */
  externalAddressee?: InputMaybe<RecommendationAddresseeInput>;
  /** Lĩnh vực phụ trách: picks the vice-chair an escalation reaches. */
  field?: InputMaybe<FieldOfResponsibility>;
  supervisionId: Scalars['ID']['input'];
};

/** Hội nghị liên tịch — a joint meeting of the council, the committee and the Front. */
export type JointMeeting = {
  __typename?: 'JointMeeting';
  attendees: Array<JointMeetingAttendee>;
  /** Attendees of one body. */
  attendeesOf: Array<JointMeetingAttendee>;
  /** Kết luận — the conclusions read out. */
  conclusions: Array<Scalars['String']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  kind: JointMeetingKind;
  location?: Maybe<Scalars['String']['output']>;
  /** The session it prepares (PRE_SESSION only). */
  session?: Maybe<Session>;
  title: Scalars['String']['output'];
};


/** Hội nghị liên tịch — a joint meeting of the council, the committee and the Front. */
export type JointMeetingAttendeesOfArgs = {
  body: Body;
};

export type JointMeetingAttendee = {
  __typename?: 'JointMeetingAttendee';
  body: Body;
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type JointMeetingAttendeeInput = {
  body: Body;
  /** Tối đa 300 ký tự. */
  name: Scalars['String']['input'];
  /** Tối đa 300 ký tự. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type JointMeetingConnection = {
  __typename?: 'JointMeetingConnection';
  edges: Array<JointMeetingEdge>;
  nodes: Array<JointMeeting>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JointMeetingEdge = {
  __typename?: 'JointMeetingEdge';
  cursor: Scalars['String']['output'];
  node: JointMeeting;
};

/** Loại hội nghị liên tịch — kind of joint meeting. */
export type JointMeetingKind =
  | 'OTHER'
  /** Hội nghị liên tịch chuẩn bị kỳ họp */
  | 'PRE_SESSION'
  /** Hội nghị tổng kết quy chế phối hợp */
  | 'REVIEW_CONFERENCE';

export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addAgendaItem: Session;
  addPlanActivity: PlanActivity;
  /** Records a resolution adopted at a convened or closed session. */
  adoptResolution: Resolution;
  /** Records the answer once, with the commitments made; each commitment's date becomes a tracked deadline. */
  answerQuestion: Question;
  /** Records a question put at the session (the Standing Committee, or a delegate for a question of their own). */
  askQuestion: Question;
  /** A PLANNED session that will not be held: its document deadline is cleared. */
  cancelSession: Session;
  closeRecommendation: Recommendation;
  closeSession: Session;
  concludeSupervision: Supervision;
  conveneSession: Session;
  createCouncilCommittee: CouncilCommittee;
  /** Opens a term; terms of one jurisdiction may not overlap (a term ending in 2026 and one starting in 2026 do not). */
  createCouncilTerm: CouncilTerm;
  createDelegate: Delegate;
  draftCoordinationPlan: CoordinationPlan;
  /** The delegate leaves the council on that day, and leaves its committees with it. */
  endDelegateMandate: Delegate;
  /** Records a commitment fulfilled with the report of what was done; its deadline is cleared. */
  fulfilCommitment: QuestioningCommitment;
  /** Issues a recommendation from a concluded supervision; its due date comes from the conclusion. */
  issueRecommendation: Recommendation;
  markPlanActivityDone: PlanActivity;
  moveRecommendationDueDate: Recommendation;
  planSupervision: Supervision;
  /**
   * Tính lại thời hạn — recomputes the due dates of this body's open items after a calendar edit
   * (the days `from`–`to`) or a new rule version (`ruleKind`, in force from `from`), and
   * publishes each one that moved. Workers and admins only; running it twice moves nothing.
   * Returns how many due dates moved.
   */
  recomputeCouncilDeadlines: Scalars['Int']['output'];
  /** Records the day an agenda item's documents arrived; when all have, the deadline is met. */
  recordAgendaDocuments: AgendaItem;
  recordJointMeeting: JointMeeting;
  /** Records a questioning or explanation session held at a council session or a Standing Committee meeting. */
  recordQuestioningSession: QuestioningSession;
  repealResolution: Resolution;
  /** Moves a planned session; its document deadline moves with it. */
  rescheduleSession: Session;
  scheduleSession: Session;
  /** Replaces the committee's members: serving delegates of its term, at most one HEAD. */
  setCouncilCommitteeMembers: CouncilCommittee;
  /** Each body signs for itself: COUNCIL by the Standing Committee, COMMITTEE by a leader, FRONT by its Standing Board. */
  signCoordinationPlan: CoordinationPlan;
  startSupervision: Supervision;
  updateDelegate: Delegate;
  /** Corrects the attendees, conclusions, date, title or place of a recorded joint meeting. */
  updateJointMeeting: JointMeeting;
  /** Corrects the text or the departments concerned while the recommendation is open. */
  updateRecommendation: Recommendation;
  /** Corrects the subject, period or targets while the supervision is not concluded. */
  updateSupervision: Supervision;
};


export type MutationAddAgendaItemArgs = {
  input: AgendaItemInput;
  sessionId: Scalars['ID']['input'];
};


export type MutationAddPlanActivityArgs = {
  input: PlanActivityInput;
  planId: Scalars['ID']['input'];
};


export type MutationAdoptResolutionArgs = {
  input: AdoptResolutionInput;
};


export type MutationAnswerQuestionArgs = {
  id: Scalars['ID']['input'];
  input: AnswerQuestionInput;
};


export type MutationAskQuestionArgs = {
  input: AskQuestionInput;
};


export type MutationCancelSessionArgs = {
  id: Scalars['ID']['input'];
  input: CancelSessionInput;
};


export type MutationCloseRecommendationArgs = {
  id: Scalars['ID']['input'];
  input: CloseRecommendationInput;
};


export type MutationCloseSessionArgs = {
  actualEndDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationConcludeSupervisionArgs = {
  conclusion: Scalars['String']['input'];
  conclusionDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationConveneSessionArgs = {
  actualStartDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCreateCouncilCommitteeArgs = {
  input: CreateCouncilCommitteeInput;
};


export type MutationCreateCouncilTermArgs = {
  input: CreateCouncilTermInput;
};


export type MutationCreateDelegateArgs = {
  input: CreateDelegateInput;
};


export type MutationDraftCoordinationPlanArgs = {
  input: DraftCoordinationPlanInput;
};


export type MutationEndDelegateMandateArgs = {
  id: Scalars['ID']['input'];
  input: EndDelegateMandateInput;
};


export type MutationFulfilCommitmentArgs = {
  id: Scalars['ID']['input'];
  input: FulfilCommitmentInput;
};


export type MutationIssueRecommendationArgs = {
  input: IssueRecommendationInput;
};


export type MutationMarkPlanActivityDoneArgs = {
  doneOn: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationMoveRecommendationDueDateArgs = {
  dueDate: Scalars['Date']['input'];
  id: Scalars['ID']['input'];
};


export type MutationPlanSupervisionArgs = {
  input: PlanSupervisionInput;
};


export type MutationRecomputeCouncilDeadlinesArgs = {
  cause: DeadlineRecomputeCause;
  from: Scalars['Date']['input'];
  ruleKind?: InputMaybe<DeadlineRuleKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRecordAgendaDocumentsArgs = {
  agendaItemId: Scalars['ID']['input'];
  receivedOn: Scalars['Date']['input'];
};


export type MutationRecordJointMeetingArgs = {
  input: RecordJointMeetingInput;
};


export type MutationRecordQuestioningSessionArgs = {
  input: RecordQuestioningSessionInput;
};


export type MutationRepealResolutionArgs = {
  id: Scalars['ID']['input'];
  repealedOn: Scalars['Date']['input'];
};


export type MutationRescheduleSessionArgs = {
  id: Scalars['ID']['input'];
  input: RescheduleSessionInput;
};


export type MutationScheduleSessionArgs = {
  input: ScheduleSessionInput;
};


export type MutationSetCouncilCommitteeMembersArgs = {
  committeeId: Scalars['ID']['input'];
  members: Array<CouncilCommitteeMemberInput>;
};


export type MutationSignCoordinationPlanArgs = {
  input: SignCoordinationPlanInput;
  planId: Scalars['ID']['input'];
};


export type MutationStartSupervisionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateDelegateArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDelegateInput;
};


export type MutationUpdateJointMeetingArgs = {
  id: Scalars['ID']['input'];
  input: UpdateJointMeetingInput;
};


export type MutationUpdateRecommendationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRecommendationInput;
};


export type MutationUpdateSupervisionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateSupervisionInput;
};

/** Cán bộ, công chức của UBND — an official (owned by the committee subgraph). */
export type Official = {
  __typename?: 'Official';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PlanActivity = {
  __typename?: 'PlanActivity';
  doneOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  ownerBody: Body;
  plannedOn: Scalars['Date']['output'];
  status: PlanActivityStatus;
  title: Scalars['String']['output'];
};

export type PlanActivityConnection = {
  __typename?: 'PlanActivityConnection';
  edges: Array<PlanActivityEdge>;
  nodes: Array<PlanActivity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlanActivityEdge = {
  __typename?: 'PlanActivityEdge';
  cursor: Scalars['String']['output'];
  node: PlanActivity;
};

export type PlanActivityInput = {
  ownerBody: Body;
  plannedOn: Scalars['Date']['input'];
  /** Tối đa 1.000 ký tự. */
  title: Scalars['String']['input'];
};

export type PlanActivityStatus =
  /** Đã thực hiện */
  | 'DONE'
  /** Quá ngày dự kiến, chưa thực hiện */
  | 'OVERDUE'
  /** Chưa đến hạn */
  | 'PENDING';

export type PlanSignature = {
  __typename?: 'PlanSignature';
  body: Body;
  signedOn: Scalars['Date']['output'];
  signerName: Scalars['String']['output'];
  signerTitle: Scalars['String']['output'];
};

export type PlanSupervisionInput = {
  conductedBy: SupervisingBody;
  /** Required when conductedBy is COUNCIL_COMMITTEE. */
  councilCommitteeId?: InputMaybe<Scalars['ID']['input']>;
  endsOn: Scalars['Date']['input'];
  jurisdictionId: Scalars['ID']['input'];
  kind: SupervisionKind;
  reviewFrom?: InputMaybe<Scalars['Date']['input']>;
  reviewTo?: InputMaybe<Scalars['Date']['input']>;
  startsOn: Scalars['Date']['input'];
  /** Tối đa 1.000 ký tự. */
  subject: Scalars['String']['input'];
  targetDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  targetResolutionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  thematic?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Query = {
  __typename?: 'Query';
  auditLog: AuditLog;
  coordinationPlan?: Maybe<CoordinationPlan>;
  councilCommittees: CouncilCommitteeConnection;
  councilTerm?: Maybe<CouncilTerm>;
  councilTerms: CouncilTermConnection;
  delegate?: Maybe<Delegate>;
  /**
   * Kết quả hoạt động của đại biểu — each delegate serving in the year: supervisions taken part
   * in (council), voter-contact meetings attended and petitions collected, answered and reported
   * back (Front). For those who read the jurisdiction's coordination records.
   */
  delegateScorecards: DelegateScorecardConnection;
  /** Delegates by jurisdiction, term or committee; `search` ignores diacritics ("thanh hang" finds "Thanh Hằng"); `active` keeps those still serving (true) or those who left (false). */
  delegates: DelegateConnection;
  jointMeeting?: Maybe<JointMeeting>;
  jointMeetings: JointMeetingConnection;
  questioningCommitment?: Maybe<QuestioningCommitment>;
  questioningCommitments: QuestioningCommitmentConnection;
  questioningSession?: Maybe<QuestioningSession>;
  questioningSessions: QuestioningSessionConnection;
  recommendation?: Maybe<Recommendation>;
  recommendations: RecommendationConnection;
  resolution?: Maybe<Resolution>;
  resolutions: ResolutionConnection;
  /** Session schedules are public. */
  session?: Maybe<Session>;
  sessions: SessionConnection;
  /** Planned sessions from today on that have no pre-session joint meeting yet (the regulation wants one before each). */
  sessionsWithoutPreSessionMeeting: SessionConnection;
  supervision?: Maybe<Supervision>;
  supervisions: SupervisionConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoordinationPlanArgs = {
  jurisdictionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryCouncilCommitteesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  termId: Scalars['ID']['input'];
};


export type QueryCouncilTermArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCouncilTermsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDelegateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDelegateScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  orderBy?: InputMaybe<DelegateScorecardOrder>;
  year: Scalars['Int']['input'];
};


export type QueryDelegatesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  committeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  termId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryJointMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJointMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  kind?: InputMaybe<JointMeetingKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQuestioningCommitmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestioningCommitmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<CommitmentStatus>;
};


export type QueryQuestioningSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestioningSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  kind?: InputMaybe<QuestioningKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<RecommendationStatus>;
  supervisionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResolutionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  thematic?: InputMaybe<Scalars['Boolean']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySessionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<SessionKind>;
  status?: InputMaybe<SessionStatus>;
  termId?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySessionsWithoutPreSessionMeetingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
};


export type QuerySupervisionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupervisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<SupervisionKind>;
  status?: InputMaybe<SupervisionStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Câu hỏi chất vấn — one question, who asked it, who answered and what was answered. */
export type Question = {
  __typename?: 'Question';
  /** Tóm tắt nội dung trả lời; null until answered. */
  answerSummary?: Maybe<Scalars['String']['output']>;
  answererKind: AnswererKind;
  /** The answerer as introduced: "Trưởng phòng Kinh tế, Hạ tầng và Đô thị Nguyễn Văn A". */
  answererName: Scalars['String']['output'];
  /** The committing department: the deadline's assignee, whose head an escalation reaches first. */
  answeringDepartment?: Maybe<Department>;
  answeringOfficial?: Maybe<Official>;
  /** Đại biểu chất vấn — the delegate (or Standing Committee member) who asked. */
  askedBy: Delegate;
  /** Cam kết — what the answerer committed to, with dates. */
  commitments: Array<QuestioningCommitment>;
  content: Scalars['String']['output'];
  /** Lĩnh vực phụ trách. */
  field?: Maybe<FieldOfResponsibility>;
  id: Scalars['ID']['output'];
  /** Its number in the session, in the order asked. */
  position: Scalars['Int']['output'];
  questioningSession: QuestioningSession;
  subject: Scalars['String']['output'];
};

export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  edges: Array<QuestionEdge>;
  nodes: Array<Question>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  cursor: Scalars['String']['output'];
  node: Question;
};

/** Cam kết khi trả lời chất vấn, giải trình — a commitment with its due date, followed up by the Standing Committee. */
export type QuestioningCommitment = {
  __typename?: 'QuestioningCommitment';
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  content: Scalars['String']['output'];
  /** The date the answerer committed to, rolled forward past a day off. */
  dueDate: Scalars['Date']['output'];
  dueDateExplanation?: Maybe<Scalars['String']['output']>;
  fulfilledOn?: Maybe<Scalars['Date']['output']>;
  /** Fulfilled by the due date; null while open. */
  fulfilledOnTime?: Maybe<Scalars['Boolean']['output']>;
  /** Báo cáo kết quả thực hiện cam kết. */
  fulfilmentReport?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  /** The day it was made: the day of the questioning session. */
  madeOn: Scalars['Date']['output'];
  /** Computed from the due date and today; never stored. */
  overdue: Scalars['Boolean']['output'];
  question: Question;
  /** The date as the answerer stated it. */
  requestedDueDate: Scalars['Date']['output'];
  status: CommitmentStatus;
};


/** Cam kết khi trả lời chất vấn, giải trình — a commitment with its due date, followed up by the Standing Committee. */
export type QuestioningCommitmentAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuestioningCommitmentConnection = {
  __typename?: 'QuestioningCommitmentConnection';
  edges: Array<QuestioningCommitmentEdge>;
  nodes: Array<QuestioningCommitment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestioningCommitmentEdge = {
  __typename?: 'QuestioningCommitmentEdge';
  cursor: Scalars['String']['output'];
  node: QuestioningCommitment;
};

/** Hình thức — chất vấn (questioning) or giải trình (explanation). */
export type QuestioningKind =
  /** Giải trình */
  | 'EXPLANATION'
  /** Chất vấn */
  | 'QUESTIONING';

/** Phiên chất vấn, phiên giải trình — a questioning or explanation session of the council. */
export type QuestioningSession = {
  __typename?: 'QuestioningSession';
  /** Người điều hành phiên. */
  chairedBy?: Maybe<Scalars['String']['output']>;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  kind: QuestioningKind;
  /** The Standing Committee meeting, as its notice names it (venue STANDING_COMMITTEE_MEETING). */
  meetingTitle?: Maybe<Scalars['String']['output']>;
  /** Câu hỏi chất vấn, oldest first. */
  questions: QuestionConnection;
  /** The council session it was held at (venue SESSION). */
  session?: Maybe<Session>;
  /** Nhóm vấn đề chất vấn, nội dung giải trình. */
  subject: Scalars['String']['output'];
  venue: QuestioningVenue;
};


/** Phiên chất vấn, phiên giải trình — a questioning or explanation session of the council. */
export type QuestioningSessionQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuestioningSessionConnection = {
  __typename?: 'QuestioningSessionConnection';
  edges: Array<QuestioningSessionEdge>;
  nodes: Array<QuestioningSession>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type QuestioningSessionEdge = {
  __typename?: 'QuestioningSessionEdge';
  cursor: Scalars['String']['output'];
  node: QuestioningSession;
};

/** Nơi tổ chức — at a council session or at a meeting of the council Standing Committee. */
export type QuestioningVenue =
  /** Tại kỳ họp Hội đồng nhân dân */
  | 'SESSION'
  /** Tại phiên họp Thường trực HĐND */
  | 'STANDING_COMMITTEE_MEETING';

/** Kiến nghị sau giám sát — a recommendation issued by a supervision. */
export type Recommendation = {
  __typename?: 'Recommendation';
  addressedTo: Body;
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** How it was closed. */
  closingNote?: Maybe<Scalars['String']['output']>;
  content: Scalars['String']['output'];
  /** Đính chính — corrections of the text or the departments, oldest first. */
  corrections: RecommendationCorrectionConnection;
  /** The committee's departments concerned; the first is the one the deadline is assigned to. */
  departments?: Maybe<Array<Department>>;
  /** Due date from the supervision conclusion, rolled forward past a day off. */
  dueDate: Scalars['Date']['output'];
  dueDateExplanation?: Maybe<Scalars['String']['output']>;
  /**
   * Cơ quan ngoài ba cơ quan — an addressee outside the three bodies (police, a school, a
   * provincial department); its follow-up is tracked by, and escalated within, the council.
   */
  externalAddressee?: Maybe<RecommendationAddressee>;
  /** Lĩnh vực phụ trách: picks the vice-chair an escalation reaches. */
  field?: Maybe<FieldOfResponsibility>;
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  /** Computed from the due date and today; never stored. */
  overdue: Scalars['Boolean']['output'];
  /** The date as the conclusion wrote it. */
  requestedDueDate: Scalars['Date']['output'];
  /** Resolved by the due date; null while open or when withdrawn. */
  resolvedOnTime?: Maybe<Scalars['Boolean']['output']>;
  status: RecommendationStatus;
  supervision: Supervision;
};


/** Kiến nghị sau giám sát — a recommendation issued by a supervision. */
export type RecommendationAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kiến nghị sau giám sát — a recommendation issued by a supervision. */
export type RecommendationCorrectionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A body outside this deployment's three, named as written, with its level. */
export type RecommendationAddressee = {
  __typename?: 'RecommendationAddressee';
  level: AuthorityLevel;
  name: Scalars['String']['output'];
};

export type RecommendationAddresseeInput = {
  level: AuthorityLevel;
  name: Scalars['String']['input'];
};

export type RecommendationConnection = {
  __typename?: 'RecommendationConnection';
  edges: Array<RecommendationEdge>;
  nodes: Array<Recommendation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Đính chính kiến nghị — one correction of a recommendation, with what it replaced. */
export type RecommendationCorrection = {
  __typename?: 'RecommendationCorrection';
  correctedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  previousContent: Scalars['String']['output'];
  previousDepartments?: Maybe<Array<Department>>;
  previousField?: Maybe<FieldOfResponsibility>;
  reason?: Maybe<Scalars['String']['output']>;
};

export type RecommendationCorrectionConnection = {
  __typename?: 'RecommendationCorrectionConnection';
  edges: Array<RecommendationCorrectionEdge>;
  nodes: Array<RecommendationCorrection>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RecommendationCorrectionEdge = {
  __typename?: 'RecommendationCorrectionEdge';
  cursor: Scalars['String']['output'];
  node: RecommendationCorrection;
};

export type RecommendationEdge = {
  __typename?: 'RecommendationEdge';
  cursor: Scalars['String']['output'];
  node: Recommendation;
};

export type RecommendationOutcome =
  | 'RESOLVED'
  | 'WITHDRAWN';

/** Tình trạng kiến nghị — OPEN until resolved or withdrawn. */
export type RecommendationStatus =
  | 'OPEN'
  /** Đã giải quyết */
  | 'RESOLVED'
  /** Rút kiến nghị */
  | 'WITHDRAWN';

export type RecordJointMeetingInput = {
  attendees: Array<JointMeetingAttendeeInput>;
  /** Tối đa 20.000 ký tự. */
  conclusions?: InputMaybe<Array<Scalars['String']['input']>>;
  heldOn: Scalars['Date']['input'];
  jurisdictionId: Scalars['ID']['input'];
  kind: JointMeetingKind;
  /** Tối đa 300 ký tự. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Required for PRE_SESSION, refused otherwise. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** Tối đa 1.000 ký tự. */
  title: Scalars['String']['input'];
};

export type RecordQuestioningSessionInput = {
  /** Tối đa 300 ký tự. */
  chairedBy?: InputMaybe<Scalars['String']['input']>;
  /** Not after today. */
  heldOn: Scalars['Date']['input'];
  jurisdictionId: Scalars['ID']['input'];
  kind: QuestioningKind;
  /** Required for venue STANDING_COMMITTEE_MEETING, refused otherwise (tối đa 1.000 ký tự). */
  meetingTitle?: InputMaybe<Scalars['String']['input']>;
  /** Required for venue SESSION, refused otherwise: a session of the jurisdiction, held or opening that day. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  /** Tối đa 1.000 ký tự. */
  subject: Scalars['String']['input'];
  venue: QuestioningVenue;
};

export type RescheduleSessionInput = {
  plannedEndDate: Scalars['Date']['input'];
  plannedStartDate: Scalars['Date']['input'];
};

/** Nghị quyết — a resolution adopted by a council session. Published: anyone may read it. */
export type Resolution = {
  __typename?: 'Resolution';
  adoptedOn: Scalars['Date']['output'];
  effectiveFrom: Scalars['Date']['output'];
  /** Lĩnh vực — the field of responsibility it concerns. */
  field?: Maybe<FieldOfResponsibility>;
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  /** Official number, e.g. "28/NQ-HĐND"; unique per jurisdiction and year. */
  number: Scalars['String']['output'];
  repealedOn?: Maybe<Scalars['Date']['output']>;
  session: Session;
  status: ResolutionStatus;
  thematic: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

export type ResolutionConnection = {
  __typename?: 'ResolutionConnection';
  edges: Array<ResolutionEdge>;
  nodes: Array<Resolution>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResolutionEdge = {
  __typename?: 'ResolutionEdge';
  cursor: Scalars['String']['output'];
  node: Resolution;
};

/** Hiệu lực nghị quyết — derived from the adoption, effective and repeal dates. */
export type ResolutionStatus =
  /** Đã thông qua, chưa có hiệu lực */
  | 'ADOPTED'
  /** Đang có hiệu lực */
  | 'IN_FORCE'
  /** Đã bãi bỏ */
  | 'REPEALED';

export type ScheduleSessionInput = {
  agendaItems?: InputMaybe<Array<AgendaItemInput>>;
  kind: SessionKind;
  /** Tối đa 300 ký tự. */
  location?: InputMaybe<Scalars['String']['input']>;
  number: Scalars['Int']['input'];
  plannedEndDate: Scalars['Date']['input'];
  plannedStartDate: Scalars['Date']['input'];
  termId: Scalars['ID']['input'];
  /** Tối đa 1.000 ký tự. */
  title: Scalars['String']['input'];
};

/** Loại hồ sơ tìm kiếm — the kinds of record the search box finds. */
export type SearchKind =
  /** Nhiệm vụ được giao */
  | 'ASSIGNMENT'
  /** Đơn thư của công dân */
  | 'CITIZEN_CASE'
  /** Văn bản chỉ đạo của UBND */
  | 'DIRECTIVE'
  /** Kiến nghị của Ủy ban MTTQ */
  | 'FRONT_RECOMMENDATION'
  /** Kiến nghị sau giám sát của HĐND */
  | 'RECOMMENDATION'
  /** Nghị quyết của HĐND */
  | 'RESOLUTION'
  /** Kiến nghị của cử tri */
  | 'VOTER_PETITION';

/** One record found, as its owner reports it: its place in the ranking, title and snippet. */
export type SearchMatch = {
  __typename?: 'SearchMatch';
  at: Scalars['Date']['output'];
  highlights: Array<TextRange>;
  id: Scalars['ID']['output'];
  kind: SearchKind;
  /** Relevance, 0–1: how closely the words match the title (counted twice) and the whole text. */
  rank: Scalars['Float']['output'];
  snippet: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** A subgraph's part of a search: its readable matches after the cursor (a page and one more), and how many in all. */
export type SearchMatches = {
  __typename?: 'SearchMatches';
  matches: Array<SearchMatch>;
  total: Scalars['Int']['output'];
};

export type SearchResults = {
  __typename?: 'SearchResults';
  /** Nghị quyết, kiến nghị sau giám sát khớp nội dung tìm — those the user may read. */
  councilMatches?: Maybe<SearchMatches>;
  request: Scalars['String']['output'];
};

/** Kỳ họp — a council session. */
export type Session = {
  __typename?: 'Session';
  actualEndDate?: Maybe<Scalars['Date']['output']>;
  actualStartDate?: Maybe<Scalars['Date']['output']>;
  agendaItems: Array<AgendaItem>;
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** The day the Standing Committee decided not to hold it (CANCELLED only). */
  cancelledOn?: Maybe<Scalars['Date']['output']>;
  /** Hạn gửi tài liệu — documents are due this day (rule SESSION_DOCUMENTS). */
  documentDeadline: Scalars['Date']['output'];
  /** How the document deadline was computed, in Vietnamese. */
  documentDeadlineExplanation?: Maybe<Scalars['String']['output']>;
  /** True when some agenda item's documents came, or are still missing, after the deadline (signed-in users). */
  hasLateDocuments: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  kind: SessionKind;
  location?: Maybe<Scalars['String']['output']>;
  /** Kỳ họp thứ n of the term. */
  number: Scalars['Int']['output'];
  plannedEndDate: Scalars['Date']['output'];
  plannedStartDate: Scalars['Date']['output'];
  /** Hội nghị liên tịch trước kỳ họp (signed-in users). */
  preSessionMeeting?: Maybe<JointMeeting>;
  resolutions: ResolutionConnection;
  status: SessionStatus;
  term: CouncilTerm;
  title: Scalars['String']['output'];
};


/** Kỳ họp — a council session. */
export type SessionAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Kỳ họp — a council session. */
export type SessionResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  nodes: Array<Session>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

/** Loại kỳ họp — kind of council session. */
export type SessionKind =
  /** Kỳ họp bất thường */
  | 'EXTRAORDINARY'
  /** Kỳ họp thường lệ */
  | 'REGULAR'
  /** Kỳ họp chuyên đề */
  | 'THEMATIC';

/** Trạng thái kỳ họp — PLANNED → CONVENED → CLOSED, never skipping a step; a PLANNED session may be CANCELLED instead. */
export type SessionStatus =
  /** Không tổ chức — a planned session that will not be held */
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONVENED'
  | 'PLANNED';

export type SignCoordinationPlanInput = {
  body: Body;
  signedOn: Scalars['Date']['input'];
  /** Tối đa 300 ký tự. */
  signerName: Scalars['String']['input'];
  /** Tối đa 300 ký tự. */
  signerTitle: Scalars['String']['input'];
};

/** Chủ thể giám sát — the Standing Committee or one of the council's committees. */
export type SupervisingBody =
  | 'COUNCIL_COMMITTEE'
  | 'STANDING_COMMITTEE';

/** Cuộc khảo sát, giám sát — a survey or supervision by the council. */
export type Supervision = {
  __typename?: 'Supervision';
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  /** Thông báo kết luận giám sát. */
  conclusion?: Maybe<Scalars['String']['output']>;
  conclusionDate?: Maybe<Scalars['Date']['output']>;
  conductedBy: SupervisingBody;
  councilCommittee?: Maybe<CouncilCommittee>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  kind: SupervisionKind;
  recommendations: RecommendationConnection;
  /** The period under review. */
  reviewFrom?: Maybe<Scalars['Date']['output']>;
  reviewTo?: Maybe<Scalars['Date']['output']>;
  startsOn: Scalars['Date']['output'];
  status: SupervisionStatus;
  subject: Scalars['String']['output'];
  targetDepartments?: Maybe<Array<Department>>;
  /** Resolutions whose implementation it checks, earliest adopted first. */
  targetResolutions: ResolutionConnection;
  /** Giám sát chuyên đề. */
  thematic: Scalars['Boolean']['output'];
};


/** Cuộc khảo sát, giám sát — a survey or supervision by the council. */
export type SupervisionAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Cuộc khảo sát, giám sát — a survey or supervision by the council. */
export type SupervisionRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Cuộc khảo sát, giám sát — a survey or supervision by the council. */
export type SupervisionTargetResolutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SupervisionConnection = {
  __typename?: 'SupervisionConnection';
  edges: Array<SupervisionEdge>;
  nodes: Array<Supervision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SupervisionEdge = {
  __typename?: 'SupervisionEdge';
  cursor: Scalars['String']['output'];
  node: Supervision;
};

/** Hình thức — survey (khảo sát) or supervision (giám sát). */
export type SupervisionKind =
  | 'SUPERVISION'
  | 'SURVEY';

export type SupervisionStatus =
  | 'CONCLUDED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Đoạn tô sáng — where the searched words occur in a snippet (start and length in UTF-16 code units). */
export type TextRange = {
  __typename?: 'TextRange';
  length: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** Corrections to a serving delegate; omitted fields stay as they are. */
export type UpdateDelegateInput = {
  /** Tối đa 300 ký tự. */
  electoralUnit?: InputMaybe<Scalars['String']['input']>;
  /** Tối đa 300 ký tự. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<DelegatePosition>;
};

/** Corrections to a recorded joint meeting; omitted fields stay as they are. */
export type UpdateJointMeetingInput = {
  /** Replaces the attendees; a pre-session meeting keeps attendees of all three bodies. */
  attendees?: InputMaybe<Array<JointMeetingAttendeeInput>>;
  /** Replaces the conclusions (tối đa 20.000 ký tự). */
  conclusions?: InputMaybe<Array<Scalars['String']['input']>>;
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** null clears the location (tối đa 300 ký tự). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Tối đa 1.000 ký tự. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Corrections to an open recommendation; omitted fields stay as they are. */
export type UpdateRecommendationInput = {
  /** Tối đa 20.000 ký tự. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The first is the department the deadline is assigned to: changing it moves the deadline's assignee. */
  departmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** null clears the field of responsibility. */
  field?: InputMaybe<FieldOfResponsibility>;
  /** Why it was corrected; kept with the correction (tối đa 20.000 ký tự). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Corrections to a supervision not yet concluded; omitted fields stay as they are. */
export type UpdateSupervisionInput = {
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The period under review: give both, or clear both with null. */
  reviewFrom?: InputMaybe<Scalars['Date']['input']>;
  reviewTo?: InputMaybe<Scalars['Date']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Tối đa 1.000 ký tự. */
  subject?: InputMaybe<Scalars['String']['input']>;
  targetDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  targetResolutionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  AuditLog: AuditLog;
  CoordinationReport: CoordinationReport;
  CoordinationTotal: CoordinationTotal;
  CouncilTerm: CouncilTerm;
  Delegate: Delegate;
  DelegateScorecard: DelegateScorecard;
  QuestioningCommitment: QuestioningCommitment;
  QuestioningSession: QuestioningSession;
  Recommendation: Recommendation;
  Resolution: Resolution;
  SearchResults: SearchResults;
  Session: Session;
  Supervision: Supervision;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"key":true}> );
  CoordinationReport:
    ( { __typename: 'CoordinationReport' }
    & GraphQLRecursivePick<FederationTypes['CoordinationReport'], {"jurisdictionId":true,"year":true}> );
  CoordinationTotal:
    ( { __typename: 'CoordinationTotal' }
    & GraphQLRecursivePick<FederationTypes['CoordinationTotal'], {"jurisdictionId":true,"year":true,"jurisdictionIds":true}> );
  CouncilTerm:
    ( { __typename: 'CouncilTerm' }
    & GraphQLRecursivePick<FederationTypes['CouncilTerm'], {"id":true}> );
  Delegate:
    ( { __typename: 'Delegate' }
    & GraphQLRecursivePick<FederationTypes['Delegate'], {"id":true}> );
  DelegateScorecard:
    ( { __typename: 'DelegateScorecard' }
    & GraphQLRecursivePick<FederationTypes['DelegateScorecard'], {"delegateId":true,"year":true}> );
  QuestioningCommitment:
    ( { __typename: 'QuestioningCommitment' }
    & GraphQLRecursivePick<FederationTypes['QuestioningCommitment'], {"id":true}> );
  QuestioningSession:
    ( { __typename: 'QuestioningSession' }
    & GraphQLRecursivePick<FederationTypes['QuestioningSession'], {"id":true}> );
  Recommendation:
    ( { __typename: 'Recommendation' }
    & GraphQLRecursivePick<FederationTypes['Recommendation'], {"id":true}> );
  Resolution:
    ( { __typename: 'Resolution' }
    & GraphQLRecursivePick<FederationTypes['Resolution'], {"id":true}> );
  SearchResults:
    ( { __typename: 'SearchResults' }
    & GraphQLRecursivePick<FederationTypes['SearchResults'], {"request":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
  Supervision:
    ( { __typename: 'Supervision' }
    & GraphQLRecursivePick<FederationTypes['Supervision'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdoptResolutionInput: AdoptResolutionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AgendaItem: ResolverTypeWrapper<AgendaItemEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AgendaItemInput: AgendaItemInput;
  AnswerQuestionInput: AnswerQuestionInput;
  AnswererKind: AnswererKind;
  AskQuestionInput: AskQuestionInput;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChange>;
  AuditLog: ResolverTypeWrapper<AuditLog>;
  AuditLogFilter: AuditLogFilter;
  AuthorityLevel: AuthorityLevel;
  Body: Body;
  CancelSessionInput: CancelSessionInput;
  CloseRecommendationInput: CloseRecommendationInput;
  CommitmentInput: CommitmentInput;
  CommitmentStatus: CommitmentStatus;
  CoordinationPlan: ResolverTypeWrapper<CoordinationPlanEntity>;
  CoordinationReport: ResolverTypeWrapper<ReportKeyEntity>;
  CoordinationTotal: ResolverTypeWrapper<ReportTotalEntity>;
  CouncilCommittee: ResolverTypeWrapper<CouncilCommitteeEntity>;
  CouncilCommitteeConnection: ResolverTypeWrapper<Omit<CouncilCommitteeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CouncilCommitteeEdge']>, nodes: Array<ResolversTypes['CouncilCommittee']> }>;
  CouncilCommitteeEdge: ResolverTypeWrapper<Omit<CouncilCommitteeEdge, 'node'> & { node: ResolversTypes['CouncilCommittee'] }>;
  CouncilCommitteeMember: ResolverTypeWrapper<CouncilCommitteeMemberEntity>;
  CouncilCommitteeMemberInput: CouncilCommitteeMemberInput;
  CouncilCommitteeMembership: ResolverTypeWrapper<CouncilCommitteeMemberEntity>;
  CouncilCommitteeRole: CouncilCommitteeRole;
  CouncilFigures: ResolverTypeWrapper<CouncilFigures>;
  CouncilTerm: ResolverTypeWrapper<CouncilTermEntity>;
  CouncilTermConnection: ResolverTypeWrapper<Omit<CouncilTermConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CouncilTermEdge']>, nodes: Array<ResolversTypes['CouncilTerm']> }>;
  CouncilTermEdge: ResolverTypeWrapper<Omit<CouncilTermEdge, 'node'> & { node: ResolversTypes['CouncilTerm'] }>;
  CreateCouncilCommitteeInput: CreateCouncilCommitteeInput;
  CreateCouncilTermInput: CreateCouncilTermInput;
  CreateDelegateInput: CreateDelegateInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineRecomputeCause: DeadlineRecomputeCause;
  DeadlineRuleKind: DeadlineRuleKind;
  Delegate: ResolverTypeWrapper<DelegateEntity>;
  DelegateConnection: ResolverTypeWrapper<Omit<DelegateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DelegateEdge']>, nodes: Array<ResolversTypes['Delegate']> }>;
  DelegateEdge: ResolverTypeWrapper<Omit<DelegateEdge, 'node'> & { node: ResolversTypes['Delegate'] }>;
  DelegatePosition: DelegatePosition;
  DelegateScorecard: ResolverTypeWrapper<DelegateScorecardRowEntity>;
  DelegateScorecardConnection: ResolverTypeWrapper<Omit<DelegateScorecardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DelegateScorecardEdge']>, nodes: Array<ResolversTypes['DelegateScorecard']> }>;
  DelegateScorecardEdge: ResolverTypeWrapper<Omit<DelegateScorecardEdge, 'node'> & { node: ResolversTypes['DelegateScorecard'] }>;
  DelegateScorecardOrder: DelegateScorecardOrder;
  Department: ResolverTypeWrapper<Department>;
  DraftCoordinationPlanInput: DraftCoordinationPlanInput;
  EndDelegateMandateInput: EndDelegateMandateInput;
  ErrorCode: ErrorCode;
  FieldOfResponsibility: FieldOfResponsibility;
  FulfilCommitmentInput: FulfilCommitmentInput;
  IssueRecommendationInput: IssueRecommendationInput;
  JointMeeting: ResolverTypeWrapper<JointMeetingEntity>;
  JointMeetingAttendee: ResolverTypeWrapper<AttendeeEntity>;
  JointMeetingAttendeeInput: JointMeetingAttendeeInput;
  JointMeetingConnection: ResolverTypeWrapper<Omit<JointMeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JointMeetingEdge']>, nodes: Array<ResolversTypes['JointMeeting']> }>;
  JointMeetingEdge: ResolverTypeWrapper<Omit<JointMeetingEdge, 'node'> & { node: ResolversTypes['JointMeeting'] }>;
  JointMeetingKind: JointMeetingKind;
  Jurisdiction: ResolverTypeWrapper<Jurisdiction>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<Official>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlanActivity: ResolverTypeWrapper<PlanActivityEntity>;
  PlanActivityConnection: ResolverTypeWrapper<Omit<PlanActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanActivityEdge']>, nodes: Array<ResolversTypes['PlanActivity']> }>;
  PlanActivityEdge: ResolverTypeWrapper<Omit<PlanActivityEdge, 'node'> & { node: ResolversTypes['PlanActivity'] }>;
  PlanActivityInput: PlanActivityInput;
  PlanActivityStatus: PlanActivityStatus;
  PlanSignature: ResolverTypeWrapper<PlanSignatureEntity>;
  PlanSupervisionInput: PlanSupervisionInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Question: ResolverTypeWrapper<QuestionEntity>;
  QuestionConnection: ResolverTypeWrapper<Omit<QuestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuestionEdge']>, nodes: Array<ResolversTypes['Question']> }>;
  QuestionEdge: ResolverTypeWrapper<Omit<QuestionEdge, 'node'> & { node: ResolversTypes['Question'] }>;
  QuestioningCommitment: ResolverTypeWrapper<QuestioningCommitmentEntity>;
  QuestioningCommitmentConnection: ResolverTypeWrapper<Omit<QuestioningCommitmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuestioningCommitmentEdge']>, nodes: Array<ResolversTypes['QuestioningCommitment']> }>;
  QuestioningCommitmentEdge: ResolverTypeWrapper<Omit<QuestioningCommitmentEdge, 'node'> & { node: ResolversTypes['QuestioningCommitment'] }>;
  QuestioningKind: QuestioningKind;
  QuestioningSession: ResolverTypeWrapper<QuestioningSessionEntity>;
  QuestioningSessionConnection: ResolverTypeWrapper<Omit<QuestioningSessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuestioningSessionEdge']>, nodes: Array<ResolversTypes['QuestioningSession']> }>;
  QuestioningSessionEdge: ResolverTypeWrapper<Omit<QuestioningSessionEdge, 'node'> & { node: ResolversTypes['QuestioningSession'] }>;
  QuestioningVenue: QuestioningVenue;
  Recommendation: ResolverTypeWrapper<RecommendationEntity>;
  RecommendationAddressee: ResolverTypeWrapper<RecommendationAddressee>;
  RecommendationAddresseeInput: RecommendationAddresseeInput;
  RecommendationConnection: ResolverTypeWrapper<Omit<RecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecommendationEdge']>, nodes: Array<ResolversTypes['Recommendation']> }>;
  RecommendationCorrection: ResolverTypeWrapper<RecommendationCorrectionEntity>;
  RecommendationCorrectionConnection: ResolverTypeWrapper<Omit<RecommendationCorrectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['RecommendationCorrectionEdge']>, nodes: Array<ResolversTypes['RecommendationCorrection']> }>;
  RecommendationCorrectionEdge: ResolverTypeWrapper<Omit<RecommendationCorrectionEdge, 'node'> & { node: ResolversTypes['RecommendationCorrection'] }>;
  RecommendationEdge: ResolverTypeWrapper<Omit<RecommendationEdge, 'node'> & { node: ResolversTypes['Recommendation'] }>;
  RecommendationOutcome: RecommendationOutcome;
  RecommendationStatus: RecommendationStatus;
  RecordJointMeetingInput: RecordJointMeetingInput;
  RecordQuestioningSessionInput: RecordQuestioningSessionInput;
  RescheduleSessionInput: RescheduleSessionInput;
  Resolution: ResolverTypeWrapper<ResolutionEntity>;
  ResolutionConnection: ResolverTypeWrapper<Omit<ResolutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ResolutionEdge']>, nodes: Array<ResolversTypes['Resolution']> }>;
  ResolutionEdge: ResolverTypeWrapper<Omit<ResolutionEdge, 'node'> & { node: ResolversTypes['Resolution'] }>;
  ResolutionStatus: ResolutionStatus;
  ScheduleSessionInput: ScheduleSessionInput;
  SearchKind: SearchKind;
  SearchMatch: ResolverTypeWrapper<SearchMatch>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SearchMatches: ResolverTypeWrapper<SearchMatchesEntity>;
  SearchResults: ResolverTypeWrapper<SearchResultsKeyEntity>;
  Session: ResolverTypeWrapper<SessionEntity>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SessionEdge']>, nodes: Array<ResolversTypes['Session']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SessionKind: SessionKind;
  SessionStatus: SessionStatus;
  SignCoordinationPlanInput: SignCoordinationPlanInput;
  SupervisingBody: SupervisingBody;
  Supervision: ResolverTypeWrapper<SupervisionEntity>;
  SupervisionConnection: ResolverTypeWrapper<Omit<SupervisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SupervisionEdge']>, nodes: Array<ResolversTypes['Supervision']> }>;
  SupervisionEdge: ResolverTypeWrapper<Omit<SupervisionEdge, 'node'> & { node: ResolversTypes['Supervision'] }>;
  SupervisionKind: SupervisionKind;
  SupervisionStatus: SupervisionStatus;
  TextRange: ResolverTypeWrapper<TextRange>;
  UpdateDelegateInput: UpdateDelegateInput;
  UpdateJointMeetingInput: UpdateJointMeetingInput;
  UpdateRecommendationInput: UpdateRecommendationInput;
  UpdateSupervisionInput: UpdateSupervisionInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdoptResolutionInput: AdoptResolutionInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AgendaItem: AgendaItemEntity;
  Int: Scalars['Int']['output'];
  AgendaItemInput: AgendaItemInput;
  AnswerQuestionInput: AnswerQuestionInput;
  AskQuestionInput: AskQuestionInput;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  AuditFieldChange: AuditFieldChange;
  AuditLog: AuditLog | FederationReferenceTypes['AuditLog'];
  AuditLogFilter: AuditLogFilter;
  CancelSessionInput: CancelSessionInput;
  CloseRecommendationInput: CloseRecommendationInput;
  CommitmentInput: CommitmentInput;
  CoordinationPlan: CoordinationPlanEntity;
  CoordinationReport: ReportKeyEntity;
  CoordinationTotal: ReportTotalEntity;
  CouncilCommittee: CouncilCommitteeEntity;
  CouncilCommitteeConnection: Omit<CouncilCommitteeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CouncilCommitteeEdge']>, nodes: Array<ResolversParentTypes['CouncilCommittee']> };
  CouncilCommitteeEdge: Omit<CouncilCommitteeEdge, 'node'> & { node: ResolversParentTypes['CouncilCommittee'] };
  CouncilCommitteeMember: CouncilCommitteeMemberEntity;
  CouncilCommitteeMemberInput: CouncilCommitteeMemberInput;
  CouncilCommitteeMembership: CouncilCommitteeMemberEntity;
  CouncilFigures: CouncilFigures;
  CouncilTerm: CouncilTermEntity;
  CouncilTermConnection: Omit<CouncilTermConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CouncilTermEdge']>, nodes: Array<ResolversParentTypes['CouncilTerm']> };
  CouncilTermEdge: Omit<CouncilTermEdge, 'node'> & { node: ResolversParentTypes['CouncilTerm'] };
  CreateCouncilCommitteeInput: CreateCouncilCommitteeInput;
  CreateCouncilTermInput: CreateCouncilTermInput;
  CreateDelegateInput: CreateDelegateInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Delegate: DelegateEntity;
  DelegateConnection: Omit<DelegateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DelegateEdge']>, nodes: Array<ResolversParentTypes['Delegate']> };
  DelegateEdge: Omit<DelegateEdge, 'node'> & { node: ResolversParentTypes['Delegate'] };
  DelegateScorecard: DelegateScorecardRowEntity;
  DelegateScorecardConnection: Omit<DelegateScorecardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DelegateScorecardEdge']>, nodes: Array<ResolversParentTypes['DelegateScorecard']> };
  DelegateScorecardEdge: Omit<DelegateScorecardEdge, 'node'> & { node: ResolversParentTypes['DelegateScorecard'] };
  Department: Department;
  DraftCoordinationPlanInput: DraftCoordinationPlanInput;
  EndDelegateMandateInput: EndDelegateMandateInput;
  FulfilCommitmentInput: FulfilCommitmentInput;
  IssueRecommendationInput: IssueRecommendationInput;
  JointMeeting: JointMeetingEntity;
  JointMeetingAttendee: AttendeeEntity;
  JointMeetingAttendeeInput: JointMeetingAttendeeInput;
  JointMeetingConnection: Omit<JointMeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JointMeetingEdge']>, nodes: Array<ResolversParentTypes['JointMeeting']> };
  JointMeetingEdge: Omit<JointMeetingEdge, 'node'> & { node: ResolversParentTypes['JointMeeting'] };
  Jurisdiction: Jurisdiction;
  Mutation: Record<PropertyKey, never>;
  Official: Official;
  PageInfo: PageInfo;
  PlanActivity: PlanActivityEntity;
  PlanActivityConnection: Omit<PlanActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanActivityEdge']>, nodes: Array<ResolversParentTypes['PlanActivity']> };
  PlanActivityEdge: Omit<PlanActivityEdge, 'node'> & { node: ResolversParentTypes['PlanActivity'] };
  PlanActivityInput: PlanActivityInput;
  PlanSignature: PlanSignatureEntity;
  PlanSupervisionInput: PlanSupervisionInput;
  Query: Record<PropertyKey, never>;
  Question: QuestionEntity;
  QuestionConnection: Omit<QuestionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuestionEdge']>, nodes: Array<ResolversParentTypes['Question']> };
  QuestionEdge: Omit<QuestionEdge, 'node'> & { node: ResolversParentTypes['Question'] };
  QuestioningCommitment: QuestioningCommitmentEntity;
  QuestioningCommitmentConnection: Omit<QuestioningCommitmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuestioningCommitmentEdge']>, nodes: Array<ResolversParentTypes['QuestioningCommitment']> };
  QuestioningCommitmentEdge: Omit<QuestioningCommitmentEdge, 'node'> & { node: ResolversParentTypes['QuestioningCommitment'] };
  QuestioningSession: QuestioningSessionEntity;
  QuestioningSessionConnection: Omit<QuestioningSessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuestioningSessionEdge']>, nodes: Array<ResolversParentTypes['QuestioningSession']> };
  QuestioningSessionEdge: Omit<QuestioningSessionEdge, 'node'> & { node: ResolversParentTypes['QuestioningSession'] };
  Recommendation: RecommendationEntity;
  RecommendationAddressee: RecommendationAddressee;
  RecommendationAddresseeInput: RecommendationAddresseeInput;
  RecommendationConnection: Omit<RecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecommendationEdge']>, nodes: Array<ResolversParentTypes['Recommendation']> };
  RecommendationCorrection: RecommendationCorrectionEntity;
  RecommendationCorrectionConnection: Omit<RecommendationCorrectionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['RecommendationCorrectionEdge']>, nodes: Array<ResolversParentTypes['RecommendationCorrection']> };
  RecommendationCorrectionEdge: Omit<RecommendationCorrectionEdge, 'node'> & { node: ResolversParentTypes['RecommendationCorrection'] };
  RecommendationEdge: Omit<RecommendationEdge, 'node'> & { node: ResolversParentTypes['Recommendation'] };
  RecordJointMeetingInput: RecordJointMeetingInput;
  RecordQuestioningSessionInput: RecordQuestioningSessionInput;
  RescheduleSessionInput: RescheduleSessionInput;
  Resolution: ResolutionEntity;
  ResolutionConnection: Omit<ResolutionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ResolutionEdge']>, nodes: Array<ResolversParentTypes['Resolution']> };
  ResolutionEdge: Omit<ResolutionEdge, 'node'> & { node: ResolversParentTypes['Resolution'] };
  ScheduleSessionInput: ScheduleSessionInput;
  SearchMatch: SearchMatch;
  Float: Scalars['Float']['output'];
  SearchMatches: SearchMatchesEntity;
  SearchResults: SearchResultsKeyEntity;
  Session: SessionEntity;
  SessionConnection: Omit<SessionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SessionEdge']>, nodes: Array<ResolversParentTypes['Session']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  SignCoordinationPlanInput: SignCoordinationPlanInput;
  Supervision: SupervisionEntity;
  SupervisionConnection: Omit<SupervisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SupervisionEdge']>, nodes: Array<ResolversParentTypes['Supervision']> };
  SupervisionEdge: Omit<SupervisionEdge, 'node'> & { node: ResolversParentTypes['Supervision'] };
  TextRange: TextRange;
  UpdateDelegateInput: UpdateDelegateInput;
  UpdateJointMeetingInput: UpdateJointMeetingInput;
  UpdateRecommendationInput: UpdateRecommendationInput;
  UpdateSupervisionInput: UpdateSupervisionInput;
}>;

export type AgendaItemResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AgendaItem'] = ResolversParentTypes['AgendaItem']> = ResolversObject<{
  documentsLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documentsReceivedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  presenter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presentingBody?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  actorSubject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['AuditFieldChange']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditFieldChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditFieldChange'] = ResolversParentTypes['AuditFieldChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditLogResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AuditLog'] = ResolversParentTypes['AuditLog'], FederationReferenceType extends FederationReferenceTypes['AuditLog'] = FederationReferenceTypes['AuditLog']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AuditLog']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CoordinationPlanResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationPlan'] = ResolversParentTypes['CoordinationPlan']> = ResolversObject<{
  activities?: Resolver<ResolversTypes['PlanActivityConnection'], ParentType, ContextType, Partial<CoordinationPlanActivitiesArgs>>;
  fullySigned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  signatures?: Resolver<Array<ResolversTypes['PlanSignature']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoordinationReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationReport'] = ResolversParentTypes['CoordinationReport'], FederationReferenceType extends FederationReferenceTypes['CoordinationReport'] = FederationReferenceTypes['CoordinationReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<Maybe<ResolversTypes['CouncilFigures']>, ParentType, ContextType>;
  delegateScorecards?: Resolver<Maybe<ResolversTypes['DelegateScorecardConnection']>, ParentType, ContextType, Partial<CoordinationReportDelegateScorecardsArgs>>;
  jurisdictionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextYearPlan?: Resolver<Maybe<ResolversTypes['CoordinationPlan']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoordinationTotalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationTotal'] = ResolversParentTypes['CoordinationTotal'], FederationReferenceType extends FederationReferenceTypes['CoordinationTotal'] = FederationReferenceTypes['CoordinationTotal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationTotal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  council?: Resolver<ResolversTypes['CouncilFigures'], ParentType, ContextType>;
  jurisdictionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdictionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilCommitteeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilCommittee'] = ResolversParentTypes['CouncilCommittee']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['CouncilCommitteeMember']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['CouncilTerm'], ParentType, ContextType>;
}>;

export type CouncilCommitteeConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilCommitteeConnection'] = ResolversParentTypes['CouncilCommitteeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CouncilCommitteeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CouncilCommittee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilCommitteeEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilCommitteeEdge'] = ResolversParentTypes['CouncilCommitteeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilCommittee'], ParentType, ContextType>;
}>;

export type CouncilCommitteeMemberResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilCommitteeMember'] = ResolversParentTypes['CouncilCommitteeMember']> = ResolversObject<{
  delegate?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CouncilCommitteeRole'], ParentType, ContextType>;
}>;

export type CouncilCommitteeMembershipResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilCommitteeMembership'] = ResolversParentTypes['CouncilCommitteeMembership']> = ResolversObject<{
  committee?: Resolver<ResolversTypes['CouncilCommittee'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CouncilCommitteeRole'], ParentType, ContextType>;
}>;

export type CouncilFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilFigures'] = ResolversParentTypes['CouncilFigures']> = ResolversObject<{
  commitmentsFulfilled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitmentsFulfilledOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitmentsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  commitmentsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanationSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  extraordinarySessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preSessionMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questioningSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questionsAsked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendationsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendationsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendationsResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recommendationsResolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  regularSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolutions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supervisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surveys?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thematicResolutions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thematicSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilTermResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilTerm'] = ResolversParentTypes['CouncilTerm'], FederationReferenceType extends FederationReferenceTypes['CouncilTerm'] = FederationReferenceTypes['CouncilTerm']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CouncilTerm']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilTermConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilTermConnection'] = ResolversParentTypes['CouncilTermConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CouncilTermEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CouncilTerm']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CouncilTermEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CouncilTermEdge'] = ResolversParentTypes['CouncilTermEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CouncilTerm'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Delegate'] = ResolversParentTypes['Delegate'], FederationReferenceType extends FederationReferenceTypes['Delegate'] = FederationReferenceTypes['Delegate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delegate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  committees?: Resolver<Array<ResolversTypes['CouncilCommitteeMembership']>, ParentType, ContextType>;
  electoralUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  mandateEndReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mandateEndedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['DelegatePosition'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['CouncilTerm'], ParentType, ContextType>;
}>;

export type DelegateConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DelegateConnection'] = ResolversParentTypes['DelegateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DelegateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Delegate']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DelegateEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DelegateEdge'] = ResolversParentTypes['DelegateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType>;
}>;

export type DelegateScorecardResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DelegateScorecard'] = ResolversParentTypes['DelegateScorecard'], FederationReferenceType extends FederationReferenceTypes['DelegateScorecard'] = FederationReferenceTypes['DelegateScorecard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DelegateScorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delegate?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType>;
  delegateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supervisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DelegateScorecardConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DelegateScorecardConnection'] = ResolversParentTypes['DelegateScorecardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DelegateScorecardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DelegateScorecard']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DelegateScorecardEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DelegateScorecardEdge'] = ResolversParentTypes['DelegateScorecardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DelegateScorecard'], ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type JointMeetingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JointMeeting'] = ResolversParentTypes['JointMeeting']> = ResolversObject<{
  attendees?: Resolver<Array<ResolversTypes['JointMeetingAttendee']>, ParentType, ContextType>;
  attendeesOf?: Resolver<Array<ResolversTypes['JointMeetingAttendee']>, ParentType, ContextType, RequireFields<JointMeetingAttendeesOfArgs, 'body'>>;
  conclusions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JointMeetingKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JointMeetingAttendeeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JointMeetingAttendee'] = ResolversParentTypes['JointMeetingAttendee']> = ResolversObject<{
  body?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type JointMeetingConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JointMeetingConnection'] = ResolversParentTypes['JointMeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JointMeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['JointMeeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JointMeetingEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JointMeetingEdge'] = ResolversParentTypes['JointMeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JointMeeting'], ParentType, ContextType>;
}>;

export type JurisdictionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addAgendaItem?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationAddAgendaItemArgs, 'input' | 'sessionId'>>;
  addPlanActivity?: Resolver<ResolversTypes['PlanActivity'], ParentType, ContextType, RequireFields<MutationAddPlanActivityArgs, 'input' | 'planId'>>;
  adoptResolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType, RequireFields<MutationAdoptResolutionArgs, 'input'>>;
  answerQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAnswerQuestionArgs, 'id' | 'input'>>;
  askQuestion?: Resolver<ResolversTypes['Question'], ParentType, ContextType, RequireFields<MutationAskQuestionArgs, 'input'>>;
  cancelSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationCancelSessionArgs, 'id' | 'input'>>;
  closeRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationCloseRecommendationArgs, 'id' | 'input'>>;
  closeSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationCloseSessionArgs, 'actualEndDate' | 'id'>>;
  concludeSupervision?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType, RequireFields<MutationConcludeSupervisionArgs, 'conclusion' | 'conclusionDate' | 'id'>>;
  conveneSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationConveneSessionArgs, 'actualStartDate' | 'id'>>;
  createCouncilCommittee?: Resolver<ResolversTypes['CouncilCommittee'], ParentType, ContextType, RequireFields<MutationCreateCouncilCommitteeArgs, 'input'>>;
  createCouncilTerm?: Resolver<ResolversTypes['CouncilTerm'], ParentType, ContextType, RequireFields<MutationCreateCouncilTermArgs, 'input'>>;
  createDelegate?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType, RequireFields<MutationCreateDelegateArgs, 'input'>>;
  draftCoordinationPlan?: Resolver<ResolversTypes['CoordinationPlan'], ParentType, ContextType, RequireFields<MutationDraftCoordinationPlanArgs, 'input'>>;
  endDelegateMandate?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType, RequireFields<MutationEndDelegateMandateArgs, 'id' | 'input'>>;
  fulfilCommitment?: Resolver<ResolversTypes['QuestioningCommitment'], ParentType, ContextType, RequireFields<MutationFulfilCommitmentArgs, 'id' | 'input'>>;
  issueRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationIssueRecommendationArgs, 'input'>>;
  markPlanActivityDone?: Resolver<ResolversTypes['PlanActivity'], ParentType, ContextType, RequireFields<MutationMarkPlanActivityDoneArgs, 'doneOn' | 'id'>>;
  moveRecommendationDueDate?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationMoveRecommendationDueDateArgs, 'dueDate' | 'id'>>;
  planSupervision?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType, RequireFields<MutationPlanSupervisionArgs, 'input'>>;
  recomputeCouncilDeadlines?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecomputeCouncilDeadlinesArgs, 'cause' | 'from'>>;
  recordAgendaDocuments?: Resolver<ResolversTypes['AgendaItem'], ParentType, ContextType, RequireFields<MutationRecordAgendaDocumentsArgs, 'agendaItemId' | 'receivedOn'>>;
  recordJointMeeting?: Resolver<ResolversTypes['JointMeeting'], ParentType, ContextType, RequireFields<MutationRecordJointMeetingArgs, 'input'>>;
  recordQuestioningSession?: Resolver<ResolversTypes['QuestioningSession'], ParentType, ContextType, RequireFields<MutationRecordQuestioningSessionArgs, 'input'>>;
  repealResolution?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType, RequireFields<MutationRepealResolutionArgs, 'id' | 'repealedOn'>>;
  rescheduleSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationRescheduleSessionArgs, 'id' | 'input'>>;
  scheduleSession?: Resolver<ResolversTypes['Session'], ParentType, ContextType, RequireFields<MutationScheduleSessionArgs, 'input'>>;
  setCouncilCommitteeMembers?: Resolver<ResolversTypes['CouncilCommittee'], ParentType, ContextType, RequireFields<MutationSetCouncilCommitteeMembersArgs, 'committeeId' | 'members'>>;
  signCoordinationPlan?: Resolver<ResolversTypes['CoordinationPlan'], ParentType, ContextType, RequireFields<MutationSignCoordinationPlanArgs, 'input' | 'planId'>>;
  startSupervision?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType, RequireFields<MutationStartSupervisionArgs, 'id'>>;
  updateDelegate?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType, RequireFields<MutationUpdateDelegateArgs, 'id' | 'input'>>;
  updateJointMeeting?: Resolver<ResolversTypes['JointMeeting'], ParentType, ContextType, RequireFields<MutationUpdateJointMeetingArgs, 'id' | 'input'>>;
  updateRecommendation?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType, RequireFields<MutationUpdateRecommendationArgs, 'id' | 'input'>>;
  updateSupervision?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType, RequireFields<MutationUpdateSupervisionArgs, 'id' | 'input'>>;
}>;

export type OfficialResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PlanActivityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanActivity'] = ResolversParentTypes['PlanActivity']> = ResolversObject<{
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownerBody?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  plannedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PlanActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PlanActivityConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanActivityConnection'] = ResolversParentTypes['PlanActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlanActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlanActivity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanActivityEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanActivityEdge'] = ResolversParentTypes['PlanActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanActivity'], ParentType, ContextType>;
}>;

export type PlanSignatureResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PlanSignature'] = ResolversParentTypes['PlanSignature']> = ResolversObject<{
  body?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  signedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  signerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signerTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditLog'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  coordinationPlan?: Resolver<Maybe<ResolversTypes['CoordinationPlan']>, ParentType, ContextType, RequireFields<QueryCoordinationPlanArgs, 'jurisdictionId' | 'year'>>;
  councilCommittees?: Resolver<ResolversTypes['CouncilCommitteeConnection'], ParentType, ContextType, RequireFields<QueryCouncilCommitteesArgs, 'termId'>>;
  councilTerm?: Resolver<Maybe<ResolversTypes['CouncilTerm']>, ParentType, ContextType, RequireFields<QueryCouncilTermArgs, 'id'>>;
  councilTerms?: Resolver<ResolversTypes['CouncilTermConnection'], ParentType, ContextType, Partial<QueryCouncilTermsArgs>>;
  delegate?: Resolver<Maybe<ResolversTypes['Delegate']>, ParentType, ContextType, RequireFields<QueryDelegateArgs, 'id'>>;
  delegateScorecards?: Resolver<ResolversTypes['DelegateScorecardConnection'], ParentType, ContextType, RequireFields<QueryDelegateScorecardsArgs, 'jurisdictionId' | 'year'>>;
  delegates?: Resolver<ResolversTypes['DelegateConnection'], ParentType, ContextType, Partial<QueryDelegatesArgs>>;
  jointMeeting?: Resolver<Maybe<ResolversTypes['JointMeeting']>, ParentType, ContextType, RequireFields<QueryJointMeetingArgs, 'id'>>;
  jointMeetings?: Resolver<ResolversTypes['JointMeetingConnection'], ParentType, ContextType, RequireFields<QueryJointMeetingsArgs, 'jurisdictionId'>>;
  questioningCommitment?: Resolver<Maybe<ResolversTypes['QuestioningCommitment']>, ParentType, ContextType, RequireFields<QueryQuestioningCommitmentArgs, 'id'>>;
  questioningCommitments?: Resolver<ResolversTypes['QuestioningCommitmentConnection'], ParentType, ContextType, Partial<QueryQuestioningCommitmentsArgs>>;
  questioningSession?: Resolver<Maybe<ResolversTypes['QuestioningSession']>, ParentType, ContextType, RequireFields<QueryQuestioningSessionArgs, 'id'>>;
  questioningSessions?: Resolver<ResolversTypes['QuestioningSessionConnection'], ParentType, ContextType, RequireFields<QueryQuestioningSessionsArgs, 'jurisdictionId'>>;
  recommendation?: Resolver<Maybe<ResolversTypes['Recommendation']>, ParentType, ContextType, RequireFields<QueryRecommendationArgs, 'id'>>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, Partial<QueryRecommendationsArgs>>;
  resolution?: Resolver<Maybe<ResolversTypes['Resolution']>, ParentType, ContextType, RequireFields<QueryResolutionArgs, 'id'>>;
  resolutions?: Resolver<ResolversTypes['ResolutionConnection'], ParentType, ContextType, Partial<QueryResolutionsArgs>>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType, RequireFields<QuerySessionArgs, 'id'>>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, Partial<QuerySessionsArgs>>;
  sessionsWithoutPreSessionMeeting?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<QuerySessionsWithoutPreSessionMeetingArgs, 'jurisdictionId'>>;
  supervision?: Resolver<Maybe<ResolversTypes['Supervision']>, ParentType, ContextType, RequireFields<QuerySupervisionArgs, 'id'>>;
  supervisions?: Resolver<ResolversTypes['SupervisionConnection'], ParentType, ContextType, Partial<QuerySupervisionsArgs>>;
}>;

export type QuestionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Question'] = ResolversParentTypes['Question']> = ResolversObject<{
  answerSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  answererKind?: Resolver<ResolversTypes['AnswererKind'], ParentType, ContextType>;
  answererName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answeringDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  answeringOfficial?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  askedBy?: Resolver<ResolversTypes['Delegate'], ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['QuestioningCommitment']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  questioningSession?: Resolver<ResolversTypes['QuestioningSession'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QuestionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestionConnection'] = ResolversParentTypes['QuestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Question']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuestionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestionEdge'] = ResolversParentTypes['QuestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
}>;

export type QuestioningCommitmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningCommitment'] = ResolversParentTypes['QuestioningCommitment'], FederationReferenceType extends FederationReferenceTypes['QuestioningCommitment'] = FederationReferenceTypes['QuestioningCommitment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QuestioningCommitment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QuestioningCommitmentAuditTrailArgs>>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueDateExplanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfilledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fulfilledOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fulfilmentReport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  madeOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  question?: Resolver<ResolversTypes['Question'], ParentType, ContextType>;
  requestedDueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommitmentStatus'], ParentType, ContextType>;
}>;

export type QuestioningCommitmentConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningCommitmentConnection'] = ResolversParentTypes['QuestioningCommitmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestioningCommitmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['QuestioningCommitment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuestioningCommitmentEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningCommitmentEdge'] = ResolversParentTypes['QuestioningCommitmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QuestioningCommitment'], ParentType, ContextType>;
}>;

export type QuestioningSessionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningSession'] = ResolversParentTypes['QuestioningSession'], FederationReferenceType extends FederationReferenceTypes['QuestioningSession'] = FederationReferenceTypes['QuestioningSession']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QuestioningSession']> | FederationReferenceType, FederationReferenceType, ContextType>;
  chairedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['QuestioningKind'], ParentType, ContextType>;
  meetingTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  questions?: Resolver<ResolversTypes['QuestionConnection'], ParentType, ContextType, Partial<QuestioningSessionQuestionsArgs>>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  venue?: Resolver<ResolversTypes['QuestioningVenue'], ParentType, ContextType>;
}>;

export type QuestioningSessionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningSessionConnection'] = ResolversParentTypes['QuestioningSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['QuestioningSessionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['QuestioningSession']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QuestioningSessionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningSessionEdge'] = ResolversParentTypes['QuestioningSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['QuestioningSession'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation'], FederationReferenceType extends FederationReferenceTypes['Recommendation'] = FederationReferenceTypes['Recommendation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Recommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addressedTo?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<RecommendationAuditTrailArgs>>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  closingNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrections?: Resolver<ResolversTypes['RecommendationCorrectionConnection'], ParentType, ContextType, Partial<RecommendationCorrectionsArgs>>;
  departments?: Resolver<Maybe<Array<ResolversTypes['Department']>>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueDateExplanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalAddressee?: Resolver<Maybe<ResolversTypes['RecommendationAddressee']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  requestedDueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolvedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RecommendationStatus'], ParentType, ContextType>;
  supervision?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType>;
}>;

export type RecommendationAddresseeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecommendationAddressee'] = ResolversParentTypes['RecommendationAddressee']> = ResolversObject<{
  level?: Resolver<ResolversTypes['AuthorityLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecommendationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecommendationConnection'] = ResolversParentTypes['RecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecommendationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Recommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationCorrectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecommendationCorrection'] = ResolversParentTypes['RecommendationCorrection']> = ResolversObject<{
  correctedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  previousContent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousDepartments?: Resolver<Maybe<Array<ResolversTypes['Department']>>, ParentType, ContextType>;
  previousField?: Resolver<Maybe<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RecommendationCorrectionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecommendationCorrectionConnection'] = ResolversParentTypes['RecommendationCorrectionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecommendationCorrectionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['RecommendationCorrection']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationCorrectionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecommendationCorrectionEdge'] = ResolversParentTypes['RecommendationCorrectionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecommendationCorrection'], ParentType, ContextType>;
}>;

export type RecommendationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['RecommendationEdge'] = ResolversParentTypes['RecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Recommendation'], ParentType, ContextType>;
}>;

export type ResolutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution'], FederationReferenceType extends FederationReferenceTypes['Resolution'] = FederationReferenceTypes['Resolution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resolution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  repealedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ResolutionStatus'], ParentType, ContextType>;
  thematic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResolutionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ResolutionConnection'] = ResolversParentTypes['ResolutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResolutionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResolutionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ResolutionEdge'] = ResolversParentTypes['ResolutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resolution'], ParentType, ContextType>;
}>;

export type SearchMatchResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchMatch'] = ResolversParentTypes['SearchMatch']> = ResolversObject<{
  at?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchMatchesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchMatches'] = ResolversParentTypes['SearchMatches']> = ResolversObject<{
  matches?: Resolver<Array<ResolversTypes['SearchMatch']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchResultsResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults'], FederationReferenceType extends FederationReferenceTypes['SearchResults'] = FederationReferenceTypes['SearchResults']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SearchResults']> | FederationReferenceType, FederationReferenceType, ContextType>;
  councilMatches?: Resolver<Maybe<ResolversTypes['SearchMatches']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actualStartDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  agendaItems?: Resolver<Array<ResolversTypes['AgendaItem']>, ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<SessionAuditTrailArgs>>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  documentDeadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documentDeadlineExplanation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasLateDocuments?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SessionKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  plannedEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  plannedStartDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  preSessionMeeting?: Resolver<Maybe<ResolversTypes['JointMeeting']>, ParentType, ContextType>;
  resolutions?: Resolver<ResolversTypes['ResolutionConnection'], ParentType, ContextType, Partial<SessionResolutionsArgs>>;
  status?: Resolver<ResolversTypes['SessionStatus'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['CouncilTerm'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SessionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SessionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SessionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SessionEdge'] = ResolversParentTypes['SessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
}>;

export type SupervisionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Supervision'] = ResolversParentTypes['Supervision'], FederationReferenceType extends FederationReferenceTypes['Supervision'] = FederationReferenceTypes['Supervision']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Supervision']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<SupervisionAuditTrailArgs>>;
  conclusion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conclusionDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  conductedBy?: Resolver<ResolversTypes['SupervisingBody'], ParentType, ContextType>;
  councilCommittee?: Resolver<Maybe<ResolversTypes['CouncilCommittee']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupervisionKind'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['RecommendationConnection'], ParentType, ContextType, Partial<SupervisionRecommendationsArgs>>;
  reviewFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reviewTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupervisionStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetDepartments?: Resolver<Maybe<Array<ResolversTypes['Department']>>, ParentType, ContextType>;
  targetResolutions?: Resolver<ResolversTypes['ResolutionConnection'], ParentType, ContextType, Partial<SupervisionTargetResolutionsArgs>>;
  thematic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SupervisionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupervisionConnection'] = ResolversParentTypes['SupervisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SupervisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Supervision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SupervisionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SupervisionEdge'] = ResolversParentTypes['SupervisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Supervision'], ParentType, ContextType>;
}>;

export type TextRangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  AgendaItem?: AgendaItemResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  CoordinationPlan?: CoordinationPlanResolvers<ContextType>;
  CoordinationReport?: CoordinationReportResolvers<ContextType>;
  CoordinationTotal?: CoordinationTotalResolvers<ContextType>;
  CouncilCommittee?: CouncilCommitteeResolvers<ContextType>;
  CouncilCommitteeConnection?: CouncilCommitteeConnectionResolvers<ContextType>;
  CouncilCommitteeEdge?: CouncilCommitteeEdgeResolvers<ContextType>;
  CouncilCommitteeMember?: CouncilCommitteeMemberResolvers<ContextType>;
  CouncilCommitteeMembership?: CouncilCommitteeMembershipResolvers<ContextType>;
  CouncilFigures?: CouncilFiguresResolvers<ContextType>;
  CouncilTerm?: CouncilTermResolvers<ContextType>;
  CouncilTermConnection?: CouncilTermConnectionResolvers<ContextType>;
  CouncilTermEdge?: CouncilTermEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Delegate?: DelegateResolvers<ContextType>;
  DelegateConnection?: DelegateConnectionResolvers<ContextType>;
  DelegateEdge?: DelegateEdgeResolvers<ContextType>;
  DelegateScorecard?: DelegateScorecardResolvers<ContextType>;
  DelegateScorecardConnection?: DelegateScorecardConnectionResolvers<ContextType>;
  DelegateScorecardEdge?: DelegateScorecardEdgeResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  JointMeeting?: JointMeetingResolvers<ContextType>;
  JointMeetingAttendee?: JointMeetingAttendeeResolvers<ContextType>;
  JointMeetingConnection?: JointMeetingConnectionResolvers<ContextType>;
  JointMeetingEdge?: JointMeetingEdgeResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanActivity?: PlanActivityResolvers<ContextType>;
  PlanActivityConnection?: PlanActivityConnectionResolvers<ContextType>;
  PlanActivityEdge?: PlanActivityEdgeResolvers<ContextType>;
  PlanSignature?: PlanSignatureResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Question?: QuestionResolvers<ContextType>;
  QuestionConnection?: QuestionConnectionResolvers<ContextType>;
  QuestionEdge?: QuestionEdgeResolvers<ContextType>;
  QuestioningCommitment?: QuestioningCommitmentResolvers<ContextType>;
  QuestioningCommitmentConnection?: QuestioningCommitmentConnectionResolvers<ContextType>;
  QuestioningCommitmentEdge?: QuestioningCommitmentEdgeResolvers<ContextType>;
  QuestioningSession?: QuestioningSessionResolvers<ContextType>;
  QuestioningSessionConnection?: QuestioningSessionConnectionResolvers<ContextType>;
  QuestioningSessionEdge?: QuestioningSessionEdgeResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  RecommendationAddressee?: RecommendationAddresseeResolvers<ContextType>;
  RecommendationConnection?: RecommendationConnectionResolvers<ContextType>;
  RecommendationCorrection?: RecommendationCorrectionResolvers<ContextType>;
  RecommendationCorrectionConnection?: RecommendationCorrectionConnectionResolvers<ContextType>;
  RecommendationCorrectionEdge?: RecommendationCorrectionEdgeResolvers<ContextType>;
  RecommendationEdge?: RecommendationEdgeResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  ResolutionConnection?: ResolutionConnectionResolvers<ContextType>;
  ResolutionEdge?: ResolutionEdgeResolvers<ContextType>;
  SearchMatch?: SearchMatchResolvers<ContextType>;
  SearchMatches?: SearchMatchesResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  Supervision?: SupervisionResolvers<ContextType>;
  SupervisionConnection?: SupervisionConnectionResolvers<ContextType>;
  SupervisionEdge?: SupervisionEdgeResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
}>;

