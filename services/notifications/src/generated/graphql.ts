import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Deadline as DeadlineEntity, DeadlineEvent as DeadlineEventEntity, StoredExplanation as StoredExplanationEntity, EventRecipient as EventRecipientEntity, Notification as NotificationEntity, Inbox as InboxEntity, EscalationPolicy as EscalationPolicyEntity, PolicyStage as PolicyStageEntity, NotificationPreference as NotificationPreferenceEntity } from '@phoihop/workflow';
import type { CalendarDay as CalendarDayEntity, DeadlineRule as DeadlineRuleEntity, DeadlineVariant as DeadlineVariantEntity, GraphContext } from '@phoihop/core';
import type { ScorecardKey as ScorecardKeyEntity } from '../scorecards/escalations';
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

export type Assignment = {
  __typename?: 'Assignment';
  /** Thời hạn thực hiện. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
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
  /** The filter and paging the parts apply, as the root field received them. */
  key: Scalars['ID']['output'];
  /** The notifications service's part, newest first. */
  notifications?: Maybe<AuditEntryConnection>;
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

/** Ngày nghỉ, ngày làm bù — a departure from the ordinary week. */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  date: Scalars['Date']['output'];
  /** Vietnamese: "Tết Nguyên đán", "Làm bù cho ngày 02/01/2026". */
  reason: Scalars['String']['output'];
  working: Scalars['Boolean']['output'];
};

export type CalendarExceptionKind =
  | 'DAY_OFF'
  | 'WORKING_DAY';

/** Tính chất vụ việc — complexity, which lengthens the legal periods. */
export type CaseComplexity =
  | 'COMPLEX'
  | 'ESPECIALLY_COMPLEX'
  | 'NORMAL';

