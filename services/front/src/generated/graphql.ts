import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VoterContactRound as VoterContactRoundEntity } from '../rounds/voter-contact-round.entity';
import type { VoterContactMeeting as VoterContactMeetingEntity } from '../meetings/voter-contact-meeting.entity';
import type { VoterPetition as VoterPetitionEntity } from '../petitions/voter-petition.entity';
import type { SocialSupervision as SocialSupervisionEntity } from '../supervisions/social-supervision.entity';
import type { FrontRecommendation as FrontRecommendationEntity } from '../recommendations/front-recommendation.entity';
import type { ReportKey as ReportKeyEntity } from '../report/report-key';
import type { ReportTotal as ReportTotalEntity, SearchMatches as SearchMatchesEntity, SearchResultsKey as SearchResultsKeyEntity, GraphContext } from '@phoihop/core';
import type { EntityRef as EntityRefEntity } from '../references';
import type { DelegateCardKey as DelegateCardKeyEntity } from '../scorecards/voter-contact-figures';
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

export type AnswerFrontRecommendationInput = {
  answeredOn: Scalars['Date']['input'];
  /** Số văn bản trả lời (tối đa 100 ký tự). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  recommendationId: Scalars['ID']['input'];
  /** Nội dung trả lời (tối đa 20.000 ký tự). */
  text: Scalars['String']['input'];
};

export type AnswerVoterPetitionInput = {
  answeredOn: Scalars['Date']['input'];
  /** Số văn bản trả lời (tối đa 100 ký tự). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  petitionId: Scalars['ID']['input'];
  /** Nội dung trả lời (tối đa 20.000 ký tự). */
  text: Scalars['String']['input'];
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
  /** The front service's part, newest first. */
  front?: Maybe<AuditEntryConnection>;
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

/** Cấp có thẩm quyền — the level of government competent to answer a petition. */
export type CompetentLevel =
  | 'CENTRAL'
  | 'COMMUNE'
  | 'PROVINCE';

export type ConcludeSocialSupervisionInput = {
  /** Kết luận (tối đa 20.000 ký tự). */
  conclusion: Scalars['String']['input'];
  endsOn: Scalars['Date']['input'];
  supervisionId: Scalars['ID']['input'];
};

export type CoordinationReport = {
  __typename?: 'CoordinationReport';
  /** Kết quả công tác của Ủy ban MTTQ — the Front's figures (public, aggregate); null, with SERVICE_UNAVAILABLE at this path, while the Front cannot answer. */
  front?: Maybe<FrontFigures>;
  jurisdictionId: Scalars['ID']['output'];
  year: Scalars['Int']['output'];
};

export type CoordinationTotal = {
  __typename?: 'CoordinationTotal';
  /** Kết quả công tác của Ủy ban MTTQ các cấp trên địa bàn — each jurisdiction's figures, summed. */
  front: FrontFigures;
  jurisdictionId: Scalars['ID']['output'];
  jurisdictionIds: Array<Scalars['ID']['output']>;
  year: Scalars['Int']['output'];
};

export type CreateSocialSupervisionInput = {
  /** Số quyết định (tối đa 100 ký tự). */
  decisionDocumentNumber?: InputMaybe<Scalars['String']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  kind: SocialSupervisionKind;
  startsOn: Scalars['Date']['input'];
  subjectDepartmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Đối tượng giám sát (tối đa 300 ký tự). */
  subjectName: Scalars['String']['input'];
  /** Tên cuộc giám sát, phản biện (tối đa 1.000 ký tự). */
  title: Scalars['String']['input'];
};

export type CreateVoterContactRoundInput = {
  delegationLevel: DelegationLevel;
  endsOn: Scalars['Date']['input'];
  jurisdictionId: Scalars['ID']['input'];
  kind: VoterContactRoundKind;
  /** Required unless the round is THEMATIC. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  startsOn: Scalars['Date']['input'];
  /** Tên đợt tiếp xúc (tối đa 1.000 ký tự). */
  title: Scalars['String']['input'];
  /** Required for a THEMATIC round, refused otherwise (tối đa 1.000 ký tự). */
  topic?: InputMaybe<Scalars['String']['input']>;
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

export type Delegate = {
  __typename?: 'Delegate';
  id: Scalars['ID']['output'];
  voterContactMeetings?: Maybe<VoterContactMeetingConnection>;
};


export type DelegateVoterContactMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DelegateScorecard = {
  __typename?: 'DelegateScorecard';
  delegateId: Scalars['ID']['output'];
  /** Hội nghị tiếp xúc cử tri đã dự — meetings held in the year that the delegate attended. */
  meetingsAttended?: Maybe<Scalars['Int']['output']>;
  /** Of those, answered by the body they were forwarded to. */
  petitionsAnswered?: Maybe<Scalars['Int']['output']>;
  /** Kiến nghị cử tri thu thập — petitions raised at those meetings. */
  petitionsCollected?: Maybe<Scalars['Int']['output']>;
  /** Of those, reported back to the voters (as the report counts them). */
  petitionsReportedBack?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

/** Đoàn đại biểu — whose delegates meet the voters. */
export type DelegationLevel =
  /** Đại biểu HĐND xã, phường */
  | 'COMMUNE_COUNCIL'
  /** Đại biểu HĐND cấp huyện (thị xã) — before 1 July 2025 */
  | 'DISTRICT_COUNCIL'
  /** Đoàn đại biểu Quốc hội */
  | 'NATIONAL_ASSEMBLY'
  /** Đại biểu HĐND tỉnh */
  | 'PROVINCE_COUNCIL';

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
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

export type FollowSessionDateInput = {
  plannedStartDate: Scalars['Date']['input'];
  sessionId: Scalars['ID']['input'];
};

export type ForwardVoterPetitionInput = {
  /** Required when the recipient is the committee: the department that answers. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Số văn bản chuyển (tối đa 100 ký tự). */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  forwardedOn: Scalars['Date']['input'];
  /**
   * The next regular council Session (an id from the council subgraph): the answer is due before
   * it opens at the latest. Give it together with nextRegularSessionOn.
   */
  nextRegularSessionId?: InputMaybe<Scalars['ID']['input']>;
  /** That session's planned opening day (its plannedStartDate), required with nextRegularSessionId. */
  nextRegularSessionOn?: InputMaybe<Scalars['Date']['input']>;
  petitionId: Scalars['ID']['input'];
  recipientKind: PetitionRecipientKind;
  /** Tên cơ quan nhận, e.g. "Phòng Tài nguyên và Môi trường" (tối đa 300 ký tự). */
  recipientName: Scalars['String']['input'];
};

/**
 * The Front's figures for a year, counted from its records: rounds by start date, meetings by
 * date held, petitions by the date they were raised (a cohort: of those raised that year, how
 * many were forwarded, answered, answered on time, reported back).
 */
export type FrontFigures = {
  __typename?: 'FrontFigures';
  /** Distinct meeting points over the whole year. */
  distinctMeetingPoints: Scalars['Int']['output'];
  frontRecommendations: Scalars['Int']['output'];
  frontRecommendationsAnswered: Scalars['Int']['output'];
  /** Kiến nghị của MTTQ quá hạn — unanswered and past due today. */
  frontRecommendationsOverdue: Scalars['Int']['output'];
  /** Số điểm tiếp xúc, as reviews count them: distinct points of each round, summed over rounds. */
  meetingPoints: Scalars['Int']['output'];
  /** Số cuộc tiếp xúc. */
  meetings: Scalars['Int']['output'];
  /** Kiến nghị trùng lặp — petitions that raised an earlier one again. */
  petitionRepeats: Scalars['Int']['output'];
  petitionsAnswered: Scalars['Int']['output'];
  petitionsAnsweredOnTime: Scalars['Int']['output'];
  /** Số kiến nghị cử tri tiếp nhận. */
  petitionsCollected: Scalars['Int']['output'];
  petitionsForwarded: Scalars['Int']['output'];
  /** Kiến nghị cử tri quá hạn — forwarded, unanswered and past the answer due date today. */
  petitionsOverdue: Scalars['Int']['output'];
  petitionsReportedBack: Scalars['Int']['output'];
  roundsByKind: Array<VoterContactRoundCount>;
  socialSupervisions: Scalars['Int']['output'];
  /** Số đợt tiếp xúc cử tri. */
  voterContactRounds: Scalars['Int']['output'];
  /** Số lượt cử tri tham dự. */
  voters: Scalars['Int']['output'];
};

/**
 * Kiến nghị của MTTQ — a recommendation the Front sends to a competent body after a
 * supervision or from voters' opinions, with an answer due (sent + 30 days, configurable).
 */
export type FrontRecommendation = {
  __typename?: 'FrontRecommendation';
  addressedTo: PetitionRecipient;
  answer?: Maybe<PetitionAnswer>;
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  content: Scalars['String']['output'];
  documentNumber: Scalars['String']['output'];
  /** Hạn trả lời. */
  dueDate: Scalars['Date']['output'];
  field: FieldOfResponsibility;
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  /** True when unanswered after the due date, or answered late. */
  overdue: Scalars['Boolean']['output'];
  sentOn: Scalars['Date']['output'];
  /** The supervision it concluded, if any. */
  supervision?: Maybe<SocialSupervision>;
};


/**
 * Kiến nghị của MTTQ — a recommendation the Front sends to a competent body after a
 * supervision or from voters' opinions, with an answer due (sent + 30 days, configurable).
 */
export type FrontRecommendationAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FrontRecommendationConnection = {
  __typename?: 'FrontRecommendationConnection';
  edges: Array<FrontRecommendationEdge>;
  nodes: Array<FrontRecommendation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FrontRecommendationEdge = {
  __typename?: 'FrontRecommendationEdge';
  cursor: Scalars['String']['output'];
  node: FrontRecommendation;
};

export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  id: Scalars['ID']['output'];
};

export type MarkVoterPetitionDuplicateInput = {
  /** The earlier (or same-meeting) petition it repeats, which goes on being followed up. */
  ofPetitionId: Scalars['ID']['input'];
  /** The petition that duplicates another; it becomes MERGED. */
  petitionId: Scalars['ID']['input'];
};

/** The delegates at a meeting (named apart from the council's DelegateConnection, which lists a term's delegates). */
export type MeetingDelegateConnection = {
  __typename?: 'MeetingDelegateConnection';
  edges: Array<MeetingDelegateEdge>;
  nodes?: Maybe<Array<Delegate>>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingDelegateEdge = {
  __typename?: 'MeetingDelegateEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Delegate>;
};

export type MeetingOfficialConnection = {
  __typename?: 'MeetingOfficialConnection';
  edges: Array<MeetingOfficialEdge>;
  nodes?: Maybe<Array<Official>>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingOfficialEdge = {
  __typename?: 'MeetingOfficialEdge';
  cursor: Scalars['String']['output'];
  node?: Maybe<Official>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Ghi nhận văn bản trả lời kiến nghị của MTTQ (cơ quan nhận). */
  answerFrontRecommendation: FrontRecommendation;
  /** Ghi nhận văn bản trả lời (phòng ban được chuyển hoặc lãnh đạo UBND). */
  answerVoterPetition: VoterPetition;
  /** Kết luận giám sát, phản biện. */
  concludeSocialSupervision: SocialSupervision;
  /** Quyết định giám sát, phản biện xã hội (Ban Thường trực MTTQ). */
  createSocialSupervision: SocialSupervision;
  /** Lập kế hoạch đợt tiếp xúc cử tri (Ban Thường trực MTTQ). */
  createVoterContactRound: VoterContactRound;
  /**
   * Theo kỳ họp dời lịch — the council published a session's new opening day (`session.moved`):
   * petitions awaiting an answer before it take the new date and their due dates follow. Returns
   * those that moved. SERVICE (the relay), ADMIN or the Front standing board.
   */
  followSessionDate: Array<VoterPetition>;
  /** Chuyển kiến nghị đến cơ quan có thẩm quyền (Ban Thường trực MTTQ); re-forwarding moves the due date. */
  forwardVoterPetition: VoterPetition;
  /** Gộp kiến nghị trùng lặp vào kiến nghị trước (Ban Thường trực MTTQ); clears its open deadline. */
  markVoterPetitionDuplicate: VoterPetition;
  /**
   * Tính lại thời hạn — recomputes the due dates of this body's open items after a calendar edit
   * (the days `from`–`to`) or a new rule version (`ruleKind`, in force from `from`), and
   * publishes each one that moved. Workers and admins only; running it twice moves nothing.
   * Returns how many due dates moved.
   */
  recomputeFrontDeadlines: Scalars['Int']['output'];
  /** Ghi nhận một cuộc tiếp xúc cử tri (cán bộ MTTQ). */
  recordVoterContactMeeting: VoterContactMeeting;
  /** Ghi nhận kiến nghị cử tri tại cuộc tiếp xúc (cán bộ MTTQ). */
  recordVoterPetition: VoterPetition;
  /** Ghi nhận đã thông báo kết quả trả lời tại cuộc tiếp xúc sau. */
  reportBackVoterPetition: VoterPetition;
  /** Gửi kiến nghị của MTTQ (Ban Thường trực). */
  sendFrontRecommendation: FrontRecommendation;
  /** Sửa biên bản cuộc tiếp xúc (cán bộ MTTQ). */
  updateVoterContactMeeting: VoterContactMeeting;
  /** Sửa thông tin đợt tiếp xúc cử tri (Ban Thường trực MTTQ). */
  updateVoterContactRound: VoterContactRound;
  /** Sửa nội dung, lĩnh vực, cấp thẩm quyền của kiến nghị chưa chuyển (cán bộ MTTQ). */
  updateVoterPetition: VoterPetition;
};


export type MutationAnswerFrontRecommendationArgs = {
  input: AnswerFrontRecommendationInput;
};


export type MutationAnswerVoterPetitionArgs = {
  input: AnswerVoterPetitionInput;
};


export type MutationConcludeSocialSupervisionArgs = {
  input: ConcludeSocialSupervisionInput;
};


export type MutationCreateSocialSupervisionArgs = {
  input: CreateSocialSupervisionInput;
};


export type MutationCreateVoterContactRoundArgs = {
  input: CreateVoterContactRoundInput;
};


export type MutationFollowSessionDateArgs = {
  input: FollowSessionDateInput;
};


export type MutationForwardVoterPetitionArgs = {
  input: ForwardVoterPetitionInput;
};


export type MutationMarkVoterPetitionDuplicateArgs = {
  input: MarkVoterPetitionDuplicateInput;
};


export type MutationRecomputeFrontDeadlinesArgs = {
  cause: DeadlineRecomputeCause;
  from: Scalars['Date']['input'];
  ruleKind?: InputMaybe<DeadlineRuleKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRecordVoterContactMeetingArgs = {
  input: RecordVoterContactMeetingInput;
};


export type MutationRecordVoterPetitionArgs = {
  input: RecordVoterPetitionInput;
};


export type MutationReportBackVoterPetitionArgs = {
  input: ReportBackVoterPetitionInput;
};


export type MutationSendFrontRecommendationArgs = {
  input: SendFrontRecommendationInput;
};


export type MutationUpdateVoterContactMeetingArgs = {
  input: UpdateVoterContactMeetingInput;
};


export type MutationUpdateVoterContactRoundArgs = {
  input: UpdateVoterContactRoundInput;
};


export type MutationUpdateVoterPetitionArgs = {
  input: UpdateVoterPetitionInput;
};

export type Official = {
  __typename?: 'Official';
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Trả lời — an answer given by the competent body. */
export type PetitionAnswer = {
  __typename?: 'PetitionAnswer';
  /** The official who recorded the answer, when they are in the committee directory. */
  answeredBy?: Maybe<Official>;
  answeredByName: Scalars['String']['output'];
  answeredOn: Scalars['Date']['output'];
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Answered on or before the due date. */
  onTime: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

/** Nơi nhận — who a petition or recommendation went to. */
export type PetitionRecipient = {
  __typename?: 'PetitionRecipient';
  department?: Maybe<Department>;
  kind: PetitionRecipientKind;
  name: Scalars['String']['output'];
};

/** Nơi nhận — the kind of body a petition or recommendation is sent to. */
export type PetitionRecipientKind =
  /** Ủy ban nhân dân (or one of its departments) */
  | 'COMMITTEE'
  /** Hội đồng nhân dân */
  | 'COUNCIL'
  /** Đoàn đại biểu Quốc hội */
  | 'NATIONAL_ASSEMBLY_DELEGATION'
  /** Cơ quan khác (ministries, province agencies outside this deployment) */
  | 'OTHER_AGENCY';

export type Query = {
  __typename?: 'Query';
  auditLog: AuditLog;
  frontRecommendation?: Maybe<FrontRecommendation>;
  frontRecommendations: FrontRecommendationConnection;
  socialSupervision?: Maybe<SocialSupervision>;
  socialSupervisions: SocialSupervisionConnection;
  voterContactMeeting?: Maybe<VoterContactMeeting>;
  voterContactRound?: Maybe<VoterContactRound>;
  voterContactRounds: VoterContactRoundConnection;
  voterPetition?: Maybe<VoterPetition>;
  voterPetitions: VoterPetitionConnection;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFrontRecommendationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFrontRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  answered?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySocialSupervisionArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySocialSupervisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  kind?: InputMaybe<SocialSupervisionKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVoterContactMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVoterContactRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVoterContactRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  kind?: InputMaybe<VoterContactRoundKind>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVoterPetitionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVoterPetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: VoterPetitionFilter;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordVoterContactMeetingInput = {
  /** At least one delegate; at most 200. */
  delegateIds: Array<Scalars['ID']['input']>;
  heldOn: Scalars['Date']['input'];
  localityId?: InputMaybe<Scalars['ID']['input']>;
  /** Xã, phường của điểm tiếp xúc (tối đa 300 ký tự). */
  localityName: Scalars['String']['input'];
  /** At most 200. */
  officialIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Điểm tiếp xúc (tối đa 300 ký tự). */
  place: Scalars['String']['input'];
  roundId: Scalars['ID']['input'];
  voterCount: Scalars['Int']['input'];
};

export type RecordVoterPetitionInput = {
  competentLevel: CompetentLevel;
  /** Nội dung kiến nghị (tối đa 20.000 ký tự). */
  content: Scalars['String']['input'];
  field: FieldOfResponsibility;
  meetingId: Scalars['ID']['input'];
  /** The earlier petition this one raises again, if any. */
  repeatOfId?: InputMaybe<Scalars['ID']['input']>;
};

export type ReportBackVoterPetitionInput = {
  /** A later meeting at which the answer was read out to the voters. */
  meetingId: Scalars['ID']['input'];
  petitionId: Scalars['ID']['input'];
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
  /** Kiến nghị của cử tri, kiến nghị của MTTQ khớp nội dung tìm — those the user may read. */
  frontMatches?: Maybe<SearchMatches>;
  request: Scalars['String']['output'];
};

export type SendFrontRecommendationInput = {
  /** Nội dung kiến nghị (tối đa 20.000 ký tự). */
  content: Scalars['String']['input'];
  /** Required when the recipient is the committee. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Số văn bản kiến nghị (tối đa 100 ký tự). */
  documentNumber: Scalars['String']['input'];
  field: FieldOfResponsibility;
  jurisdictionId: Scalars['ID']['input'];
  recipientKind: PetitionRecipientKind;
  /** Tên cơ quan nhận (tối đa 300 ký tự). */
  recipientName: Scalars['String']['input'];
  sentOn: Scalars['Date']['input'];
  supervisionId?: InputMaybe<Scalars['ID']['input']>;
};

export type Session = {
  __typename?: 'Session';
  id: Scalars['ID']['output'];
  /** Các đợt tiếp xúc cử tri phục vụ kỳ họp — null, with SERVICE_UNAVAILABLE at this path, while the Front cannot answer. */
  voterContactRounds?: Maybe<VoterContactRoundConnection>;
};


export type SessionVoterContactRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Giám sát, phản biện xã hội của MTTQ — a supervision or social critique run by the Front
 * Standing Board, concluded with recommendations to the competent bodies.
 */
export type SocialSupervision = {
  __typename?: 'SocialSupervision';
  /** Kết luận — null until concluded. */
  conclusion?: Maybe<Scalars['String']['output']>;
  /** Số quyết định, kế hoạch giám sát. */
  decisionDocumentNumber?: Maybe<Scalars['String']['output']>;
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  kind: SocialSupervisionKind;
  recommendations: FrontRecommendationConnection;
  startsOn: Scalars['Date']['output'];
  subjectDepartment?: Maybe<Department>;
  /** Đối tượng giám sát — the body, department or draft under supervision or critique. */
  subjectName: Scalars['String']['output'];
  title: Scalars['String']['output'];
};


/**
 * Giám sát, phản biện xã hội của MTTQ — a supervision or social critique run by the Front
 * Standing Board, concluded with recommendations to the competent bodies.
 */
export type SocialSupervisionRecommendationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SocialSupervisionConnection = {
  __typename?: 'SocialSupervisionConnection';
  edges: Array<SocialSupervisionEdge>;
  nodes: Array<SocialSupervision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SocialSupervisionEdge = {
  __typename?: 'SocialSupervisionEdge';
  cursor: Scalars['String']['output'];
  node: SocialSupervision;
};

/** Loại hoạt động — the Front's supervision or its social critique of a draft policy. */
export type SocialSupervisionKind =
  /** Phản biện xã hội */
  | 'SOCIAL_CRITIQUE'
  /** Giám sát */
  | 'SUPERVISION';

/** Đoạn tô sáng — where the searched words occur in a snippet (start and length in UTF-16 code units). */
export type TextRange = {
  __typename?: 'TextRange';
  length: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/**
 * Chỉnh sửa cuộc tiếp xúc — only the fields given change; lists given replace the old ones.
 * Round totals are computed, so they follow.
 */
export type UpdateVoterContactMeetingInput = {
  delegateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Within the round's period; not after a petition raised here was forwarded. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  localityId?: InputMaybe<Scalars['ID']['input']>;
  /** Xã, phường của điểm tiếp xúc (tối đa 300 ký tự). */
  localityName?: InputMaybe<Scalars['String']['input']>;
  meetingId: Scalars['ID']['input'];
  officialIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Điểm tiếp xúc (tối đa 300 ký tự). */
  place?: InputMaybe<Scalars['String']['input']>;
  voterCount?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Chỉnh sửa đợt tiếp xúc — only the fields given change. The kind stays; the period must still
 * contain every meeting already recorded.
 */
export type UpdateVoterContactRoundInput = {
  delegationLevel?: InputMaybe<DelegationLevel>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  roundId: Scalars['ID']['input'];
  /** Another session (not for a THEMATIC round). */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Tên đợt tiếp xúc (tối đa 1.000 ký tự). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Only for a THEMATIC round (tối đa 1.000 ký tự). */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** Chỉnh sửa kiến nghị — only while RECEIVED (not yet forwarded); only the fields given change. */
export type UpdateVoterPetitionInput = {
  competentLevel?: InputMaybe<CompetentLevel>;
  /** Nội dung kiến nghị (tối đa 20.000 ký tự). */
  content?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<FieldOfResponsibility>;
  petitionId: Scalars['ID']['input'];
};

/**
 * Cuộc tiếp xúc cử tri — one meeting of a round at a meeting point, with the council delegates
 * who report to the voters and the committee officials who answer them.
 */
export type VoterContactMeeting = {
  __typename?: 'VoterContactMeeting';
  /** Đã chỉnh sửa — when the meeting was last corrected; null if never. */
  correctedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Đại biểu dự — the delegates who attended. */
  delegates: MeetingDelegateConnection;
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  /** The same ward or commune as a jurisdiction, when it is one in this deployment. */
  locality?: Maybe<Jurisdiction>;
  /** The ward or commune the meeting point is in, e.g. "Phường Bắc Hồng". */
  localityName: Scalars['String']['output'];
  /** Lãnh đạo UBND, phòng ban dự để giải trình — officials who attended to answer. */
  officials: MeetingOfficialConnection;
  /** Kiến nghị cử tri nêu tại cuộc tiếp xúc. */
  petitions: VoterPetitionConnection;
  /** Điểm tiếp xúc — the meeting point, e.g. "Nhà văn hóa tổ dân phố 5". */
  place: Scalars['String']['output'];
  /** Petitions whose answers were reported back to the voters at this meeting. */
  reportedBackPetitions: VoterPetitionConnection;
  round: VoterContactRound;
  /** Số cử tri tham dự. */
  voterCount: Scalars['Int']['output'];
};


/**
 * Cuộc tiếp xúc cử tri — one meeting of a round at a meeting point, with the council delegates
 * who report to the voters and the committee officials who answer them.
 */
export type VoterContactMeetingDelegatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Cuộc tiếp xúc cử tri — one meeting of a round at a meeting point, with the council delegates
 * who report to the voters and the committee officials who answer them.
 */
export type VoterContactMeetingOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Cuộc tiếp xúc cử tri — one meeting of a round at a meeting point, with the council delegates
 * who report to the voters and the committee officials who answer them.
 */
export type VoterContactMeetingPetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Cuộc tiếp xúc cử tri — one meeting of a round at a meeting point, with the council delegates
 * who report to the voters and the committee officials who answer them.
 */
export type VoterContactMeetingReportedBackPetitionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VoterContactMeetingConnection = {
  __typename?: 'VoterContactMeetingConnection';
  edges: Array<VoterContactMeetingEdge>;
  nodes: Array<VoterContactMeeting>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VoterContactMeetingEdge = {
  __typename?: 'VoterContactMeetingEdge';
  cursor: Scalars['String']['output'];
  node: VoterContactMeeting;
};

/**
 * Đợt tiếp xúc cử tri — a voter-contact round the Front Standing Board organises with council
 * delegates, before or after a session or on a theme. Its totals are computed from its meetings.
 */
export type VoterContactRound = {
  __typename?: 'VoterContactRound';
  /** Đã chỉnh sửa — when the round was last corrected; null if never. */
  correctedAt?: Maybe<Scalars['DateTime']['output']>;
  delegationLevel: DelegationLevel;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  kind: VoterContactRoundKind;
  /** Số cuộc tiếp xúc. */
  meetingCount: Scalars['Int']['output'];
  /** Số điểm tiếp xúc — distinct meeting points (same place in the same ward counts once). */
  meetingPointCount: Scalars['Int']['output'];
  meetings: VoterContactMeetingConnection;
  /** The council session the round serves; none for a thematic round. */
  session?: Maybe<Session>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  /** Chuyên đề — the theme of a THEMATIC round. */
  topic?: Maybe<Scalars['String']['output']>;
  /** Số cử tri tham dự — voters attending, summed over the meetings. */
  voterCount: Scalars['Int']['output'];
};


/**
 * Đợt tiếp xúc cử tri — a voter-contact round the Front Standing Board organises with council
 * delegates, before or after a session or on a theme. Its totals are computed from its meetings.
 */
export type VoterContactRoundMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VoterContactRoundConnection = {
  __typename?: 'VoterContactRoundConnection';
  edges: Array<VoterContactRoundEdge>;
  nodes: Array<VoterContactRound>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Số đợt tiếp xúc cử tri theo loại. */
export type VoterContactRoundCount = {
  __typename?: 'VoterContactRoundCount';
  count: Scalars['Int']['output'];
  kind: VoterContactRoundKind;
};

export type VoterContactRoundEdge = {
  __typename?: 'VoterContactRoundEdge';
  cursor: Scalars['String']['output'];
  node: VoterContactRound;
};

/** Loại đợt tiếp xúc cử tri — when a voter-contact round takes place. */
export type VoterContactRoundKind =
  /** Tiếp xúc cử tri sau kỳ họp */
  | 'AFTER_SESSION'
  /** Tiếp xúc cử tri trước kỳ họp */
  | 'BEFORE_SESSION'
  /** Tiếp xúc cử tri theo chuyên đề */
  | 'THEMATIC';

/**
 * Kiến nghị cử tri — a petition voters raised at a contact meeting, forwarded to the competent
 * body, answered by it and reported back to the voters at a later meeting.
 */
export type VoterPetition = {
  __typename?: 'VoterPetition';
  answer?: Maybe<PetitionAnswer>;
  /** Hạn trả lời — forwarded + 30 days (configurable), before the next regular session at the latest. */
  answerDue?: Maybe<Scalars['Date']['output']>;
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  competentLevel: CompetentLevel;
  content: Scalars['String']['output'];
  field: FieldOfResponsibility;
  forwardedOn?: Maybe<Scalars['Date']['output']>;
  /** Chuyển đến — null until forwarded. */
  forwardedTo?: Maybe<PetitionRecipient>;
  forwardingDocumentNumber?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jurisdiction?: Maybe<Jurisdiction>;
  meeting: VoterContactMeeting;
  /** Kỳ họp thường lệ tiếp theo — the council session the answer must precede, if the Board named one. */
  nextRegularSession?: Maybe<Session>;
  /** That session's opening day as the Board relied on it when forwarding (the council's own date is nextRegularSession.plannedStartDate). */
  nextRegularSessionOn?: Maybe<Scalars['Date']['output']>;
  /** True when unanswered after the due date, or answered late. */
  overdue: Scalars['Boolean']['output'];
  raisedOn: Scalars['Date']['output'];
  /** Kiến nghị trùng lặp: the earlier petition this one raises again (or, when MERGED, was merged into). */
  repeatOf?: Maybe<VoterPetition>;
  /** Later petitions that raised this one again. */
  repeats: VoterPetitionConnection;
  /** Cuộc tiếp xúc đã thông báo kết quả trả lời cho cử tri. */
  reportedBackAt?: Maybe<VoterContactMeeting>;
  status: VoterPetitionStatus;
};


/**
 * Kiến nghị cử tri — a petition voters raised at a contact meeting, forwarded to the competent
 * body, answered by it and reported back to the voters at a later meeting.
 */
export type VoterPetitionAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Kiến nghị cử tri — a petition voters raised at a contact meeting, forwarded to the competent
 * body, answered by it and reported back to the voters at a later meeting.
 */
export type VoterPetitionRepeatsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VoterPetitionConnection = {
  __typename?: 'VoterPetitionConnection';
  edges: Array<VoterPetitionEdge>;
  nodes: Array<VoterPetition>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VoterPetitionEdge = {
  __typename?: 'VoterPetitionEdge';
  cursor: Scalars['String']['output'];
  node: VoterPetition;
};

export type VoterPetitionFilter = {
  /** Only those forwarded to this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  field?: InputMaybe<FieldOfResponsibility>;
  jurisdictionId: Scalars['ID']['input'];
  /** Only unanswered petitions past their due date. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<VoterPetitionStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Trạng thái kiến nghị cử tri — RECEIVED → FORWARDED → ANSWERED → REPORTED_BACK, or MERGED into an earlier petition. */
export type VoterPetitionStatus =
  /** Đã có văn bản trả lời */
  | 'ANSWERED'
  /** Đã chuyển cơ quan có thẩm quyền, chờ trả lời */
  | 'FORWARDED'
  /** Trùng lặp, đã gộp vào kiến nghị trước (repeatOf); no longer followed up on its own */
  | 'MERGED'
  /** Đã tiếp nhận, chưa chuyển */
  | 'RECEIVED'
  /** Đã thông báo kết quả trả lời đến cử tri */
  | 'REPORTED_BACK';

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
  Delegate: Delegate;
  DelegateScorecard: DelegateScorecard;
  FrontRecommendation: FrontRecommendation;
  SearchResults: SearchResults;
  Session: Session;
  VoterContactMeeting: VoterContactMeeting;
  VoterContactRound: VoterContactRound;
  VoterPetition: VoterPetition;
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
  Delegate:
    ( { __typename: 'Delegate' }
    & GraphQLRecursivePick<FederationTypes['Delegate'], {"id":true}> );
  DelegateScorecard:
    ( { __typename: 'DelegateScorecard' }
    & GraphQLRecursivePick<FederationTypes['DelegateScorecard'], {"delegateId":true,"year":true}> );
  FrontRecommendation:
    ( { __typename: 'FrontRecommendation' }
    & GraphQLRecursivePick<FederationTypes['FrontRecommendation'], {"id":true}> );
  SearchResults:
    ( { __typename: 'SearchResults' }
    & GraphQLRecursivePick<FederationTypes['SearchResults'], {"request":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
  VoterContactMeeting:
    ( { __typename: 'VoterContactMeeting' }
    & GraphQLRecursivePick<FederationTypes['VoterContactMeeting'], {"id":true}> );
  VoterContactRound:
    ( { __typename: 'VoterContactRound' }
    & GraphQLRecursivePick<FederationTypes['VoterContactRound'], {"id":true}> );
  VoterPetition:
    ( { __typename: 'VoterPetition' }
    & GraphQLRecursivePick<FederationTypes['VoterPetition'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnswerFrontRecommendationInput: AnswerFrontRecommendationInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnswerVoterPetitionInput: AnswerVoterPetitionInput;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChange>;
  AuditLog: ResolverTypeWrapper<AuditLog>;
  AuditLogFilter: AuditLogFilter;
  AuthorityLevel: AuthorityLevel;
  CompetentLevel: CompetentLevel;
  ConcludeSocialSupervisionInput: ConcludeSocialSupervisionInput;
  CoordinationReport: ResolverTypeWrapper<ReportKeyEntity>;
  CoordinationTotal: ResolverTypeWrapper<ReportTotalEntity>;
  CreateSocialSupervisionInput: CreateSocialSupervisionInput;
  CreateVoterContactRoundInput: CreateVoterContactRoundInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineRecomputeCause: DeadlineRecomputeCause;
  DeadlineRuleKind: DeadlineRuleKind;
  Delegate: ResolverTypeWrapper<EntityRefEntity>;
  DelegateScorecard: ResolverTypeWrapper<DelegateCardKeyEntity>;
  DelegationLevel: DelegationLevel;
  Department: ResolverTypeWrapper<Department>;
  ErrorCode: ErrorCode;
  FieldOfResponsibility: FieldOfResponsibility;
  FollowSessionDateInput: FollowSessionDateInput;
  ForwardVoterPetitionInput: ForwardVoterPetitionInput;
  FrontFigures: ResolverTypeWrapper<FrontFigures>;
  FrontRecommendation: ResolverTypeWrapper<FrontRecommendationEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FrontRecommendationConnection: ResolverTypeWrapper<Omit<FrontRecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FrontRecommendationEdge']>, nodes: Array<ResolversTypes['FrontRecommendation']> }>;
  FrontRecommendationEdge: ResolverTypeWrapper<Omit<FrontRecommendationEdge, 'node'> & { node: ResolversTypes['FrontRecommendation'] }>;
  Jurisdiction: ResolverTypeWrapper<Jurisdiction>;
  MarkVoterPetitionDuplicateInput: MarkVoterPetitionDuplicateInput;
  MeetingDelegateConnection: ResolverTypeWrapper<Omit<MeetingDelegateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MeetingDelegateEdge']>, nodes?: Maybe<Array<ResolversTypes['Delegate']>> }>;
  MeetingDelegateEdge: ResolverTypeWrapper<Omit<MeetingDelegateEdge, 'node'> & { node?: Maybe<ResolversTypes['Delegate']> }>;
  MeetingOfficialConnection: ResolverTypeWrapper<MeetingOfficialConnection>;
  MeetingOfficialEdge: ResolverTypeWrapper<MeetingOfficialEdge>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<Official>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PetitionAnswer: ResolverTypeWrapper<PetitionAnswer>;
  PetitionRecipient: ResolverTypeWrapper<PetitionRecipient>;
  PetitionRecipientKind: PetitionRecipientKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordVoterContactMeetingInput: RecordVoterContactMeetingInput;
  RecordVoterPetitionInput: RecordVoterPetitionInput;
  ReportBackVoterPetitionInput: ReportBackVoterPetitionInput;
  SearchKind: SearchKind;
  SearchMatch: ResolverTypeWrapper<SearchMatch>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SearchMatches: ResolverTypeWrapper<SearchMatchesEntity>;
  SearchResults: ResolverTypeWrapper<SearchResultsKeyEntity>;
  SendFrontRecommendationInput: SendFrontRecommendationInput;
  Session: ResolverTypeWrapper<EntityRefEntity>;
  SocialSupervision: ResolverTypeWrapper<SocialSupervisionEntity>;
  SocialSupervisionConnection: ResolverTypeWrapper<Omit<SocialSupervisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SocialSupervisionEdge']>, nodes: Array<ResolversTypes['SocialSupervision']> }>;
  SocialSupervisionEdge: ResolverTypeWrapper<Omit<SocialSupervisionEdge, 'node'> & { node: ResolversTypes['SocialSupervision'] }>;
  SocialSupervisionKind: SocialSupervisionKind;
  TextRange: ResolverTypeWrapper<TextRange>;
  UpdateVoterContactMeetingInput: UpdateVoterContactMeetingInput;
  UpdateVoterContactRoundInput: UpdateVoterContactRoundInput;
  UpdateVoterPetitionInput: UpdateVoterPetitionInput;
  VoterContactMeeting: ResolverTypeWrapper<VoterContactMeetingEntity>;
  VoterContactMeetingConnection: ResolverTypeWrapper<Omit<VoterContactMeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VoterContactMeetingEdge']>, nodes: Array<ResolversTypes['VoterContactMeeting']> }>;
  VoterContactMeetingEdge: ResolverTypeWrapper<Omit<VoterContactMeetingEdge, 'node'> & { node: ResolversTypes['VoterContactMeeting'] }>;
  VoterContactRound: ResolverTypeWrapper<VoterContactRoundEntity>;
  VoterContactRoundConnection: ResolverTypeWrapper<Omit<VoterContactRoundConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VoterContactRoundEdge']>, nodes: Array<ResolversTypes['VoterContactRound']> }>;
  VoterContactRoundCount: ResolverTypeWrapper<VoterContactRoundCount>;
  VoterContactRoundEdge: ResolverTypeWrapper<Omit<VoterContactRoundEdge, 'node'> & { node: ResolversTypes['VoterContactRound'] }>;
  VoterContactRoundKind: VoterContactRoundKind;
  VoterPetition: ResolverTypeWrapper<VoterPetitionEntity>;
  VoterPetitionConnection: ResolverTypeWrapper<Omit<VoterPetitionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['VoterPetitionEdge']>, nodes: Array<ResolversTypes['VoterPetition']> }>;
  VoterPetitionEdge: ResolverTypeWrapper<Omit<VoterPetitionEdge, 'node'> & { node: ResolversTypes['VoterPetition'] }>;
  VoterPetitionFilter: VoterPetitionFilter;
  VoterPetitionStatus: VoterPetitionStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnswerFrontRecommendationInput: AnswerFrontRecommendationInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AnswerVoterPetitionInput: AnswerVoterPetitionInput;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  AuditFieldChange: AuditFieldChange;
  AuditLog: AuditLog | FederationReferenceTypes['AuditLog'];
  AuditLogFilter: AuditLogFilter;
  ConcludeSocialSupervisionInput: ConcludeSocialSupervisionInput;
  CoordinationReport: ReportKeyEntity;
  CoordinationTotal: ReportTotalEntity;
  CreateSocialSupervisionInput: CreateSocialSupervisionInput;
  CreateVoterContactRoundInput: CreateVoterContactRoundInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Delegate: EntityRefEntity;
  DelegateScorecard: DelegateCardKeyEntity;
  Department: Department;
  FollowSessionDateInput: FollowSessionDateInput;
  ForwardVoterPetitionInput: ForwardVoterPetitionInput;
  FrontFigures: FrontFigures;
  FrontRecommendation: FrontRecommendationEntity;
  Boolean: Scalars['Boolean']['output'];
  FrontRecommendationConnection: Omit<FrontRecommendationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FrontRecommendationEdge']>, nodes: Array<ResolversParentTypes['FrontRecommendation']> };
  FrontRecommendationEdge: Omit<FrontRecommendationEdge, 'node'> & { node: ResolversParentTypes['FrontRecommendation'] };
  Jurisdiction: Jurisdiction;
  MarkVoterPetitionDuplicateInput: MarkVoterPetitionDuplicateInput;
  MeetingDelegateConnection: Omit<MeetingDelegateConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MeetingDelegateEdge']>, nodes?: Maybe<Array<ResolversParentTypes['Delegate']>> };
  MeetingDelegateEdge: Omit<MeetingDelegateEdge, 'node'> & { node?: Maybe<ResolversParentTypes['Delegate']> };
  MeetingOfficialConnection: MeetingOfficialConnection;
  MeetingOfficialEdge: MeetingOfficialEdge;
  Mutation: Record<PropertyKey, never>;
  Official: Official;
  PageInfo: PageInfo;
  PetitionAnswer: PetitionAnswer;
  PetitionRecipient: PetitionRecipient;
  Query: Record<PropertyKey, never>;
  RecordVoterContactMeetingInput: RecordVoterContactMeetingInput;
  RecordVoterPetitionInput: RecordVoterPetitionInput;
  ReportBackVoterPetitionInput: ReportBackVoterPetitionInput;
  SearchMatch: SearchMatch;
  Float: Scalars['Float']['output'];
  SearchMatches: SearchMatchesEntity;
  SearchResults: SearchResultsKeyEntity;
  SendFrontRecommendationInput: SendFrontRecommendationInput;
  Session: EntityRefEntity;
  SocialSupervision: SocialSupervisionEntity;
  SocialSupervisionConnection: Omit<SocialSupervisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SocialSupervisionEdge']>, nodes: Array<ResolversParentTypes['SocialSupervision']> };
  SocialSupervisionEdge: Omit<SocialSupervisionEdge, 'node'> & { node: ResolversParentTypes['SocialSupervision'] };
  TextRange: TextRange;
  UpdateVoterContactMeetingInput: UpdateVoterContactMeetingInput;
  UpdateVoterContactRoundInput: UpdateVoterContactRoundInput;
  UpdateVoterPetitionInput: UpdateVoterPetitionInput;
  VoterContactMeeting: VoterContactMeetingEntity;
  VoterContactMeetingConnection: Omit<VoterContactMeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VoterContactMeetingEdge']>, nodes: Array<ResolversParentTypes['VoterContactMeeting']> };
  VoterContactMeetingEdge: Omit<VoterContactMeetingEdge, 'node'> & { node: ResolversParentTypes['VoterContactMeeting'] };
  VoterContactRound: VoterContactRoundEntity;
  VoterContactRoundConnection: Omit<VoterContactRoundConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VoterContactRoundEdge']>, nodes: Array<ResolversParentTypes['VoterContactRound']> };
  VoterContactRoundCount: VoterContactRoundCount;
  VoterContactRoundEdge: Omit<VoterContactRoundEdge, 'node'> & { node: ResolversParentTypes['VoterContactRound'] };
  VoterPetition: VoterPetitionEntity;
  VoterPetitionConnection: Omit<VoterPetitionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['VoterPetitionEdge']>, nodes: Array<ResolversParentTypes['VoterPetition']> };
  VoterPetitionEdge: Omit<VoterPetitionEdge, 'node'> & { node: ResolversParentTypes['VoterPetition'] };
  VoterPetitionFilter: VoterPetitionFilter;
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
  front?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CoordinationReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationReport'] = ResolversParentTypes['CoordinationReport'], FederationReferenceType extends FederationReferenceTypes['CoordinationReport'] = FederationReferenceTypes['CoordinationReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  front?: Resolver<Maybe<ResolversTypes['FrontFigures']>, ParentType, ContextType>;
  jurisdictionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoordinationTotalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationTotal'] = ResolversParentTypes['CoordinationTotal'], FederationReferenceType extends FederationReferenceTypes['CoordinationTotal'] = FederationReferenceTypes['CoordinationTotal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationTotal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  front?: Resolver<ResolversTypes['FrontFigures'], ParentType, ContextType>;
  jurisdictionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdictionIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Delegate'] = ResolversParentTypes['Delegate'], FederationReferenceType extends FederationReferenceTypes['Delegate'] = FederationReferenceTypes['Delegate']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Delegate']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterContactMeetings?: Resolver<Maybe<ResolversTypes['VoterContactMeetingConnection']>, ParentType, ContextType, Partial<DelegateVoterContactMeetingsArgs>>;
}>;

export type DelegateScorecardResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DelegateScorecard'] = ResolversParentTypes['DelegateScorecard'], FederationReferenceType extends FederationReferenceTypes['DelegateScorecard'] = FederationReferenceTypes['DelegateScorecard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DelegateScorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  delegateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetingsAttended?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  petitionsAnswered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  petitionsCollected?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  petitionsReportedBack?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type FrontFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FrontFigures'] = ResolversParentTypes['FrontFigures']> = ResolversObject<{
  distinctMeetingPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frontRecommendations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frontRecommendationsAnswered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  frontRecommendationsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionRepeats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionsAnswered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionsAnsweredOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionsCollected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionsForwarded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  petitionsReportedBack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  roundsByKind?: Resolver<Array<ResolversTypes['VoterContactRoundCount']>, ParentType, ContextType>;
  socialSupervisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voterContactRounds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FrontRecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FrontRecommendation'] = ResolversParentTypes['FrontRecommendation'], FederationReferenceType extends FederationReferenceTypes['FrontRecommendation'] = FederationReferenceTypes['FrontRecommendation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FrontRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addressedTo?: Resolver<ResolversTypes['PetitionRecipient'], ParentType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['PetitionAnswer']>, ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<FrontRecommendationAuditTrailArgs>>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  documentNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['FieldOfResponsibility'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  supervision?: Resolver<Maybe<ResolversTypes['SocialSupervision']>, ParentType, ContextType>;
}>;

export type FrontRecommendationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FrontRecommendationConnection'] = ResolversParentTypes['FrontRecommendationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FrontRecommendationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FrontRecommendation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FrontRecommendationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FrontRecommendationEdge'] = ResolversParentTypes['FrontRecommendationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FrontRecommendation'], ParentType, ContextType>;
}>;

export type JurisdictionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MeetingDelegateConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MeetingDelegateConnection'] = ResolversParentTypes['MeetingDelegateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeetingDelegateEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Maybe<Array<ResolversTypes['Delegate']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeetingDelegateEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MeetingDelegateEdge'] = ResolversParentTypes['MeetingDelegateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Delegate']>, ParentType, ContextType>;
}>;

export type MeetingOfficialConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MeetingOfficialConnection'] = ResolversParentTypes['MeetingOfficialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MeetingOfficialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Maybe<Array<ResolversTypes['Official']>>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MeetingOfficialEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['MeetingOfficialEdge'] = ResolversParentTypes['MeetingOfficialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  answerFrontRecommendation?: Resolver<ResolversTypes['FrontRecommendation'], ParentType, ContextType, RequireFields<MutationAnswerFrontRecommendationArgs, 'input'>>;
  answerVoterPetition?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType, RequireFields<MutationAnswerVoterPetitionArgs, 'input'>>;
  concludeSocialSupervision?: Resolver<ResolversTypes['SocialSupervision'], ParentType, ContextType, RequireFields<MutationConcludeSocialSupervisionArgs, 'input'>>;
  createSocialSupervision?: Resolver<ResolversTypes['SocialSupervision'], ParentType, ContextType, RequireFields<MutationCreateSocialSupervisionArgs, 'input'>>;
  createVoterContactRound?: Resolver<ResolversTypes['VoterContactRound'], ParentType, ContextType, RequireFields<MutationCreateVoterContactRoundArgs, 'input'>>;
  followSessionDate?: Resolver<Array<ResolversTypes['VoterPetition']>, ParentType, ContextType, RequireFields<MutationFollowSessionDateArgs, 'input'>>;
  forwardVoterPetition?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType, RequireFields<MutationForwardVoterPetitionArgs, 'input'>>;
  markVoterPetitionDuplicate?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType, RequireFields<MutationMarkVoterPetitionDuplicateArgs, 'input'>>;
  recomputeFrontDeadlines?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecomputeFrontDeadlinesArgs, 'cause' | 'from'>>;
  recordVoterContactMeeting?: Resolver<ResolversTypes['VoterContactMeeting'], ParentType, ContextType, RequireFields<MutationRecordVoterContactMeetingArgs, 'input'>>;
  recordVoterPetition?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType, RequireFields<MutationRecordVoterPetitionArgs, 'input'>>;
  reportBackVoterPetition?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType, RequireFields<MutationReportBackVoterPetitionArgs, 'input'>>;
  sendFrontRecommendation?: Resolver<ResolversTypes['FrontRecommendation'], ParentType, ContextType, RequireFields<MutationSendFrontRecommendationArgs, 'input'>>;
  updateVoterContactMeeting?: Resolver<ResolversTypes['VoterContactMeeting'], ParentType, ContextType, RequireFields<MutationUpdateVoterContactMeetingArgs, 'input'>>;
  updateVoterContactRound?: Resolver<ResolversTypes['VoterContactRound'], ParentType, ContextType, RequireFields<MutationUpdateVoterContactRoundArgs, 'input'>>;
  updateVoterPetition?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType, RequireFields<MutationUpdateVoterPetitionArgs, 'input'>>;
}>;

export type OfficialResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PetitionAnswerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PetitionAnswer'] = ResolversParentTypes['PetitionAnswer']> = ResolversObject<{
  answeredBy?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  answeredByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  answeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  documentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PetitionRecipientResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PetitionRecipient'] = ResolversParentTypes['PetitionRecipient']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PetitionRecipientKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditLog'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  frontRecommendation?: Resolver<Maybe<ResolversTypes['FrontRecommendation']>, ParentType, ContextType, RequireFields<QueryFrontRecommendationArgs, 'id'>>;
  frontRecommendations?: Resolver<ResolversTypes['FrontRecommendationConnection'], ParentType, ContextType, RequireFields<QueryFrontRecommendationsArgs, 'jurisdictionId'>>;
  socialSupervision?: Resolver<Maybe<ResolversTypes['SocialSupervision']>, ParentType, ContextType, RequireFields<QuerySocialSupervisionArgs, 'id'>>;
  socialSupervisions?: Resolver<ResolversTypes['SocialSupervisionConnection'], ParentType, ContextType, RequireFields<QuerySocialSupervisionsArgs, 'jurisdictionId'>>;
  voterContactMeeting?: Resolver<Maybe<ResolversTypes['VoterContactMeeting']>, ParentType, ContextType, RequireFields<QueryVoterContactMeetingArgs, 'id'>>;
  voterContactRound?: Resolver<Maybe<ResolversTypes['VoterContactRound']>, ParentType, ContextType, RequireFields<QueryVoterContactRoundArgs, 'id'>>;
  voterContactRounds?: Resolver<ResolversTypes['VoterContactRoundConnection'], ParentType, ContextType, RequireFields<QueryVoterContactRoundsArgs, 'jurisdictionId'>>;
  voterPetition?: Resolver<Maybe<ResolversTypes['VoterPetition']>, ParentType, ContextType, RequireFields<QueryVoterPetitionArgs, 'id'>>;
  voterPetitions?: Resolver<ResolversTypes['VoterPetitionConnection'], ParentType, ContextType, RequireFields<QueryVoterPetitionsArgs, 'filter'>>;
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
  frontMatches?: Resolver<Maybe<ResolversTypes['SearchMatches']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SessionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  voterContactRounds?: Resolver<Maybe<ResolversTypes['VoterContactRoundConnection']>, ParentType, ContextType, Partial<SessionVoterContactRoundsArgs>>;
}>;

export type SocialSupervisionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SocialSupervision'] = ResolversParentTypes['SocialSupervision']> = ResolversObject<{
  conclusion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionDocumentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SocialSupervisionKind'], ParentType, ContextType>;
  recommendations?: Resolver<ResolversTypes['FrontRecommendationConnection'], ParentType, ContextType, Partial<SocialSupervisionRecommendationsArgs>>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  subjectDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  subjectName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SocialSupervisionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SocialSupervisionConnection'] = ResolversParentTypes['SocialSupervisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SocialSupervisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SocialSupervision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SocialSupervisionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SocialSupervisionEdge'] = ResolversParentTypes['SocialSupervisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialSupervision'], ParentType, ContextType>;
}>;

export type TextRangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterContactMeetingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactMeeting'] = ResolversParentTypes['VoterContactMeeting'], FederationReferenceType extends FederationReferenceTypes['VoterContactMeeting'] = FederationReferenceTypes['VoterContactMeeting']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterContactMeeting']> | FederationReferenceType, FederationReferenceType, ContextType>;
  correctedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegates?: Resolver<ResolversTypes['MeetingDelegateConnection'], ParentType, ContextType, Partial<VoterContactMeetingDelegatesArgs>>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  locality?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  localityName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officials?: Resolver<ResolversTypes['MeetingOfficialConnection'], ParentType, ContextType, Partial<VoterContactMeetingOfficialsArgs>>;
  petitions?: Resolver<ResolversTypes['VoterPetitionConnection'], ParentType, ContextType, Partial<VoterContactMeetingPetitionsArgs>>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedBackPetitions?: Resolver<ResolversTypes['VoterPetitionConnection'], ParentType, ContextType, Partial<VoterContactMeetingReportedBackPetitionsArgs>>;
  round?: Resolver<ResolversTypes['VoterContactRound'], ParentType, ContextType>;
  voterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterContactMeetingConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactMeetingConnection'] = ResolversParentTypes['VoterContactMeetingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VoterContactMeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VoterContactMeeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterContactMeetingEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactMeetingEdge'] = ResolversParentTypes['VoterContactMeetingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VoterContactMeeting'], ParentType, ContextType>;
}>;

export type VoterContactRoundResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactRound'] = ResolversParentTypes['VoterContactRound'], FederationReferenceType extends FederationReferenceTypes['VoterContactRound'] = FederationReferenceTypes['VoterContactRound']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterContactRound']> | FederationReferenceType, FederationReferenceType, ContextType>;
  correctedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  delegationLevel?: Resolver<ResolversTypes['DelegationLevel'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VoterContactRoundKind'], ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetingPointCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['VoterContactMeetingConnection'], ParentType, ContextType, Partial<VoterContactRoundMeetingsArgs>>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  voterCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterContactRoundConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactRoundConnection'] = ResolversParentTypes['VoterContactRoundConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VoterContactRoundEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VoterContactRound']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterContactRoundCountResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactRoundCount'] = ResolversParentTypes['VoterContactRoundCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['VoterContactRoundKind'], ParentType, ContextType>;
}>;

export type VoterContactRoundEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterContactRoundEdge'] = ResolversParentTypes['VoterContactRoundEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VoterContactRound'], ParentType, ContextType>;
}>;

export type VoterPetitionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterPetition'] = ResolversParentTypes['VoterPetition'], FederationReferenceType extends FederationReferenceTypes['VoterPetition'] = FederationReferenceTypes['VoterPetition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterPetition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  answer?: Resolver<Maybe<ResolversTypes['PetitionAnswer']>, ParentType, ContextType>;
  answerDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<VoterPetitionAuditTrailArgs>>;
  competentLevel?: Resolver<ResolversTypes['CompetentLevel'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['FieldOfResponsibility'], ParentType, ContextType>;
  forwardedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  forwardedTo?: Resolver<Maybe<ResolversTypes['PetitionRecipient']>, ParentType, ContextType>;
  forwardingDocumentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['VoterContactMeeting'], ParentType, ContextType>;
  nextRegularSession?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  nextRegularSessionOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  repeatOf?: Resolver<Maybe<ResolversTypes['VoterPetition']>, ParentType, ContextType>;
  repeats?: Resolver<ResolversTypes['VoterPetitionConnection'], ParentType, ContextType, Partial<VoterPetitionRepeatsArgs>>;
  reportedBackAt?: Resolver<Maybe<ResolversTypes['VoterContactMeeting']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VoterPetitionStatus'], ParentType, ContextType>;
}>;

export type VoterPetitionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterPetitionConnection'] = ResolversParentTypes['VoterPetitionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VoterPetitionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['VoterPetition']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterPetitionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterPetitionEdge'] = ResolversParentTypes['VoterPetitionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['VoterPetition'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  CoordinationReport?: CoordinationReportResolvers<ContextType>;
  CoordinationTotal?: CoordinationTotalResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Delegate?: DelegateResolvers<ContextType>;
  DelegateScorecard?: DelegateScorecardResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  FrontFigures?: FrontFiguresResolvers<ContextType>;
  FrontRecommendation?: FrontRecommendationResolvers<ContextType>;
  FrontRecommendationConnection?: FrontRecommendationConnectionResolvers<ContextType>;
  FrontRecommendationEdge?: FrontRecommendationEdgeResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  MeetingDelegateConnection?: MeetingDelegateConnectionResolvers<ContextType>;
  MeetingDelegateEdge?: MeetingDelegateEdgeResolvers<ContextType>;
  MeetingOfficialConnection?: MeetingOfficialConnectionResolvers<ContextType>;
  MeetingOfficialEdge?: MeetingOfficialEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PetitionAnswer?: PetitionAnswerResolvers<ContextType>;
  PetitionRecipient?: PetitionRecipientResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchMatch?: SearchMatchResolvers<ContextType>;
  SearchMatches?: SearchMatchesResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SocialSupervision?: SocialSupervisionResolvers<ContextType>;
  SocialSupervisionConnection?: SocialSupervisionConnectionResolvers<ContextType>;
  SocialSupervisionEdge?: SocialSupervisionEdgeResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  VoterContactMeeting?: VoterContactMeetingResolvers<ContextType>;
  VoterContactMeetingConnection?: VoterContactMeetingConnectionResolvers<ContextType>;
  VoterContactMeetingEdge?: VoterContactMeetingEdgeResolvers<ContextType>;
  VoterContactRound?: VoterContactRoundResolvers<ContextType>;
  VoterContactRoundConnection?: VoterContactRoundConnectionResolvers<ContextType>;
  VoterContactRoundCount?: VoterContactRoundCountResolvers<ContextType>;
  VoterContactRoundEdge?: VoterContactRoundEdgeResolvers<ContextType>;
  VoterPetition?: VoterPetitionResolvers<ContextType>;
  VoterPetitionConnection?: VoterPetitionConnectionResolvers<ContextType>;
  VoterPetitionEdge?: VoterPetitionEdgeResolvers<ContextType>;
}>;