export type CitizenCase = {
  __typename?: 'CitizenCase';
  /** Thời hạn giải quyết — the ledger of this case's current deadline. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
};

export type ComplaintRound =
  | 'FIRST'
  | 'SECOND';

/** Cơ quan — one of the three bodies of a jurisdiction. */
export type CoordinationBody =
  | 'COMMITTEE'
  | 'COUNCIL'
  | 'FRONT';

/** Cách đếm ngày — how a rule counts its days. */
export type DayCounting =
  /** Ngày — calendar days; an end on a day off moves to the next working day. */
  | 'CALENDAR'
  /** Ngày làm việc — working days of the official calendar. */
  | 'WORKING';

/** Sổ theo dõi thời hạn — the deadline ledger of one tracked item. */
export type Deadline = {
  __typename?: 'Deadline';
  assigneeBody: CoordinationBody;
  assigneeDepartment?: Maybe<Department>;
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** Highest escalation level reached (0 = none). */
  escalationLevel: Scalars['Int']['output'];
  explanation?: Maybe<DeadlineExplanation>;
  /** Set when the next stage failed for good; the workers leave it for an admin. */
  failure?: Maybe<DeadlineFailure>;
  history: DeadlineEventConnection;
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  itemKind: TrackedItemKind;
  jurisdiction?: Maybe<Jurisdiction>;
  nextStage?: Maybe<Scalars['String']['output']>;
  nextStageAt?: Maybe<Scalars['DateTime']['output']>;
  overdue: Scalars['Boolean']['output'];
  raisedBy: Scalars['String']['output'];
  /** Rule code and version, e.g. COMPLAINT_RESOLUTION@1. */
  rule: Scalars['String']['output'];
  /** Last reminder or escalation stage sent for the current version, e.g. R2 or L1. */
  stage?: Maybe<Scalars['String']['output']>;
  startDate: Scalars['Date']['output'];
  state: DeadlineState;
  /** What notifications call the item, in Vietnamese. */
  title: Scalars['String']['output'];
  /** Grows whenever the due date or the state changes. */
  version: Scalars['Int']['output'];
  /** Working days until the due date (0 on it), negative once overdue; null unless OPEN. */
  workingDaysLeft?: Maybe<Scalars['Int']['output']>;
};


/** Sổ theo dõi thời hạn — the deadline ledger of one tracked item. */
export type DeadlineHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeadlineConnection = {
  __typename?: 'DeadlineConnection';
  edges: Array<DeadlineEdge>;
  nodes: Array<Deadline>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Chiều tính hạn — after the clock start, or before it (documents before a session). */
export type DeadlineDirection =
  | 'AFTER'
  | 'BEFORE';

export type DeadlineEdge = {
  __typename?: 'DeadlineEdge';
  cursor: Scalars['String']['output'];
  node: Deadline;
};

/** Lịch sử thời hạn — one line of a deadline's history. */
export type DeadlineEvent = {
  __typename?: 'DeadlineEvent';
  at: Scalars['DateTime']['output'];
  /** Vietnamese. */
  detail: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  kind: DeadlineEventKind;
  level?: Maybe<Scalars['Int']['output']>;
  recipients: Array<NotificationRecipient>;
  stage?: Maybe<Scalars['String']['output']>;
  state: DeadlineState;
  version: Scalars['Int']['output'];
};

export type DeadlineEventConnection = {
  __typename?: 'DeadlineEventConnection';
  edges: Array<DeadlineEventEdge>;
  nodes: Array<DeadlineEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeadlineEventEdge = {
  __typename?: 'DeadlineEventEdge';
  cursor: Scalars['String']['output'];
  node: DeadlineEvent;
};

export type DeadlineEventKind =
  | 'CLEARED'
  | 'ESCALATION'
  | 'MOVED'
  | 'OPENED'
  | 'PAUSED'
  | 'REMINDER'
  | 'RESCHEDULED'
  | 'RESUMED';

/** Cách tính hạn — how the due date was computed, as the owning service computed it. */
export type DeadlineExplanation = {
  __typename?: 'DeadlineExplanation';
  baseDays?: Maybe<Scalars['Int']['output']>;
  cappedBy?: Maybe<Scalars['Date']['output']>;
  /** WORKING or CALENDAR days. */
  counting?: Maybe<Scalars['String']['output']>;
  daysCounted?: Maybe<Scalars['Int']['output']>;
  explicitDue?: Maybe<Scalars['Date']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  ruleCode?: Maybe<Scalars['String']['output']>;
  skipped: Array<SkippedDay>;
  start?: Maybe<Scalars['Date']['output']>;
  /** One Vietnamese sentence. */
  summary?: Maybe<Scalars['String']['output']>;
};

/**
 * Bước không thể gửi — the next stage failed for good: its handler declared the failure permanent
 * (the item no longer exists, the data can never be sent). Crashes, stalls, timeouts and outages
 * are retried and never show here.
 */
export type DeadlineFailure = {
  __typename?: 'DeadlineFailure';
  at: Scalars['DateTime']['output'];
  /** Vietnamese, with the technical reason. */
  detail: Scalars['String']['output'];
  /** The stage that could not be sent, e.g. L1. */
  stage: Scalars['String']['output'];
};

export type DeadlineFilter = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only items due on or before this date. */
  dueBefore?: InputMaybe<Scalars['Date']['input']>;
  itemKind?: InputMaybe<TrackedItemKind>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** Only items past their due date (state OPEN). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  state?: InputMaybe<DeadlineState>;
};

/** Lý do tính lại thời hạn — what changed in the reference data. */
export type DeadlineRecomputeCause =
  /** Ngày nghỉ, ngày làm bù — a calendar exception was set or removed. */
  | 'CALENDAR'
  /** Quy định thời hạn — a new version of a deadline rule was published. */
  | 'RULE';

/** Quy định thời hạn — one version of the rule that computes a kind of deadline. */
export type DeadlineRule = {
  __typename?: 'DeadlineRule';
  /** Null when the issuing act (supervision conclusion, directive) sets the date. */
  baseDays?: Maybe<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  /** A default the law leaves to the locality. */
  configurable: Scalars['Boolean']['output'];
  counting: DayCounting;
  direction: DeadlineDirection;
  /** Cases whose clock starts from this day on use this version. */
  effectiveFrom: Scalars['Date']['output'];
  effectiveTo?: Maybe<Scalars['Date']['output']>;
  explicitDueRequired: Scalars['Boolean']['output'];
  extensionDays: Scalars['Int']['output'];
  itemKind: DeadlineRuleKind;
  /** Căn cứ pháp lý — e.g. "Luật Khiếu nại 02/2011/QH13, Điều 28". */
  legalBasis: Scalars['String']['output'];
  maxExtensions: Scalars['Int']['output'];
  variants: Array<DeadlineRuleVariant>;
  version: Scalars['Int']['output'];
};

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

/** Trường hợp riêng — a case that gets other days than the rule's base (most specific match wins). */
export type DeadlineRuleVariant = {
  __typename?: 'DeadlineRuleVariant';
  /** Matches this complexity and any higher one. */
  complexity?: Maybe<CaseComplexity>;
  days: Scalars['Int']['output'];
  /** Vietnamese: "lần đầu, vụ việc phức tạp". */
  label: Scalars['String']['output'];
  maxExtensions?: Maybe<Scalars['Int']['output']>;
  remoteArea?: Maybe<Scalars['Boolean']['output']>;
  round?: Maybe<ComplaintRound>;
  severalPlaces?: Maybe<Scalars['Boolean']['output']>;
};

export type DeadlineRuleVariantInput = {
  complexity?: InputMaybe<CaseComplexity>;
  days: Scalars['Int']['input'];
  label: Scalars['String']['input'];
  maxExtensions?: InputMaybe<Scalars['Int']['input']>;
  remoteArea?: InputMaybe<Scalars['Boolean']['input']>;
  round?: InputMaybe<ComplaintRound>;
  severalPlaces?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Trạng thái thời hạn — OPEN: the clock runs; PAUSED: suspended; CLEARED: resolved or withdrawn. */
export type DeadlineState =
  | 'CLEARED'
  | 'OPEN'
  | 'PAUSED';

export type Department = {
  __typename?: 'Department';
  id: Scalars['ID']['output'];
};

export type DepartmentScorecard = {
  __typename?: 'DepartmentScorecard';
  departmentId: Scalars['ID']['output'];
  /**
   * Mức chuyển cấp đã đến — for each escalation level 1–4, how many of the department's
   * assignments and citizen cases whose clock started in the year reached it (an item that
   * reached level 3 counts at 1, 2 and 3).
   */
  escalations?: Maybe<Array<EscalationsReached>>;
  year: Scalars['Int']['output'];
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

/** Quy trình nhắc hạn và cảnh báo — the ladder of one item kind. */
export type EscalationPolicy = {
  __typename?: 'EscalationPolicy';
  itemKind: TrackedItemKind;
  stages: Array<EscalationStage>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
};

/** Bước nhắc hạn / cảnh báo — one step of an escalation ladder. */
export type EscalationStage = {
  __typename?: 'EscalationStage';
  /** R5 = reminder 5 working days before; L2 = escalation level 2. */
  code: Scalars['String']['output'];
  kind: StageKind;
  level: Scalars['Int']['output'];
  /** Working days from the due date: negative before, 0 on it, positive once overdue. */
  offsetWorkingDays: Scalars['Int']['output'];
  recipient: RecipientRule;
};

export type EscalationStageInput = {
  kind: StageKind;
  level: Scalars['Int']['input'];
  offsetWorkingDays: Scalars['Int']['input'];
  recipient: RecipientRule;
};

/** Số việc đã bị chuyển lên một mức của thang chuyển cấp. */
export type EscalationsReached = {
  __typename?: 'EscalationsReached';
  items: Scalars['Int']['output'];
  /** 1 department head, 2 vice-chair in charge, 3 committee chair, 4 the body that raised it. */
  level: Scalars['Int']['output'];
};

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

export type FrontRecommendation = {
  __typename?: 'FrontRecommendation';
  /** Thời hạn trả lời kiến nghị của Mặt trận. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
};

export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  id: Scalars['ID']['output'];
};

/** Hộp thư của tôi — the signed-in user's inbox. */
export type Me = {
  __typename?: 'Me';
  /** The signed-in official's own preferences (defaults until saved). */
  notificationPreferences: NotificationPreferences;
  /** Newest first; addressed to the user, to the departments of their grants or to bodies of their roles. */
  notifications: NotificationConnection;
  unreadCount: Scalars['Int']['output'];
};


/** Hộp thư của tôi — the signed-in user's inbox. */
export type MeNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Đánh dấu tất cả đã đọc; returns how many were marked. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Đánh dấu đã đọc. */
  markNotificationRead: Notification;
  /** Admins only; open items whose clock starts from `effectiveFrom` on get their due dates recomputed. */
  publishDeadlineRule: DeadlineRule;
  /** Admins only; back to the computed day. */
  removeCalendarException: CalendarDay;
  /** Admins only; the open due dates the day touches are recomputed in every service, and their reminders re-planned. */
  setCalendarException: CalendarDay;
  /** Saves a department's preferences (where its reminders and escalations go); its staff and admins. */
  updateDepartmentNotificationPreferences: NotificationPreferences;
  /** Admins only; reschedules the open deadlines of that kind. */
  updateEscalationPolicy: EscalationPolicy;
  /** Saves the signed-in official's preferences. */
  updateNotificationPreferences: NotificationPreferences;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishDeadlineRuleArgs = {
  input: PublishDeadlineRuleInput;
};


export type MutationRemoveCalendarExceptionArgs = {
  date: Scalars['Date']['input'];
};


export type MutationSetCalendarExceptionArgs = {
  input: SetCalendarExceptionInput;
};


export type MutationUpdateDepartmentNotificationPreferencesArgs = {
  departmentId: Scalars['ID']['input'];
  input: NotificationPreferencesInput;
};


export type MutationUpdateEscalationPolicyArgs = {
  input: UpdateEscalationPolicyInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  input: NotificationPreferencesInput;
};

/** Thông báo — a reminder or escalation in the in-app inbox, in Vietnamese. */
export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The ledger of the item, as it is now. */
  deadline?: Maybe<Deadline>;
  deadlineVersion: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  itemId: Scalars['ID']['output'];
  itemKind: TrackedItemKind;
  jurisdiction?: Maybe<Jurisdiction>;
  level: Scalars['Int']['output'];
  read: Scalars['Boolean']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  recipient: NotificationRecipient;
  /** R5, R2, R0 for reminders; L1…L4 for escalation levels. */
  stage: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/** Kênh nhận thông báo — a delivery channel of notifications. */
export type NotificationChannel =
  /** Thư điện tử (SMTP) */
  | 'EMAIL'
  /** Hộp thư trong ứng dụng — always on */
  | 'IN_APP'
  /** Webhook có chữ ký HMAC (header Phoihop-Signature) */
  | 'WEBHOOK';

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  nodes: Array<Notification>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/**
 * Tùy chọn nhận thông báo — how a recipient wants its notifications: channels, a daily
 * digest instead of one email per notification, and quiet hours. Email and webhooks go out
 * in office hours of working days only.
 */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Always includes IN_APP. */
  channels: Array<NotificationChannel>;
  /** Bản tin hằng ngày — one email a day at `digestHour` instead of one per notification. */
  dailyDigest: Scalars['Boolean']['output'];
  /** Local hour (0–23) of the daily digest. */
  digestHour: Scalars['Int']['output'];
  email?: Maybe<Scalars['String']['output']>;
  quietHoursEnd?: Maybe<Scalars['String']['output']>;
  /** Giờ yên lặng — HH:MM, local time; may wrap midnight (22:00–06:00). */
  quietHoursStart?: Maybe<Scalars['String']['output']>;
  recipientId: Scalars['ID']['output'];
  recipientType: RecipientType;
  /** Null while the recipient keeps the defaults. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

export type NotificationPreferencesInput = {
  /** IN_APP is added when missing: the inbox cannot be switched off. */
  channels: Array<NotificationChannel>;
  /** Needs the EMAIL channel. */
  dailyDigest?: InputMaybe<Scalars['Boolean']['input']>;
  digestHour?: InputMaybe<Scalars['Int']['input']>;
  /** Required when channels include EMAIL. */
  email?: InputMaybe<Scalars['String']['input']>;
  quietHoursEnd?: InputMaybe<Scalars['String']['input']>;
  /** HH:MM; give both ends or neither. */
  quietHoursStart?: InputMaybe<Scalars['String']['input']>;
  /** Required when channels include WEBHOOK; https (http only to localhost). */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Người nhận — who a stage reached: an official, a department or a body. */
export type NotificationRecipient = {
  __typename?: 'NotificationRecipient';
  id: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  type: RecipientType;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A new version of a rule; every field left out stays as in the version it replaces. */
export type PublishDeadlineRuleInput = {
  baseDays?: InputMaybe<Scalars['Int']['input']>;
  counting?: InputMaybe<DayCounting>;
  /** First day in force; the version in force until then ends the day before. */
  effectiveFrom: Scalars['Date']['input'];
  extensionDays?: InputMaybe<Scalars['Int']['input']>;
  itemKind: DeadlineRuleKind;
  /** The act that sets the new period (Vietnamese). */
  legalBasis: Scalars['String']['input'];
  maxExtensions?: InputMaybe<Scalars['Int']['input']>;
  variants?: InputMaybe<Array<DeadlineRuleVariantInput>>;
};

export type Query = {
  __typename?: 'Query';
  /** The working day `days` working days after `from` (before, when negative). */
  addWorkingDays: Scalars['Date']['output'];
  auditLog: AuditLog;
  /** Days off and make-up working days of a year (weekends that are ordinary are left out). */
  calendar: Array<CalendarDay>;
  /** The ledger of one tracked item. */
  deadline?: Maybe<Deadline>;
  /** Every version of the deadline rules (of one kind), oldest first; public reference data. */
  deadlineRules: Array<DeadlineRule>;
  /** Deadlines in the caller's scope, soonest due first. */
  deadlines: DeadlineConnection;
  /** Tùy chọn của phòng ban — a department's preferences; its staff and admins. */
  departmentNotificationPreferences: NotificationPreferences;
  escalationPolicies: Array<EscalationPolicy>;
  escalationPolicy: EscalationPolicy;
  me: Me;
};


export type QueryAddWorkingDaysArgs = {
  days: Scalars['Int']['input'];
  from: Scalars['Date']['input'];
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCalendarArgs = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryDeadlineArgs = {
  itemId: Scalars['ID']['input'];
  itemKind: TrackedItemKind;
};


export type QueryDeadlineRulesArgs = {
  itemKind?: InputMaybe<DeadlineRuleKind>;
};


export type QueryDeadlinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeadlineFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDepartmentNotificationPreferencesArgs = {
  departmentId: Scalars['ID']['input'];
};


export type QueryEscalationPolicyArgs = {
  itemKind: TrackedItemKind;
};

export type QuestioningCommitment = {
  __typename?: 'QuestioningCommitment';
  /** Thời hạn thực hiện cam kết. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
};

/** Người nhận theo bước — whom a stage reaches. */
export type RecipientRule =
  /** The department (or official) that owes the work. */
  | 'ASSIGNEE'
  | 'CHAIR'
  | 'DEPARTMENT_HEAD'
  /** The body that raised the item: council standing committee, front standing board. */
  | 'RAISING_BODY'
  /** The vice-chair whose portfolio covers the item's field. */
  | 'VICE_CHAIR_IN_CHARGE';

/** Loại người nhận — an official, a department or a body (COUNCIL_STANDING:<jurisdictionId>). */
export type RecipientType =
  | 'BODY'
  | 'DEPARTMENT'
  | 'OFFICIAL';

export type Recommendation = {
  __typename?: 'Recommendation';
  /** Thời hạn xử lý kiến nghị. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
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

export type Session = {
  __typename?: 'Session';
  /** Hạn gửi tài liệu kỳ họp. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
};

export type SetCalendarExceptionInput = {
  date: Scalars['Date']['input'];
  kind: CalendarExceptionKind;
  reason: Scalars['String']['input'];
  /** The decision or notice that ordered it. */
  source: Scalars['String']['input'];
};

/** Ngày bị bỏ qua khi tính hạn — a day off passed over by the count. */
export type SkippedDay = {
  __typename?: 'SkippedDay';
  date: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
};

export type StageKind =
  | 'ESCALATION'
  | 'REMINDER';

/** Đoạn tô sáng — where the searched words occur in a snippet (start and length in UTF-16 code units). */
export type TextRange = {
  __typename?: 'TextRange';
  length: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** Loại việc theo dõi thời hạn — the kind of a tracked item. */
export type TrackedItemKind =
  | 'ASSIGNMENT'
  | 'COMPLAINT'
  | 'DENUNCIATION'
  | 'FRONT_RECOMMENDATION'
  | 'PETITION'
  /** Cam kết khi trả lời chất vấn, giải trình */
  | 'QUESTIONING_COMMITMENT'
  | 'RECOMMENDATION'
  | 'SESSION_DOCUMENTS'
  | 'VOTER_PETITION';

export type UpdateEscalationPolicyInput = {
  itemKind: TrackedItemKind;
  stages: Array<EscalationStageInput>;
};

export type VoterPetition = {
  __typename?: 'VoterPetition';
  /** Thời hạn trả lời kiến nghị cử tri. */
  deadline?: Maybe<Deadline>;
  id: Scalars['ID']['output'];
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
  Assignment: Assignment;
  AuditLog: AuditLog;
  CitizenCase: CitizenCase;
  DepartmentScorecard: DepartmentScorecard;
  FrontRecommendation: FrontRecommendation;
  QuestioningCommitment: QuestioningCommitment;
  Recommendation: Recommendation;
  Session: Session;
  VoterPetition: VoterPetition;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Assignment:
    ( { __typename: 'Assignment' }
    & GraphQLRecursivePick<FederationTypes['Assignment'], {"id":true}> );
  AuditLog:
    ( { __typename: 'AuditLog' }
    & GraphQLRecursivePick<FederationTypes['AuditLog'], {"key":true}> );
  CitizenCase:
    ( { __typename: 'CitizenCase' }
    & GraphQLRecursivePick<FederationTypes['CitizenCase'], {"id":true}> );
  DepartmentScorecard:
    ( { __typename: 'DepartmentScorecard' }
    & GraphQLRecursivePick<FederationTypes['DepartmentScorecard'], {"departmentId":true,"year":true}> );
  FrontRecommendation:
    ( { __typename: 'FrontRecommendation' }
    & GraphQLRecursivePick<FederationTypes['FrontRecommendation'], {"id":true}> );
  QuestioningCommitment:
    ( { __typename: 'QuestioningCommitment' }
    & GraphQLRecursivePick<FederationTypes['QuestioningCommitment'], {"id":true}> );
  Recommendation:
    ( { __typename: 'Recommendation' }
    & GraphQLRecursivePick<FederationTypes['Recommendation'], {"id":true}> );
  Session:
    ( { __typename: 'Session' }
    & GraphQLRecursivePick<FederationTypes['Session'], {"id":true}> );
  VoterPetition:
    ( { __typename: 'VoterPetition' }
    & GraphQLRecursivePick<FederationTypes['VoterPetition'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Assignment: ResolverTypeWrapper<Omit<Assignment, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChange>;
  AuditLog: ResolverTypeWrapper<AuditLog>;
  AuditLogFilter: AuditLogFilter;
  AuthorityLevel: AuthorityLevel;
  CalendarDay: ResolverTypeWrapper<CalendarDayEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CalendarExceptionKind: CalendarExceptionKind;
  CaseComplexity: CaseComplexity;
  CitizenCase: ResolverTypeWrapper<Omit<CitizenCase, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
  ComplaintRound: ComplaintRound;
  CoordinationBody: CoordinationBody;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DayCounting: DayCounting;
  Deadline: ResolverTypeWrapper<DeadlineEntity>;
  DeadlineConnection: ResolverTypeWrapper<Omit<DeadlineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DeadlineEdge']>, nodes: Array<ResolversTypes['Deadline']> }>;
  DeadlineDirection: DeadlineDirection;
  DeadlineEdge: ResolverTypeWrapper<Omit<DeadlineEdge, 'node'> & { node: ResolversTypes['Deadline'] }>;
  DeadlineEvent: ResolverTypeWrapper<DeadlineEventEntity>;
  DeadlineEventConnection: ResolverTypeWrapper<Omit<DeadlineEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DeadlineEventEdge']>, nodes: Array<ResolversTypes['DeadlineEvent']> }>;
  DeadlineEventEdge: ResolverTypeWrapper<Omit<DeadlineEventEdge, 'node'> & { node: ResolversTypes['DeadlineEvent'] }>;
  DeadlineEventKind: DeadlineEventKind;
  DeadlineExplanation: ResolverTypeWrapper<StoredExplanationEntity>;
  DeadlineFailure: ResolverTypeWrapper<DeadlineFailure>;
  DeadlineFilter: DeadlineFilter;
  DeadlineRecomputeCause: DeadlineRecomputeCause;
  DeadlineRule: ResolverTypeWrapper<DeadlineRuleEntity>;
  DeadlineRuleKind: DeadlineRuleKind;
  DeadlineRuleVariant: ResolverTypeWrapper<DeadlineVariantEntity>;
  DeadlineRuleVariantInput: DeadlineRuleVariantInput;
  DeadlineState: DeadlineState;
  Department: ResolverTypeWrapper<Department>;
  DepartmentScorecard: ResolverTypeWrapper<ScorecardKeyEntity>;
  ErrorCode: ErrorCode;
  EscalationPolicy: ResolverTypeWrapper<EscalationPolicyEntity>;
  EscalationStage: ResolverTypeWrapper<PolicyStageEntity>;
  EscalationStageInput: EscalationStageInput;
  EscalationsReached: ResolverTypeWrapper<EscalationsReached>;
  FieldOfResponsibility: FieldOfResponsibility;
  FrontRecommendation: ResolverTypeWrapper<Omit<FrontRecommendation, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
  Jurisdiction: ResolverTypeWrapper<Jurisdiction>;
  Me: ResolverTypeWrapper<InboxEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Notification: ResolverTypeWrapper<NotificationEntity>;
  NotificationChannel: NotificationChannel;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['NotificationEdge']>, nodes: Array<ResolversTypes['Notification']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferenceEntity>;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationRecipient: ResolverTypeWrapper<EventRecipientEntity>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublishDeadlineRuleInput: PublishDeadlineRuleInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuestioningCommitment: ResolverTypeWrapper<Omit<QuestioningCommitment, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
  RecipientRule: RecipientRule;
  RecipientType: RecipientType;
  Recommendation: ResolverTypeWrapper<Omit<Recommendation, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
  SearchKind: SearchKind;
  SearchMatch: ResolverTypeWrapper<SearchMatch>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SearchMatches: ResolverTypeWrapper<SearchMatches>;
  Session: ResolverTypeWrapper<Omit<Session, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
  SetCalendarExceptionInput: SetCalendarExceptionInput;
  SkippedDay: ResolverTypeWrapper<SkippedDay>;
  StageKind: StageKind;
  TextRange: ResolverTypeWrapper<TextRange>;
  TrackedItemKind: TrackedItemKind;
  UpdateEscalationPolicyInput: UpdateEscalationPolicyInput;
  VoterPetition: ResolverTypeWrapper<Omit<VoterPetition, 'deadline'> & { deadline?: Maybe<ResolversTypes['Deadline']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Assignment: Omit<Assignment, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['Assignment'];
  ID: Scalars['ID']['output'];
  AuditEntry: AuditEntry;
  String: Scalars['String']['output'];
  AuditEntryConnection: AuditEntryConnection;
  Int: Scalars['Int']['output'];
  AuditEntryEdge: AuditEntryEdge;
  AuditFieldChange: AuditFieldChange;
  AuditLog: AuditLog | FederationReferenceTypes['AuditLog'];
  AuditLogFilter: AuditLogFilter;
  CalendarDay: CalendarDayEntity;
  Boolean: Scalars['Boolean']['output'];
  CitizenCase: Omit<CitizenCase, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['CitizenCase'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Deadline: DeadlineEntity;
  DeadlineConnection: Omit<DeadlineConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DeadlineEdge']>, nodes: Array<ResolversParentTypes['Deadline']> };
  DeadlineEdge: Omit<DeadlineEdge, 'node'> & { node: ResolversParentTypes['Deadline'] };
  DeadlineEvent: DeadlineEventEntity;
  DeadlineEventConnection: Omit<DeadlineEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DeadlineEventEdge']>, nodes: Array<ResolversParentTypes['DeadlineEvent']> };
  DeadlineEventEdge: Omit<DeadlineEventEdge, 'node'> & { node: ResolversParentTypes['DeadlineEvent'] };
  DeadlineExplanation: StoredExplanationEntity;
  DeadlineFailure: DeadlineFailure;
  DeadlineFilter: DeadlineFilter;
  DeadlineRule: DeadlineRuleEntity;
  DeadlineRuleVariant: DeadlineVariantEntity;
  DeadlineRuleVariantInput: DeadlineRuleVariantInput;
  Department: Department;
  DepartmentScorecard: ScorecardKeyEntity;
  EscalationPolicy: EscalationPolicyEntity;
  EscalationStage: PolicyStageEntity;
  EscalationStageInput: EscalationStageInput;
  EscalationsReached: EscalationsReached;
  FrontRecommendation: Omit<FrontRecommendation, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['FrontRecommendation'];
  Jurisdiction: Jurisdiction;
  Me: InboxEntity;
  Mutation: Record<PropertyKey, never>;
  Notification: NotificationEntity;
  NotificationConnection: Omit<NotificationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['NotificationEdge']>, nodes: Array<ResolversParentTypes['Notification']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreferences: NotificationPreferenceEntity;
  NotificationPreferencesInput: NotificationPreferencesInput;
  NotificationRecipient: EventRecipientEntity;
  PageInfo: PageInfo;
  PublishDeadlineRuleInput: PublishDeadlineRuleInput;
  Query: Record<PropertyKey, never>;
  QuestioningCommitment: Omit<QuestioningCommitment, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['QuestioningCommitment'];
  Recommendation: Omit<Recommendation, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['Recommendation'];
  SearchMatch: SearchMatch;
  Float: Scalars['Float']['output'];
  SearchMatches: SearchMatches;
  Session: Omit<Session, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['Session'];
  SetCalendarExceptionInput: SetCalendarExceptionInput;
  SkippedDay: SkippedDay;
  TextRange: TextRange;
  UpdateEscalationPolicyInput: UpdateEscalationPolicyInput;
  VoterPetition: Omit<VoterPetition, 'deadline'> & { deadline?: Maybe<ResolversParentTypes['Deadline']> } | FederationReferenceTypes['VoterPetition'];
}>;

export type AssignmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment'], FederationReferenceType extends FederationReferenceTypes['Assignment'] = FederationReferenceTypes['Assignment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Assignment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notifications?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType>;
}>;

export type CalendarDayResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CalendarDay'] = ResolversParentTypes['CalendarDay']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  working?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CitizenCaseResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CitizenCase'] = ResolversParentTypes['CitizenCase'], FederationReferenceType extends FederationReferenceTypes['CitizenCase'] = FederationReferenceTypes['CitizenCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CitizenCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeadlineResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Deadline'] = ResolversParentTypes['Deadline']> = ResolversObject<{
  assigneeBody?: Resolver<ResolversTypes['CoordinationBody'], ParentType, ContextType>;
  assigneeDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  escalationLevel?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  explanation?: Resolver<Maybe<ResolversTypes['DeadlineExplanation']>, ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['DeadlineFailure']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['DeadlineEventConnection'], ParentType, ContextType, Partial<DeadlineHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemKind?: Resolver<ResolversTypes['TrackedItemKind'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  nextStage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextStageAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeadlineState'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingDaysLeft?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type DeadlineConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineConnection'] = ResolversParentTypes['DeadlineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeadlineEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Deadline']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeadlineEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineEdge'] = ResolversParentTypes['DeadlineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deadline'], ParentType, ContextType>;
}>;

export type DeadlineEventResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineEvent'] = ResolversParentTypes['DeadlineEvent']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeadlineEventKind'], ParentType, ContextType>;
  level?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['NotificationRecipient']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeadlineState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeadlineEventConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineEventConnection'] = ResolversParentTypes['DeadlineEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeadlineEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DeadlineEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeadlineEventEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineEventEdge'] = ResolversParentTypes['DeadlineEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeadlineEvent'], ParentType, ContextType>;
}>;

export type DeadlineExplanationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineExplanation'] = ResolversParentTypes['DeadlineExplanation']> = ResolversObject<{
  baseDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cappedBy?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  counting?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  daysCounted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  explicitDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ruleCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['SkippedDay']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DeadlineFailureResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineFailure'] = ResolversParentTypes['DeadlineFailure']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DeadlineRuleResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineRule'] = ResolversParentTypes['DeadlineRule']> = ResolversObject<{
  baseDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  configurable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  counting?: Resolver<ResolversTypes['DayCounting'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['DeadlineDirection'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  explicitDueRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extensionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemKind?: Resolver<ResolversTypes['DeadlineRuleKind'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxExtensions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['DeadlineRuleVariant']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeadlineRuleVariantResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DeadlineRuleVariant'] = ResolversParentTypes['DeadlineRuleVariant']> = ResolversObject<{
  complexity?: Resolver<Maybe<ResolversTypes['CaseComplexity']>, ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxExtensions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  remoteArea?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['ComplaintRound']>, ParentType, ContextType>;
  severalPlaces?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DepartmentScorecardResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentScorecard'] = ResolversParentTypes['DepartmentScorecard'], FederationReferenceType extends FederationReferenceTypes['DepartmentScorecard'] = FederationReferenceTypes['DepartmentScorecard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DepartmentScorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  escalations?: Resolver<Maybe<Array<ResolversTypes['EscalationsReached']>>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EscalationPolicyResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EscalationPolicy'] = ResolversParentTypes['EscalationPolicy']> = ResolversObject<{
  itemKind?: Resolver<ResolversTypes['TrackedItemKind'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['EscalationStage']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EscalationStageResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EscalationStage'] = ResolversParentTypes['EscalationStage']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StageKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offsetWorkingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['RecipientRule'], ParentType, ContextType>;
}>;

export type EscalationsReachedResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['EscalationsReached'] = ResolversParentTypes['EscalationsReached']> = ResolversObject<{
  items?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FrontRecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FrontRecommendation'] = ResolversParentTypes['FrontRecommendation'], FederationReferenceType extends FederationReferenceTypes['FrontRecommendation'] = FederationReferenceTypes['FrontRecommendation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FrontRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type JurisdictionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, Partial<MeNotificationsArgs>>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  markAllNotificationsRead?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  markNotificationRead?: Resolver<ResolversTypes['Notification'], ParentType, ContextType, RequireFields<MutationMarkNotificationReadArgs, 'id'>>;
  publishDeadlineRule?: Resolver<ResolversTypes['DeadlineRule'], ParentType, ContextType, RequireFields<MutationPublishDeadlineRuleArgs, 'input'>>;
  removeCalendarException?: Resolver<ResolversTypes['CalendarDay'], ParentType, ContextType, RequireFields<MutationRemoveCalendarExceptionArgs, 'date'>>;
  setCalendarException?: Resolver<ResolversTypes['CalendarDay'], ParentType, ContextType, RequireFields<MutationSetCalendarExceptionArgs, 'input'>>;
  updateDepartmentNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentNotificationPreferencesArgs, 'departmentId' | 'input'>>;
  updateEscalationPolicy?: Resolver<ResolversTypes['EscalationPolicy'], ParentType, ContextType, RequireFields<MutationUpdateEscalationPolicyArgs, 'input'>>;
  updateNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<MutationUpdateNotificationPreferencesArgs, 'input'>>;
}>;

export type NotificationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  deadlineVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemKind?: Resolver<ResolversTypes['TrackedItemKind'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['NotificationRecipient'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NotificationConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NotificationEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
}>;

export type NotificationPreferencesResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = ResolversObject<{
  channels?: Resolver<Array<ResolversTypes['NotificationChannel']>, ParentType, ContextType>;
  dailyDigest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  digestHour?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quietHoursEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quietHoursStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recipientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recipientType?: Resolver<ResolversTypes['RecipientType'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  webhookUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type NotificationRecipientResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['NotificationRecipient'] = ResolversParentTypes['NotificationRecipient']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RecipientType'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  addWorkingDays?: Resolver<ResolversTypes['Date'], ParentType, ContextType, RequireFields<QueryAddWorkingDaysArgs, 'days' | 'from'>>;
  auditLog?: Resolver<ResolversTypes['AuditLog'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  calendar?: Resolver<Array<ResolversTypes['CalendarDay']>, ParentType, ContextType, RequireFields<QueryCalendarArgs, 'year'>>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType, RequireFields<QueryDeadlineArgs, 'itemId' | 'itemKind'>>;
  deadlineRules?: Resolver<Array<ResolversTypes['DeadlineRule']>, ParentType, ContextType, Partial<QueryDeadlineRulesArgs>>;
  deadlines?: Resolver<ResolversTypes['DeadlineConnection'], ParentType, ContextType, Partial<QueryDeadlinesArgs>>;
  departmentNotificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType, RequireFields<QueryDepartmentNotificationPreferencesArgs, 'departmentId'>>;
  escalationPolicies?: Resolver<Array<ResolversTypes['EscalationPolicy']>, ParentType, ContextType>;
  escalationPolicy?: Resolver<ResolversTypes['EscalationPolicy'], ParentType, ContextType, RequireFields<QueryEscalationPolicyArgs, 'itemKind'>>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
}>;

export type QuestioningCommitmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['QuestioningCommitment'] = ResolversParentTypes['QuestioningCommitment'], FederationReferenceType extends FederationReferenceTypes['QuestioningCommitment'] = FederationReferenceTypes['QuestioningCommitment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['QuestioningCommitment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation'], FederationReferenceType extends FederationReferenceTypes['Recommendation'] = FederationReferenceTypes['Recommendation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Recommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
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

export type SessionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session'], FederationReferenceType extends FederationReferenceTypes['Session'] = FederationReferenceTypes['Session']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Session']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SkippedDayResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SkippedDay'] = ResolversParentTypes['SkippedDay']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TextRangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterPetitionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterPetition'] = ResolversParentTypes['VoterPetition'], FederationReferenceType extends FederationReferenceTypes['VoterPetition'] = FederationReferenceTypes['VoterPetition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterPetition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Deadline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  Assignment?: AssignmentResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  CalendarDay?: CalendarDayResolvers<ContextType>;
  CitizenCase?: CitizenCaseResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Deadline?: DeadlineResolvers<ContextType>;
  DeadlineConnection?: DeadlineConnectionResolvers<ContextType>;
  DeadlineEdge?: DeadlineEdgeResolvers<ContextType>;
  DeadlineEvent?: DeadlineEventResolvers<ContextType>;
  DeadlineEventConnection?: DeadlineEventConnectionResolvers<ContextType>;
  DeadlineEventEdge?: DeadlineEventEdgeResolvers<ContextType>;
  DeadlineExplanation?: DeadlineExplanationResolvers<ContextType>;
  DeadlineFailure?: DeadlineFailureResolvers<ContextType>;
  DeadlineRule?: DeadlineRuleResolvers<ContextType>;
  DeadlineRuleVariant?: DeadlineRuleVariantResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentScorecard?: DepartmentScorecardResolvers<ContextType>;
  EscalationPolicy?: EscalationPolicyResolvers<ContextType>;
  EscalationStage?: EscalationStageResolvers<ContextType>;
  EscalationsReached?: EscalationsReachedResolvers<ContextType>;
  FrontRecommendation?: FrontRecommendationResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  NotificationRecipient?: NotificationRecipientResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuestioningCommitment?: QuestioningCommitmentResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  SearchMatch?: SearchMatchResolvers<ContextType>;
  SearchMatches?: SearchMatchesResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SkippedDay?: SkippedDayResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  VoterPetition?: VoterPetitionResolvers<ContextType>;
}>;

