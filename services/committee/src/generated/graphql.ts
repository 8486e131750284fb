import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Jurisdiction as JurisdictionEntity } from '../jurisdictions/jurisdiction.entity';
import type { Department as DepartmentEntity } from '../directory/department.entity';
import type { Official as OfficialEntity } from '../directory/official.entity';
import type { Directive as DirectiveEntity } from '../directives/directive.entity';
import type { Assignment as AssignmentEntity } from '../directives/assignment.entity';
import type { ProgressReport as ProgressReportEntity } from '../directives/progress-report.entity';
import type { SourceRef as SourceRefEntity } from '../directives/source-ref';
import type { CitizenCase as CitizenCaseEntity } from '../cases/citizen-case.entity';
import type { CaseExtension as CaseExtensionEntity } from '../cases/case-extension.entity';
import type { CaseComplexityDecision as CaseComplexityDecisionEntity } from '../cases/case-complexity-decision.entity';
import type { CaseLetterHandling as CaseLetterHandlingEntity, CaseContestedDecision as CaseContestedDecisionEntity, ComplaintDialogue as ComplaintDialogueEntity } from '../cases/case-letter.entities';
import type { CaseSuspension as CaseSuspensionEntity } from '../cases/case-suspension.entity';
import type { Denouncer as DenouncerEntity } from '../denouncers/denouncer.entity';
import type { DenouncerRead as DenouncerReadEntity } from '../denouncers/denouncer-read.entity';
import type { ReceptionDay as ReceptionDayEntity } from '../reception/reception-day.entity';
import type { ReceptionVisit as ReceptionVisitEntity } from '../reception/reception-visit.entity';
import type { ReceptionMinimum as ReceptionMinimumEntity, ReceptionMonthCheck as ReceptionMonthCheckEntity } from '../reception/reception-minimum';
import type { CasePartialWithdrawal as CasePartialWithdrawalEntity } from '../cases/case-partial-withdrawal.entity';
import type { ReportKey as ReportKeyEntity } from '../report/report.service';
import type { ReportTotal as ReportTotalEntity, SearchMatch as SearchMatchEntity, SearchMatches as SearchMatchesEntity, GraphContext } from '@phoihop/core';
import type { AssignmentChange as AssignmentChangeEntity } from '../directives/assignment-change.entity';
import type { CaseTransfer as CaseTransferEntity } from '../cases/case-transfer.entity';
import type { SearchResultsRef as SearchResultsRefEntity } from '../search/search.service';
import type { DepartmentScorecardRow as DepartmentScorecardRowEntity, WorkFigures as WorkFiguresEntity } from '../scorecards/department-scorecards.service';
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

export type AcceptCitizenCaseInput = {
  acceptedOn: Scalars['Date']['input'];
  caseId: Scalars['ID']['input'];
  complexity?: InputMaybe<CaseComplexity>;
  handlingInspectorId?: InputMaybe<Scalars['ID']['input']>;
  /** Required whenever an inspector is named: the decision that names them. */
  inspectorDecision?: InputMaybe<InspectorDecisionInput>;
};

/** Nhiệm vụ — a department's task from a directive, with due date and progress. */
export type Assignment = {
  __typename?: 'Assignment';
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  /** Lịch sử điều chỉnh — reschedules (with the old due date), reassignments and cancellation, oldest first. */
  changes: Array<AssignmentChange>;
  completedOn?: Maybe<Scalars['Date']['output']>;
  completedOnTime?: Maybe<Scalars['Boolean']['output']>;
  completionReport?: Maybe<Scalars['String']['output']>;
  department: Department;
  directive: Directive;
  dueDate: Scalars['Date']['output'];
  /** How the due date was computed, in Vietnamese. */
  dueExplanation: Scalars['String']['output'];
  /** Deadline rule code, e.g. ASSIGNMENT@1. */
  dueRule: Scalars['String']['output'];
  /** Lĩnh vực — routes escalation to the vice-chair whose portfolio covers it. */
  field?: Maybe<FieldOfResponsibility>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  /** Past due and not done or cancelled, as of today. */
  overdue: Scalars['Boolean']['output'];
  /** Percent done, from the latest progress report (100 when done). */
  progress: Scalars['Int']['output'];
  /** Báo cáo tiến độ — newest first, at most `first` (cap 100). */
  progressReports: Array<ProgressReport>;
  /** What the task answers; null with FORBIDDEN at this path when its owner refuses it to the reader (e.g. a voter petition sent to another department). */
  source?: Maybe<FollowUpSource>;
  sourceType: FollowUpSourceType;
  status: AssignmentStatus;
  task: Scalars['String']['output'];
  /** Share of the source's follow-up this task carries (weighted progress). */
  weight: Scalars['Int']['output'];
};


/** Nhiệm vụ — a department's task from a directive, with due date and progress. */
export type AssignmentAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Nhiệm vụ — a department's task from a directive, with due date and progress. */
export type AssignmentProgressReportsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Điều chỉnh nhiệm vụ — one correction of an assignment, by a committee leader. */
export type AssignmentChange = {
  __typename?: 'AssignmentChange';
  authorName: Scalars['String']['output'];
  changedOn: Scalars['Date']['output'];
  /** Số văn bản điều chỉnh. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  kind: AssignmentChangeKind;
  newDepartment?: Maybe<Department>;
  newDue?: Maybe<Scalars['Date']['output']>;
  /** Reassigned: the department before and after. */
  previousDepartment?: Maybe<Department>;
  /** Rescheduled: the due date before and after. */
  previousDue?: Maybe<Scalars['Date']['output']>;
  reason: Scalars['String']['output'];
};

/** Loại điều chỉnh — what a correction did to an assignment. */
export type AssignmentChangeKind =
  /** Hủy nhiệm vụ */
  | 'CANCELLED'
  /** Giao lại cho cơ quan khác */
  | 'REASSIGNED'
  /** Gia hạn, điều chỉnh thời hạn */
  | 'RESCHEDULED';

export type AssignmentConnection = {
  __typename?: 'AssignmentConnection';
  edges: Array<AssignmentEdge>;
  nodes: Array<Assignment>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AssignmentEdge = {
  __typename?: 'AssignmentEdge';
  cursor: Scalars['String']['output'];
  node: Assignment;
};

/** Tình hình thực hiện — follow-up of a source, rolled up from the assignments the reader may see. */
export type AssignmentFollowUp = {
  __typename?: 'AssignmentFollowUp';
  assignmentCount: Scalars['Int']['output'];
  doneCount: Scalars['Int']['output'];
  /** Earliest due date among open assignments. */
  nextDueDate?: Maybe<Scalars['Date']['output']>;
  overdueCount: Scalars['Int']['output'];
  /** Weighted mean of assignment progress, 0–100 (cancelled tasks left out). */
  progress: Scalars['Float']['output'];
  state: FollowUpState;
};

export type AssignmentInput = {
  departmentId: Scalars['ID']['input'];
  /** Hạn hoàn thành, set by the directive; a day off moves it to the next working day. */
  dueDate: Scalars['Date']['input'];
  /** Lĩnh vực; defaults to the department's first field of responsibility. */
  field?: InputMaybe<FieldOfResponsibility>;
  /** Defaults to the directive's source (a directive may answer several petitions). */
  source?: InputMaybe<FollowUpSourceInput>;
  task: Scalars['String']['input'];
  /** Default 1. */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** Trạng thái nhiệm vụ — state of an assignment. */
export type AssignmentStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

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
  /** The committee service's part, newest first. */
  committee?: Maybe<AuditEntryConnection>;
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

export type CancelAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** Nguồn tiếp nhận — how the case reached the committee. */
export type CaseChannel =
  /** Do HĐND chuyển đến */
  | 'COUNCIL'
  /** Do MTTQ chuyển đến */
  | 'FRONT'
  /** Qua bưu chính */
  | 'MAIL'
  /** Trực tuyến */
  | 'ONLINE'
  /** Tiếp công dân trực tiếp */
  | 'RECEPTION';

/** Tính chất vụ việc — complexity, which lengthens the legal periods. */
export type CaseComplexity =
  | 'COMPLEX'
  | 'ESPECIALLY_COMPLEX'
  | 'NORMAL';

/** Quyết định xác định vụ việc phức tạp — a complaint's complexity raised by decision before its due date. */
export type CaseComplexityDecision = {
  __typename?: 'CaseComplexityDecision';
  decidedOn: Scalars['Date']['output'];
  decisionNumber: Scalars['String']['output'];
  fromComplexity: CaseComplexity;
  newDue: Scalars['Date']['output'];
  previousDue: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  toComplexity: CaseComplexity;
};

/** Gia hạn giải quyết tố cáo — by decision, once for a complex case, twice for an especially complex one. */
export type CaseExtension = {
  __typename?: 'CaseExtension';
  /** The complexity the decision declared, when it raised it. */
  complexity?: Maybe<CaseComplexity>;
  /** Days the decision granted ("không quá 30 ngày", Law on Denunciations Art. 30). */
  days: Scalars['Int']['output'];
  decidedOn: Scalars['Date']['output'];
  decisionNumber: Scalars['String']['output'];
  newDue: Scalars['Date']['output'];
  previousDue: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

export type CaseKindFigures = {
  __typename?: 'CaseKindFigures';
  accepted: Scalars['Int']['output'];
  kind: CitizenCaseKind;
  overdue: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  resolvedOnTime: Scalars['Int']['output'];
};

/** Kết quả giải quyết. */
export type CaseOutcome =
  /** Đã trả lời kiến nghị, phản ánh */
  | 'ANSWERED'
  /** Tố cáo đúng một phần */
  | 'PARTLY_SUBSTANTIATED'
  /** Khiếu nại đúng một phần */
  | 'PARTLY_UPHELD'
  /** Khiếu nại sai */
  | 'REJECTED'
  /** Tố cáo đúng */
  | 'SUBSTANTIATED'
  /** Tố cáo sai */
  | 'UNSUBSTANTIATED'
  /** Khiếu nại đúng */
  | 'UPHELD'
  /** Rút đơn */
  | 'WITHDRAWN';

/** Rút một phần khiếu nại — contents of a complaint withdrawn by written request (Law 136/2025/QH15). */
export type CasePartialWithdrawal = {
  __typename?: 'CasePartialWithdrawal';
  authorName: Scalars['String']['output'];
  /** The contents withdrawn; the case goes on with the rest. */
  contents: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Which written request, e.g. "Đơn xin rút một phần khiếu nại ngày 20/7/2026". */
  requestReference: Scalars['String']['output'];
  /** The date of the complainant's written request. */
  requestedOn: Scalars['Date']['output'];
};

/** Tạm đình chỉ — a suspension by decision; the clock pauses. */
export type CaseSuspension = {
  __typename?: 'CaseSuspension';
  decisionNumber: Scalars['String']['output'];
  /** Căn cứ tạm đình chỉ; null for cases received before 1 July 2026. */
  ground?: Maybe<SuspensionGround>;
  id: Scalars['ID']['output'];
  /** The ground's label and details from 1 July 2026; before, the free-text reason. */
  reason: Scalars['String']['output'];
  resumeDecisionNumber?: Maybe<Scalars['String']['output']>;
  resumedOn?: Maybe<Scalars['Date']['output']>;
  suspendedOn: Scalars['Date']['output'];
};

/** Chuyển đơn — a transfer of a case to another department or inspector. */
export type CaseTransfer = {
  __typename?: 'CaseTransfer';
  authorName: Scalars['String']['output'];
  fromDepartment: Department;
  fromInspector?: Maybe<Official>;
  reason: Scalars['String']['output'];
  toDepartment: Department;
  toInspector?: Maybe<Official>;
  transferredOn: Scalars['Date']['output'];
};

/**
 * Đơn khiếu nại, tố cáo, kiến nghị, phản ánh — a citizen case, received, accepted (or declined)
 * and resolved within the legal periods.
 */
export type CitizenCase = {
  __typename?: 'CitizenCase';
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  assignments: AssignmentConnection;
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  channel: CaseChannel;
  /** Resolved (or declined) by the due date; null while open. */
  closedOnTime?: Maybe<Scalars['Boolean']['output']>;
  complexity: CaseComplexity;
  /** Decisions that raised the complaint's complexity, oldest first. */
  complexityDecisions: Array<CaseComplexityDecision>;
  content: Scalars['String']['output'];
  /** Second-round complaints: the first-round decision contested. */
  contestedDecision?: Maybe<ContestedDecision>;
  /** Số quyết định / văn bản giải quyết. */
  decisionNumber?: Maybe<Scalars['String']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  declinedOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Người tố cáo — secret by law (Law on Denunciations Art. 9, 47). Given only to the inspector
   * handling the case; null for everyone else, including leaders and admins.
   */
  denouncer?: Maybe<Denouncer>;
  /**
   * Nhật ký xem danh tính người tố cáo — every read of `denouncer`, oldest first. For ADMIN and
   * the head of the handling department; null for everyone else and for other kinds of case.
   */
  denouncerReads?: Maybe<DenouncerReadConnection>;
  /** Complaint dialogues, oldest first. */
  dialogues: Array<ComplaintDialogue>;
  /** Due date of the current phase (acceptance, then resolution); null while suspended. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  /** How the due date was computed, in Vietnamese. */
  dueExplanation: Scalars['String']['output'];
  dueRule: Scalars['String']['output'];
  extensions: Array<CaseExtension>;
  /** Lĩnh vực — routes escalation to the vice-chair whose portfolio covers it. */
  field?: Maybe<FieldOfResponsibility>;
  followUp: AssignmentFollowUp;
  handlingDepartment: Department;
  handlingInspector?: Maybe<Official>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  kind: CitizenCaseKind;
  letterHandling?: Maybe<LetterHandling>;
  /** Số vào sổ, e.g. "KN-3/2026". */
  number: Scalars['String']['output'];
  outcome?: Maybe<CaseOutcome>;
  outcomeSummary?: Maybe<Scalars['String']['output']>;
  overdue: Scalars['Boolean']['output'];
  /** Rút một phần khiếu nại, oldest first. */
  partialWithdrawals: Array<CasePartialWithdrawal>;
  /** Complainant or petitioner. Always null for a denunciation: see `denouncer`. */
  petitionerName?: Maybe<Scalars['String']['output']>;
  receivedOn: Scalars['Date']['output'];
  receptionDay?: Maybe<ReceptionDay>;
  /** Vùng sâu, vùng xa. */
  remoteArea: Scalars['Boolean']['output'];
  resolvedOn?: Maybe<Scalars['Date']['output']>;
  /** Complaints only. */
  round?: Maybe<ComplaintRound>;
  /** Denunciations: verification at several places (longer initial processing). */
  severalPlaces: Scalars['Boolean']['output'];
  status: CitizenCaseStatus;
  subject: Scalars['String']['output'];
  suspensions: Array<CaseSuspension>;
  /** Chuyển đơn — transfers to another handling department or inspector, oldest first. */
  transfers: Array<CaseTransfer>;
};


/**
 * Đơn khiếu nại, tố cáo, kiến nghị, phản ánh — a citizen case, received, accepted (or declined)
 * and resolved within the legal periods.
 */
export type CitizenCaseAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};


/**
 * Đơn khiếu nại, tố cáo, kiến nghị, phản ánh — a citizen case, received, accepted (or declined)
 * and resolved within the legal periods.
 */
export type CitizenCaseAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Đơn khiếu nại, tố cáo, kiến nghị, phản ánh — a citizen case, received, accepted (or declined)
 * and resolved within the legal periods.
 */
export type CitizenCaseDenouncerReadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CitizenCaseConnection = {
  __typename?: 'CitizenCaseConnection';
  edges: Array<CitizenCaseEdge>;
  nodes: Array<CitizenCase>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CitizenCaseEdge = {
  __typename?: 'CitizenCaseEdge';
  cursor: Scalars['String']['output'];
  node: CitizenCase;
};

/** Loại đơn — kind of citizen case. */
export type CitizenCaseKind =
  /** Khiếu nại */
  | 'COMPLAINT'
  /** Tố cáo */
  | 'DENUNCIATION'
  /** Kiến nghị, phản ánh */
  | 'PETITION';

/** Trạng thái — where the case stands. */
export type CitizenCaseStatus =
  /** Đã thụ lý, đang giải quyết */
  | 'ACCEPTED'
  /** Không thụ lý (có lý do) */
  | 'DECLINED'
  /** Đã tiếp nhận, chờ thụ lý */
  | 'RECEIVED'
  /** Đã giải quyết */
  | 'RESOLVED'
  /** Tạm đình chỉ — the clock is paused */
  | 'SUSPENDED';

/** Số liệu của UBND trong năm: đơn thư và việc thực hiện nhiệm vụ. */
export type CommitteeFigures = {
  __typename?: 'CommitteeFigures';
  assignments: Scalars['Int']['output'];
  assignmentsDone: Scalars['Int']['output'];
  assignmentsDoneOnTime: Scalars['Int']['output'];
  /** Nhiệm vụ quá hạn chưa hoàn thành — still open and past due today. */
  assignmentsOpenOverdue: Scalars['Int']['output'];
  assignmentsOverdue: Scalars['Int']['output'];
  byKind: Array<CaseKindFigures>;
  casesAccepted: Scalars['Int']['output'];
  /** Đơn thư quá hạn chưa giải quyết — still open (received or accepted) and past due today. */
  casesOpenOverdue: Scalars['Int']['output'];
  /** Resolved after the due date, or still open past it. */
  casesOverdue: Scalars['Int']['output'];
  casesReceived: Scalars['Int']['output'];
  casesResolved: Scalars['Int']['output'];
  casesResolvedOnTime: Scalars['Int']['output'];
  directivesIssued: Scalars['Int']['output'];
  /** Buổi tiếp công dân định kỳ, chuyên đề, đột xuất held in the year. */
  receptionDays: Scalars['Int']['output'];
  /** Of those, hosted by the council Standing Committee, alone or with the committee chair (Law 136/2025/QH15). */
  receptionDaysHostedByCouncil: Scalars['Int']['output'];
  /**
   * Months of the year (1–12, ended) in which the commune committee chair received citizens on
   * fewer days than the minimum in force (receptionMinimum); empty for other levels, and for a
   * year with no reception day recorded (nothing recorded is not a shortfall). In a total
   * (`withCommunes`), the months in which any commune under it fell short.
   */
  receptionMinimumShortfalls: Array<Scalars['Int']['output']>;
  /** Lượt tiếp công dân — entries of the reception book in the year. */
  receptionVisits: Scalars['Int']['output'];
  /** The year's visits by outcome, every outcome listed. */
  receptionVisitsByOutcome: Array<ReceptionVisitFigures>;
};

/** Đối thoại — a complaint dialogue, with who took part and its minutes. */
export type ComplaintDialogue = {
  __typename?: 'ComplaintDialogue';
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  minutes: Scalars['String']['output'];
  participants: Array<Scalars['String']['output']>;
};

/** Lần giải quyết khiếu nại — complaint round. */
export type ComplaintRound =
  | 'FIRST'
  | 'SECOND';

export type CompleteAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  completedOn: Scalars['Date']['input'];
  report: Scalars['String']['input'];
};

/** Quyết định giải quyết lần đầu bị khiếu nại — the decision a second-round complaint contests. */
export type ContestedDecision = {
  __typename?: 'ContestedDecision';
  /** The first-round case, when it was handled in this deployment. */
  case?: Maybe<CitizenCase>;
  decidedOn: Scalars['Date']['output'];
  decisionNumber: Scalars['String']['output'];
  issuer?: Maybe<Scalars['String']['output']>;
};

export type ContestedDecisionInput = {
  /** The first-round case handled here; its decision number and date are taken from it. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
};

/** Báo cáo tổng kết phối hợp — the year's figures of one jurisdiction; every subgraph adds its own. */
export type CoordinationReport = {
  __typename?: 'CoordinationReport';
  /** Số liệu của UBND — the committee's figures. */
  committee: CommitteeFigures;
  council?: Maybe<CouncilFigures>;
  /**
   * Phụ lục — the departments' scorecards of the report's year (as `departmentScorecards`); null
   * with FORBIDDEN for readers of the public parts only.
   */
  departmentScorecards?: Maybe<DepartmentScorecardConnection>;
  front?: Maybe<FrontFigures>;
  jurisdiction: Jurisdiction;
  jurisdictionId: Scalars['ID']['output'];
  /**
   * Việc quá hạn theo cơ quan, đơn vị — the year's assignments and citizen cases still open past
   * their due date today, by the department that holds them; most behind first, only departments
   * with something overdue.
   */
  overdueByDepartment: Array<DepartmentOverdue>;
  /** Các mục của báo cáo — the report by topic, one sentence per figure, for screens and print. */
  sections?: Maybe<Array<ReportSection>>;
  /**
   * Báo cáo tóm tắt — the year's coordination in a few Vietnamese paragraphs, written from the
   * three bodies' records in the style of the review conference.
   */
  summary?: Maybe<Scalars['String']['output']>;
  /**
   * Tổng hợp toàn địa bàn — the same year's figures of this jurisdiction and every jurisdiction
   * under it (a province with its communes, wards and former districts), summed. For a commune,
   * its own figures.
   */
  withCommunes: CoordinationTotal;
  year: Scalars['Int']['output'];
};


/** Báo cáo tổng kết phối hợp — the year's figures of one jurisdiction; every subgraph adds its own. */
export type CoordinationReportDepartmentScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DepartmentScorecardOrder>;
};

/**
 * Số liệu tổng hợp toàn địa bàn — the figures of a jurisdiction and of every jurisdiction under it
 * for one year, keyed like its `CoordinationReport`. Every subgraph adds its own figures, summed the
 * same way: each jurisdiction's figures as its own report counts them, added up over
 * `jurisdictionIds` (a record belongs to one jurisdiction, so nothing is counted twice).
 */
export type CoordinationTotal = {
  __typename?: 'CoordinationTotal';
  /** Số liệu của UBND các cấp trên địa bàn — the committee's figures, summed. */
  committee: CommitteeFigures;
  jurisdictionId: Scalars['ID']['output'];
  /** The jurisdiction itself first, then every jurisdiction under it (xã, phường, and former districts). */
  jurisdictionIds: Array<Scalars['ID']['output']>;
  year: Scalars['Int']['output'];
};

export type CouncilFigures = {
  __typename?: 'CouncilFigures';
  commitmentsFulfilled: Scalars['Int']['output'];
  commitmentsFulfilledOnTime: Scalars['Int']['output'];
  commitmentsMade: Scalars['Int']['output'];
  commitmentsOverdue: Scalars['Int']['output'];
  explanationSessions: Scalars['Int']['output'];
  extraordinarySessions: Scalars['Int']['output'];
  preSessionMeetings: Scalars['Int']['output'];
  questioningSessions: Scalars['Int']['output'];
  questionsAsked: Scalars['Int']['output'];
  recommendationsIssued: Scalars['Int']['output'];
  recommendationsOverdue: Scalars['Int']['output'];
  recommendationsResolved: Scalars['Int']['output'];
  recommendationsResolvedOnTime: Scalars['Int']['output'];
  regularSessions: Scalars['Int']['output'];
  resolutions: Scalars['Int']['output'];
  sessions: Scalars['Int']['output'];
  supervisions: Scalars['Int']['output'];
  surveys: Scalars['Int']['output'];
  thematicResolutions: Scalars['Int']['output'];
  thematicSessions: Scalars['Int']['output'];
};

export type CreateDepartmentInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** Lĩnh vực phụ trách. */
  fields?: InputMaybe<Array<FieldOfResponsibility>>;
  jurisdictionId: Scalars['ID']['input'];
  kind: DepartmentKind;
  name: Scalars['String']['input'];
};

export type CreateJurisdictionInput = {
  activeFrom: Scalars['Date']['input'];
  /** Required for a district (district-level bodies ceased on 1 July 2025). */
  activeTo?: InputMaybe<Scalars['Date']['input']>;
  /** Mã đơn vị hành chính: 2 digits for a province, 3 for a district, 5 for a commune. */
  code: Scalars['String']['input'];
  level: JurisdictionLevel;
  name: Scalars['String']['input'];
  /** Required for districts and communes: a province, or — for a commune that ended before 1 July 2025 — a district. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateOfficialInput = {
  /** Required for every position but chair and vice-chair, who belong to no department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** Lĩnh vực phụ trách — required for a vice-chair, empty for everyone else. */
  fields?: InputMaybe<Array<FieldOfResponsibility>>;
  jurisdictionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  position: OfficialPosition;
  title?: InputMaybe<Scalars['String']['input']>;
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

export type DeclineCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  declinedOn: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
};

/** Đại biểu HĐND — owned by the council subgraph. */
export type Delegate = {
  __typename?: 'Delegate';
  id: Scalars['ID']['output'];
};

/** Thông tin người tố cáo — secret identity. */
export type Denouncer = {
  __typename?: 'Denouncer';
  address?: Maybe<Scalars['String']['output']>;
  fullName: Scalars['String']['output'];
  idNumber?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

export type DenouncerInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  fullName: Scalars['String']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Lượt xem danh tính người tố cáo — one read of a denouncer's identity (append-only audit). */
export type DenouncerRead = {
  __typename?: 'DenouncerRead';
  id: Scalars['ID']['output'];
  readAt: Scalars['DateTime']['output'];
  /** The reader in the directory: the handling inspector at the time of the read. */
  reader?: Maybe<Official>;
  /** The reader's account (the token's subject). */
  userId: Scalars['String']['output'];
};

export type DenouncerReadConnection = {
  __typename?: 'DenouncerReadConnection';
  edges: Array<DenouncerReadEdge>;
  nodes: Array<DenouncerRead>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DenouncerReadEdge = {
  __typename?: 'DenouncerReadEdge';
  cursor: Scalars['String']['output'];
  node: DenouncerRead;
};

/** Cơ quan, đơn vị thuộc UBND — a department that receives assignments and handles cases. */
export type Department = {
  __typename?: 'Department';
  /** False once dissolved or merged: the department keeps its records but takes no new work. */
  active: Scalars['Boolean']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** Lĩnh vực phụ trách — the fields of responsibility the department advises on. */
  fields: Array<FieldOfResponsibility>;
  /** Trưởng phòng — the department head, if one is on record. */
  head?: Maybe<Official>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  kind: DepartmentKind;
  name: Scalars['String']['output'];
};

export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  edges: Array<DepartmentEdge>;
  nodes: Array<Department>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  cursor: Scalars['String']['output'];
  node: Department;
};

/** Loại cơ quan — what kind of body a department is. */
export type DepartmentKind =
  /** UBND xã, phường trực thuộc */
  | 'COMMUNE'
  /** Thanh tra */
  | 'INSPECTORATE'
  /** Đơn vị sự nghiệp công lập */
  | 'PUBLIC_SERVICE_UNIT'
  /** Cơ quan chuyên môn (phòng, sở) */
  | 'SPECIALISED_OFFICE';

/** Việc quá hạn của một cơ quan, đơn vị trong năm báo cáo. */
export type DepartmentOverdue = {
  __typename?: 'DepartmentOverdue';
  /** Nhiệm vụ được giao quá hạn chưa hoàn thành (of directives issued in the year). */
  assignments: Scalars['Int']['output'];
  /** Đơn thư quá hạn chưa giải quyết (received in the year). */
  cases: Scalars['Int']['output'];
  departmentId: Scalars['ID']['output'];
  departmentName: Scalars['String']['output'];
};

/** Kết quả của một cơ quan, đơn vị trong năm. */
export type DepartmentScorecard = {
  __typename?: 'DepartmentScorecard';
  /** Nhiệm vụ được giao — assignments of directives issued in the year (cancelled ones left out). */
  assignments: WorkFigures;
  /** Đơn thư — citizen cases received in the year that the department handles (withdrawn ones are not done). */
  cases: WorkFigures;
  department: Department;
  departmentId: Scalars['ID']['output'];
  /** Both together. */
  total: WorkFigures;
  year: Scalars['Int']['output'];
};

export type DepartmentScorecardConnection = {
  __typename?: 'DepartmentScorecardConnection';
  edges: Array<DepartmentScorecardEdge>;
  nodes: Array<DepartmentScorecard>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DepartmentScorecardEdge = {
  __typename?: 'DepartmentScorecardEdge';
  cursor: Scalars['String']['output'];
  node: DepartmentScorecard;
};

/** How department scorecards are sorted; ties go by the department's name. */
export type DepartmentScorecardOrder =
  /** Most days late on average first */
  | 'AVERAGE_DAYS_LATE'
  /** By name */
  | 'NAME'
  /** Lowest share done on time first */
  | 'ON_TIME_RATE'
  /** Most work overdue now first (the default) */
  | 'OVERDUE_NOW'
  /** Most work received first */
  | 'RECEIVED';

/** Văn bản chỉ đạo — a committee directive that assigns follow-up work to departments. */
export type Directive = {
  __typename?: 'Directive';
  assignments: AssignmentConnection;
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  id: Scalars['ID']['output'];
  issuedOn: Scalars['Date']['output'];
  jurisdiction: Jurisdiction;
  /** Số hiệu, e.g. "125/UBND-TNMT". */
  number: Scalars['String']['output'];
  signer: Official;
  /** What the directive answers; null with FORBIDDEN at this path when its owner refuses it to the reader (e.g. a voter petition sent to another department). */
  source?: Maybe<FollowUpSource>;
  sourceType: FollowUpSourceType;
  subject: Scalars['String']['output'];
};


/** Văn bản chỉ đạo — a committee directive that assigns follow-up work to departments. */
export type DirectiveAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};


/** Văn bản chỉ đạo — a committee directive that assigns follow-up work to departments. */
export type DirectiveAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DirectiveConnection = {
  __typename?: 'DirectiveConnection';
  edges: Array<DirectiveEdge>;
  nodes: Array<Directive>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DirectiveEdge = {
  __typename?: 'DirectiveEdge';
  cursor: Scalars['String']['output'];
  node: Directive;
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

export type ExtendCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  /** The complexity the decision declares (raise only); the number of extensions allowed follows it. */
  complexity?: InputMaybe<CaseComplexity>;
  /** Days granted, 1–30; the full 30 when left out. */
  days?: InputMaybe<Scalars['Int']['input']>;
  decidedOn: Scalars['Date']['input'];
  decisionNumber: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** Cơ quan có thẩm quyền — the body a letter goes to, possibly outside this deployment. */
export type ExternalAuthority = {
  __typename?: 'ExternalAuthority';
  level: AuthorityLevel;
  name: Scalars['String']['output'];
};

export type ExternalAuthorityInput = {
  level: AuthorityLevel;
  name: Scalars['String']['input'];
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

/** What a directive answers: a council recommendation, a voter petition, a Front recommendation or a citizen case. */
export type FollowUpSource = CitizenCase | FrontRecommendation | Recommendation | VoterPetition;

export type FollowUpSourceInput = {
  id: Scalars['ID']['input'];
  type: FollowUpSourceType;
};

/** Loại nguồn — what a directive or assignment follows up. */
export type FollowUpSourceType =
  /** Đơn thư của công dân */
  | 'CITIZEN_CASE'
  /** Kiến nghị của MTTQ */
  | 'FRONT_RECOMMENDATION'
  /** Kiến nghị sau giám sát của HĐND */
  | 'RECOMMENDATION'
  /** Kiến nghị cử tri */
  | 'VOTER_PETITION';

/** Tình hình thực hiện — follow-up state of a source, rolled up from its assignments. */
export type FollowUpState =
  /** Đã hoàn thành (mọi nhiệm vụ xong) */
  | 'DONE'
  /** Đang thực hiện */
  | 'IN_PROGRESS'
  /** Chưa giao nhiệm vụ */
  | 'NOT_ASSIGNED';

export type FrontFigures = {
  __typename?: 'FrontFigures';
  frontRecommendations: Scalars['Int']['output'];
  frontRecommendationsAnswered: Scalars['Int']['output'];
  frontRecommendationsOverdue: Scalars['Int']['output'];
  meetingPoints: Scalars['Int']['output'];
  meetings: Scalars['Int']['output'];
  petitionsAnswered: Scalars['Int']['output'];
  petitionsAnsweredOnTime: Scalars['Int']['output'];
  petitionsCollected: Scalars['Int']['output'];
  petitionsForwarded: Scalars['Int']['output'];
  petitionsOverdue: Scalars['Int']['output'];
  petitionsReportedBack: Scalars['Int']['output'];
  socialSupervisions: Scalars['Int']['output'];
  voterContactRounds: Scalars['Int']['output'];
  voters: Scalars['Int']['output'];
};

/** Kiến nghị của MTTQ — owned by the front subgraph; the committee adds its follow-up. */
export type FrontRecommendation = {
  __typename?: 'FrontRecommendation';
  assignments?: Maybe<AssignmentConnection>;
  followUp?: Maybe<AssignmentFollowUp>;
  id: Scalars['ID']['output'];
};


/** Kiến nghị của MTTQ — owned by the front subgraph; the committee adds its follow-up. */
export type FrontRecommendationAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};

export type HandleLetterOutsideCompetenceInput = {
  /** Required to forward; optional when guiding. */
  addressee?: InputMaybe<ExternalAuthorityInput>;
  caseId: Scalars['ID']['input'];
  disposition: LetterDisposition;
  /** Required to guide. */
  guidance?: InputMaybe<Scalars['String']['input']>;
  handledOn: Scalars['Date']['input'];
  /** Required to file. */
  legalGround?: InputMaybe<Scalars['String']['input']>;
  letterDate?: InputMaybe<Scalars['Date']['input']>;
  /** Required to forward. */
  letterNumber?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Quyết định phân công người giải quyết — taken by the committee leader of the jurisdiction or the
 * head of the handling department, never by the inspector it names.
 */
export type InspectorDecisionInput = {
  decidedOn: Scalars['Date']['input'];
  /** Số quyết định, e.g. 12/QĐ-TTr. */
  number: Scalars['String']['input'];
};

export type IssueDirectiveInput = {
  assignments: Array<AssignmentInput>;
  issuedOn: Scalars['Date']['input'];
  jurisdictionId: Scalars['ID']['input'];
  number: Scalars['String']['input'];
  signerId: Scalars['ID']['input'];
  source: FollowUpSourceInput;
  subject: Scalars['String']['input'];
};

/**
 * Đơn vị hành chính — a jurisdiction with its own People's Council, People's Committee and
 * Fatherland Front Standing Board. Since 1 July 2025 (Law 72/2025/QH15) local government has
 * two levels; district-level jurisdictions keep their records with `activeTo` set.
 */
export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  /** True when the jurisdiction operates today. */
  active: Scalars['Boolean']['output'];
  activeFrom: Scalars['Date']['output'];
  activeTo?: Maybe<Scalars['Date']['output']>;
  children: JurisdictionConnection;
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: JurisdictionLevel;
  name: Scalars['String']['output'];
  parent?: Maybe<Jurisdiction>;
};


/**
 * Đơn vị hành chính — a jurisdiction with its own People's Council, People's Committee and
 * Fatherland Front Standing Board. Since 1 July 2025 (Law 72/2025/QH15) local government has
 * two levels; district-level jurisdictions keep their records with `activeTo` set.
 */
export type JurisdictionChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type JurisdictionConnection = {
  __typename?: 'JurisdictionConnection';
  edges: Array<JurisdictionEdge>;
  nodes: Array<Jurisdiction>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type JurisdictionEdge = {
  __typename?: 'JurisdictionEdge';
  cursor: Scalars['String']['output'];
  node: Jurisdiction;
};

/** Cấp hành chính — administrative level of a jurisdiction. */
export type JurisdictionLevel =
  /** Xã, phường, đặc khu */
  | 'COMMUNE'
  /** Cấp huyện (thị xã, thành phố thuộc tỉnh) — ceased operating on 1 July 2025; records remain */
  | 'DISTRICT'
  /** Tỉnh, thành phố trực thuộc trung ương */
  | 'PROVINCE';

/** Xử lý đơn không thuộc thẩm quyền — what the office does with a letter that is not its to resolve. */
export type LetterDisposition =
  /** Lưu đơn, không xử lý (có căn cứ) */
  | 'FILED'
  /** Chuyển đơn đến cơ quan có thẩm quyền */
  | 'FORWARDED'
  /** Hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền */
  | 'GUIDED';

/** How a letter outside the office's competence was handled; the case closes (DECLINED) with it. */
export type LetterHandling = {
  __typename?: 'LetterHandling';
  /** FORWARDED: the competent body; GUIDED: whom the citizen was told to address, if named. */
  addressee?: Maybe<ExternalAuthority>;
  disposition: LetterDisposition;
  /** GUIDED: what the citizen was told. */
  guidance?: Maybe<Scalars['String']['output']>;
  handledOn: Scalars['Date']['output'];
  /** FILED: the legal ground for filing without handling. */
  legalGround?: Maybe<Scalars['String']['output']>;
  letterDate?: Maybe<Scalars['Date']['output']>;
  /** FORWARDED: the forwarding letter's number and date. */
  letterNumber?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Thụ lý — accepts a case; the resolution clock starts. */
  acceptCitizenCase: CitizenCase;
  /** Hủy nhiệm vụ — cancels an open assignment; its deadline is cleared and the follow-up leaves it out. */
  cancelAssignment: Assignment;
  /** Báo cáo hoàn thành — the department reports the assignment done. */
  completeAssignment: Assignment;
  /** Thêm cơ quan, đơn vị (admins). */
  createDepartment: Department;
  /** Thêm đơn vị hành chính (admins). */
  createJurisdiction: Jurisdiction;
  /** Thêm cán bộ, công chức (admins). */
  createOfficial: Official;
  /** Không thụ lý — declines a case with a reason. */
  declineCitizenCase: CitizenCase;
  /**
   * Gia hạn — extends a denunciation's resolution period by decision, by the days it grants (up
   * to 30), declaring its complexity if need be: once for a complex case, twice for an especially
   * complex one.
   */
  extendCitizenCase: CitizenCase;
  /**
   * Đơn không thuộc thẩm quyền — forwards a received letter to the competent body, guides the
   * citizen, or files it; the case is closed for this office and its deadline cleared.
   */
  handleLetterOutsideCompetence: CitizenCase;
  /** Ban hành văn bản chỉ đạo — issues a directive and its assignments (committee leaders). */
  issueDirective: Directive;
  /** Xác định vụ việc phức tạp — raises an accepted complaint's complexity by decision, before its due date; the longer period follows. */
  raiseCitizenCaseComplexity: CitizenCase;
  /** Giao lại — hands an open assignment to another department of the jurisdiction. */
  reassignAssignment: Assignment;
  /** Tiếp nhận đơn — registers a case; the acceptance (or initial processing) clock starts. */
  receiveCitizenCase: CitizenCase;
  /**
   * Tính lại thời hạn — recomputes the due dates of this body's open items after a calendar edit
   * (the days `from`–`to`) or a new rule version (`ruleKind`, in force from `from`), and
   * publishes each one that moved. Workers and admins only; running it twice moves nothing.
   * Returns how many due dates moved.
   */
  recomputeCommitteeDeadlines: Scalars['Int']['output'];
  /** Đối thoại — records a dialogue held while a complaint is resolved. */
  recordComplaintDialogue: CitizenCase;
  /** Ghi sổ tiếp công dân — records one visit. */
  recordReceptionVisit: ReceptionVisit;
  /** Báo cáo tiến độ — the department reports progress on its assignment. */
  reportAssignmentProgress: Assignment;
  /** Điều chỉnh thời hạn — moves an open assignment's due date; the old one stays in `changes`. */
  rescheduleAssignment: Assignment;
  /** Giải quyết — records the decision and outcome. */
  resolveCitizenCase: CitizenCase;
  /** Tiếp tục giải quyết — resumes a suspended case; the due date moves by the days paused. */
  resumeCitizenCase: CitizenCase;
  scheduleReceptionDay: ReceptionDay;
  /** Tạm đình chỉ — suspends the case; the clock pauses. */
  suspendCitizenCase: CitizenCase;
  /** Chuyển đơn — hands an open case to another department or inspector; the deadline's assignee follows. */
  transferCitizenCase: CitizenCase;
  /** Sửa cơ quan, đơn vị; bổ nhiệm trưởng phòng; giải thể (admins). */
  updateDepartment: Department;
  /** Đính chính văn bản chỉ đạo — fixes the number or subject while no assignment is completed. */
  updateDirective: Directive;
  /** Sửa, giải thể đơn vị hành chính (admins). Closing requires every child to be closed by the same day. */
  updateJurisdiction: Jurisdiction;
  /** Sửa thông tin, điều động, cho thôi việc cán bộ (admins). */
  updateOfficial: Official;
  /** Rút đơn — the petitioner withdraws: the case ends with outcome WITHDRAWN and its deadline is cleared. */
  withdrawCitizenCase: CitizenCase;
  /**
   * Rút một phần khiếu nại — the complainant withdraws some of a complaint's contents: the case
   * goes on with the rest, its deadline unchanged. For complaints received from 1 July 2026 (Law
   * 136/2025/QH15); an older complaint is refused (BAD_USER_INPUT on input.caseId): withdraw it whole.
   */
  withdrawCitizenCaseContents: CitizenCase;
};


export type MutationAcceptCitizenCaseArgs = {
  input: AcceptCitizenCaseInput;
};


export type MutationCancelAssignmentArgs = {
  input: CancelAssignmentInput;
};


export type MutationCompleteAssignmentArgs = {
  input: CompleteAssignmentInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateJurisdictionArgs = {
  input: CreateJurisdictionInput;
};


export type MutationCreateOfficialArgs = {
  input: CreateOfficialInput;
};


export type MutationDeclineCitizenCaseArgs = {
  input: DeclineCitizenCaseInput;
};


export type MutationExtendCitizenCaseArgs = {
  input: ExtendCitizenCaseInput;
};


export type MutationHandleLetterOutsideCompetenceArgs = {
  input: HandleLetterOutsideCompetenceInput;
};


export type MutationIssueDirectiveArgs = {
  input: IssueDirectiveInput;
};


export type MutationRaiseCitizenCaseComplexityArgs = {
  input: RaiseCitizenCaseComplexityInput;
};


export type MutationReassignAssignmentArgs = {
  input: ReassignAssignmentInput;
};


export type MutationReceiveCitizenCaseArgs = {
  input: ReceiveCitizenCaseInput;
};


export type MutationRecomputeCommitteeDeadlinesArgs = {
  cause: DeadlineRecomputeCause;
  from: Scalars['Date']['input'];
  ruleKind?: InputMaybe<DeadlineRuleKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRecordComplaintDialogueArgs = {
  input: RecordComplaintDialogueInput;
};


export type MutationRecordReceptionVisitArgs = {
  input: RecordReceptionVisitInput;
};


export type MutationReportAssignmentProgressArgs = {
  input: ReportAssignmentProgressInput;
};


export type MutationRescheduleAssignmentArgs = {
  input: RescheduleAssignmentInput;
};


export type MutationResolveCitizenCaseArgs = {
  input: ResolveCitizenCaseInput;
};


export type MutationResumeCitizenCaseArgs = {
  input: ResumeCitizenCaseInput;
};


export type MutationScheduleReceptionDayArgs = {
  input: ScheduleReceptionDayInput;
};


export type MutationSuspendCitizenCaseArgs = {
  input: SuspendCitizenCaseInput;
};


export type MutationTransferCitizenCaseArgs = {
  input: TransferCitizenCaseInput;
};


export type MutationUpdateDepartmentArgs = {
  input: UpdateDepartmentInput;
};


export type MutationUpdateDirectiveArgs = {
  input: UpdateDirectiveInput;
};


export type MutationUpdateJurisdictionArgs = {
  input: UpdateJurisdictionInput;
};


export type MutationUpdateOfficialArgs = {
  input: UpdateOfficialInput;
};


export type MutationWithdrawCitizenCaseArgs = {
  input: WithdrawCitizenCaseInput;
};


export type MutationWithdrawCitizenCaseContentsArgs = {
  input: WithdrawCitizenCaseContentsInput;
};

/** Cán bộ, công chức — an official of the committee; the directory the workers route notifications by. */
export type Official = {
  __typename?: 'Official';
  active: Scalars['Boolean']['output'];
  /** Nhật ký thao tác — the changes made to this record, newest first. */
  auditTrail: AuditEntryConnection;
  department?: Maybe<Department>;
  email?: Maybe<Scalars['String']['output']>;
  /** Lĩnh vực phụ trách — for a vice-chair, the fields in their portfolio. */
  fields: Array<FieldOfResponsibility>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  position: OfficialPosition;
  /** Chức danh as written on documents. */
  title?: Maybe<Scalars['String']['output']>;
};


/** Cán bộ, công chức — an official of the committee; the directory the workers route notifications by. */
export type OfficialAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OfficialConnection = {
  __typename?: 'OfficialConnection';
  edges: Array<OfficialEdge>;
  nodes: Array<Official>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OfficialEdge = {
  __typename?: 'OfficialEdge';
  cursor: Scalars['String']['output'];
  node: Official;
};

/** Chức vụ — an official's position in the committee. */
export type OfficialPosition =
  /** Chủ tịch UBND */
  | 'CHAIR'
  /** Trưởng phòng, Chánh Thanh tra */
  | 'DEPARTMENT_HEAD'
  /** Phó Trưởng phòng */
  | 'DEPUTY_HEAD'
  /** Thanh tra viên */
  | 'INSPECTOR'
  /** Chuyên viên */
  | 'STAFF'
  /** Phó Chủ tịch UBND (phụ trách lĩnh vực) */
  | 'VICE_CHAIR';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Báo cáo tiến độ — a progress report on an assignment. */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  authorName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  percent: Scalars['Int']['output'];
  reportedAt: Scalars['DateTime']['output'];
};

export type Query = {
  __typename?: 'Query';
  assignment?: Maybe<Assignment>;
  assignments: AssignmentConnection;
  auditLog: AuditLog;
  citizenCase?: Maybe<CitizenCase>;
  citizenCases: CitizenCaseConnection;
  /** Báo cáo tổng kết — public aggregate figures for a jurisdiction and year. */
  coordinationReport: CoordinationReport;
  department?: Maybe<Department>;
  /**
   * Bảng theo dõi kết quả của các cơ quan, đơn vị — each department's year: assignments of the
   * year's directives and citizen cases received in the year, done, on time, overdue now and how
   * late; escalations from the deadline ledger (notifications subgraph). Most behind first by
   * default. For those who read the jurisdiction's coordination records (the report's
   * non-public parts).
   */
  departmentScorecards: DepartmentScorecardConnection;
  /** Active departments only unless `includeInactive`. */
  departments: DepartmentConnection;
  directive?: Maybe<Directive>;
  directives: DirectiveConnection;
  jurisdiction?: Maybe<Jurisdiction>;
  /** Finds jurisdictions by name; diacritics optional ("hong linh" finds "Hồng Lĩnh"). */
  jurisdictions: JurisdictionConnection;
  official?: Maybe<Official>;
  /**
   * Danh bạ — finds officials: the head of a department (`departmentId`, `position: DEPARTMENT_HEAD`),
   * the vice-chair whose portfolio covers a field (`position: VICE_CHAIR`, `field`), the chair.
   * Active officials only unless `includeInactive`.
   */
  officials: OfficialConnection;
  receptionDay?: Maybe<ReceptionDay>;
  /** Lịch tiếp công dân — public schedule. */
  receptionDays: ReceptionDayConnection;
  /**
   * Kiểm tra số ngày tiếp công dân của Chủ tịch UBND cấp xã: for a commune and a year, each ended
   * month against the minimum of the rule catalogue (Law on Citizen Reception Art. 15, as amended by
   * Law 136/2025/QH15); `minimumDays` (1–31) replaces the default where the locality sets another.
   */
  receptionMinimum: ReceptionMinimumCheck;
  /** Sổ tiếp công dân of a jurisdiction, latest first. */
  receptionVisits: ReceptionVisitConnection;
  /**
   * Tìm kiếm — one search across citizen cases, voter petitions, recommendations, Front
   * recommendations, resolutions, directives and assignments. Diacritics optional ("giai quyet
   * dat dai" finds "giải quyết đất đai"); every word must occur. Ranked by relevance, then the
   * more recent; only what the user may read. Signed-in users only.
   */
  search: SearchResults;
};


export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  dueFrom?: InputMaybe<Scalars['Date']['input']>;
  dueTo?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  sourceType?: InputMaybe<FollowUpSourceType>;
  status?: InputMaybe<AssignmentStatus>;
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCitizenCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCitizenCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<CitizenCaseKind>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  receivedFrom?: InputMaybe<Scalars['Date']['input']>;
  receivedTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<CitizenCaseStatus>;
};


export type QueryCoordinationReportArgs = {
  jurisdictionId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentScorecardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  orderBy?: InputMaybe<DepartmentScorecardOrder>;
  year: Scalars['Int']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  field?: InputMaybe<FieldOfResponsibility>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<DepartmentKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDirectiveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDirectivesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  issuedFrom?: InputMaybe<Scalars['Date']['input']>;
  issuedTo?: InputMaybe<Scalars['Date']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  sourceType?: InputMaybe<FollowUpSourceType>;
};


export type QueryJurisdictionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryJurisdictionsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<JurisdictionLevel>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOfficialArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  field?: InputMaybe<FieldOfResponsibility>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  position?: InputMaybe<OfficialPosition>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReceptionDayArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReceptionDaysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryReceptionMinimumArgs = {
  jurisdictionId: Scalars['ID']['input'];
  minimumDays?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryReceptionVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  outcome?: InputMaybe<ReceptionVisitOutcome>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<SearchKind>>;
  text: Scalars['String']['input'];
};

export type RaiseCitizenCaseComplexityInput = {
  caseId: Scalars['ID']['input'];
  complexity: CaseComplexity;
  decidedOn: Scalars['Date']['input'];
  decisionNumber: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

export type ReassignAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  /** Another active department of the same jurisdiction. */
  departmentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type ReceiveCitizenCaseInput = {
  channel: CaseChannel;
  complexity?: InputMaybe<CaseComplexity>;
  content: Scalars['String']['input'];
  /** Second-round complaints: the first-round decision contested. */
  contestedDecision?: InputMaybe<ContestedDecisionInput>;
  denouncer?: InputMaybe<DenouncerInput>;
  /** Lĩnh vực of the case. */
  field?: InputMaybe<FieldOfResponsibility>;
  handlingDepartmentId: Scalars['ID']['input'];
  handlingInspectorId?: InputMaybe<Scalars['ID']['input']>;
  /** Required whenever an inspector is named: the decision that names them. */
  inspectorDecision?: InputMaybe<InspectorDecisionInput>;
  jurisdictionId: Scalars['ID']['input'];
  kind: CitizenCaseKind;
  /** Complaints and petitions; a denunciation gives `denouncer` instead. */
  petitionerName?: InputMaybe<Scalars['String']['input']>;
  receivedOn: Scalars['Date']['input'];
  receptionDayId?: InputMaybe<Scalars['ID']['input']>;
  remoteArea?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required for complaints, absent otherwise. */
  round?: InputMaybe<ComplaintRound>;
  severalPlaces?: InputMaybe<Scalars['Boolean']['input']>;
  subject: Scalars['String']['input'];
};

/** Ngày tiếp công dân — a day on which the committee chair or the council Standing Committee (or both) receive citizens. */
export type ReceptionDay = {
  __typename?: 'ReceptionDay';
  /** Cases received that day, as far as the reader may see them. */
  cases: CitizenCaseConnection;
  date: Scalars['Date']['output'];
  /** Đại biểu HĐND cùng tiếp. */
  delegates?: Maybe<Array<Delegate>>;
  /** Who hosts the day; days before Law 136/2025 were the committee chair's. */
  hostingBody: ReceptionHost;
  /** Lãnh đạo UBND tiếp công dân. */
  hosts: Array<Official>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  kind: ReceptionDayKind;
  note?: Maybe<Scalars['String']['output']>;
  place: Scalars['String']['output'];
  /** The visits recorded at this day, for readers of the reception book; empty for others. */
  visits: ReceptionVisitConnection;
};


/** Ngày tiếp công dân — a day on which the committee chair or the council Standing Committee (or both) receive citizens. */
export type ReceptionDayCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Ngày tiếp công dân — a day on which the committee chair or the council Standing Committee (or both) receive citizens. */
export type ReceptionDayVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ReceptionDayConnection = {
  __typename?: 'ReceptionDayConnection';
  edges: Array<ReceptionDayEdge>;
  nodes: Array<ReceptionDay>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReceptionDayEdge = {
  __typename?: 'ReceptionDayEdge';
  cursor: Scalars['String']['output'];
  node: ReceptionDay;
};

/** Loại buổi tiếp công dân. */
export type ReceptionDayKind =
  /** Định kỳ */
  | 'REGULAR'
  /** Chuyên đề */
  | 'THEMATIC'
  /** Đột xuất */
  | 'UNSCHEDULED';

/** Cơ quan chủ trì buổi tiếp công dân. */
export type ReceptionHost =
  /** Chủ tịch UBND */
  | 'COMMITTEE_CHAIR'
  /** Thường trực HĐND (Luật số 136/2025/QH15) */
  | 'COUNCIL_STANDING'
  /** Thường trực HĐND và Chủ tịch UBND cùng tiếp */
  | 'JOINT';

/** The commune chair's monthly minimum of reception days, checked month by month for a year. */
export type ReceptionMinimumCheck = {
  __typename?: 'ReceptionMinimumCheck';
  jurisdiction: Jurisdiction;
  /** Every month of the year that has ended (and in which the jurisdiction was active). */
  months: Array<ReceptionMonth>;
  /** The months where the minimum was not met. */
  shortfalls: Array<ReceptionMonth>;
  year: Scalars['Int']['output'];
};

/** Số buổi Chủ tịch UBND cấp xã trực tiếp tiếp công dân trong một tháng, so với mức tối thiểu. */
export type ReceptionMonth = {
  __typename?: 'ReceptionMonth';
  /** Reception days of the month at which the committee chair received citizens. */
  chairDays: Scalars['Int']['output'];
  /** Căn cứ pháp lý of the minimum. */
  legalBasis: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  month: Scalars['Int']['output'];
  /** The minimum in force on the month's first day. */
  required: Scalars['Int']['output'];
};

/**
 * Lượt tiếp công dân — one entry of the reception book (sổ tiếp công dân): the citizen, what they
 * came about and what came of it, at a reception day or on regular reception.
 */
export type ReceptionVisit = {
  __typename?: 'ReceptionVisit';
  /** The case opened from this visit (CASE_OPENED), as far as the reader may see it. */
  case?: Maybe<CitizenCase>;
  citizenAddress?: Maybe<Scalars['String']['output']>;
  citizenName: Scalars['String']['output'];
  /** Hướng dẫn đã đưa ra (GUIDED, optional for ANSWERED). */
  guidance?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jurisdiction: Jurisdiction;
  outcome: ReceptionVisitOutcome;
  receivedByName: Scalars['String']['output'];
  /** The reception day; null for regular reception (tiếp công dân thường xuyên). */
  receptionDay?: Maybe<ReceptionDay>;
  /** Lý do từ chối tiếp (REFUSED), e.g. Law on Citizen Reception Art. 9. */
  refusalGround?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  visitedOn: Scalars['Date']['output'];
  /** More than one: a group with one content (đoàn đông người). */
  visitorCount: Scalars['Int']['output'];
};

export type ReceptionVisitConnection = {
  __typename?: 'ReceptionVisitConnection';
  edges: Array<ReceptionVisitEdge>;
  nodes: Array<ReceptionVisit>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReceptionVisitEdge = {
  __typename?: 'ReceptionVisitEdge';
  cursor: Scalars['String']['output'];
  node: ReceptionVisit;
};

/** Lượt tiếp công dân theo kết quả. */
export type ReceptionVisitFigures = {
  __typename?: 'ReceptionVisitFigures';
  outcome: ReceptionVisitOutcome;
  visits: Scalars['Int']['output'];
};

/** Kết quả tiếp công dân — what came of one visit. */
export type ReceptionVisitOutcome =
  /** Trả lời trực tiếp */
  | 'ANSWERED'
  /** Tiếp nhận đơn, mở hồ sơ vụ việc */
  | 'CASE_OPENED'
  /** Hướng dẫn, giải thích */
  | 'GUIDED'
  /** Từ chối tiếp (có lý do) */
  | 'REFUSED';

/** Kiến nghị sau giám sát — owned by the council subgraph; the committee adds its follow-up. */
export type Recommendation = {
  __typename?: 'Recommendation';
  assignments?: Maybe<AssignmentConnection>;
  followUp?: Maybe<AssignmentFollowUp>;
  id: Scalars['ID']['output'];
};


/** Kiến nghị sau giám sát — owned by the council subgraph; the committee adds its follow-up. */
export type RecommendationAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};

export type RecordComplaintDialogueInput = {
  caseId: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  minutes: Scalars['String']['input'];
  /** At least the complainant's side and the resolving body's. */
  participants: Array<Scalars['String']['input']>;
};

export type RecordReceptionVisitInput = {
  /** Required for CASE_OPENED, refused otherwise: a case of the jurisdiction. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Địa chỉ (tối đa 300 ký tự). */
  citizenAddress?: InputMaybe<Scalars['String']['input']>;
  /** Họ tên công dân (tối đa 300 ký tự). */
  citizenName: Scalars['String']['input'];
  /** Required for GUIDED (tối đa 1.000 ký tự). */
  guidance?: InputMaybe<Scalars['String']['input']>;
  jurisdictionId: Scalars['ID']['input'];
  outcome: ReceptionVisitOutcome;
  /** A reception day of the jurisdiction; the visit is then on that day. Omitted: regular reception. */
  receptionDayId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for REFUSED, refused otherwise (tối đa 1.000 ký tự). */
  refusalGround?: InputMaybe<Scalars['String']['input']>;
  /** Nội dung trình bày (tối đa 1.000 ký tự). */
  subject: Scalars['String']['input'];
  /** Not after today; the reception day's date when one is given. */
  visitedOn: Scalars['Date']['input'];
  /** 1 when omitted; 1–500. */
  visitorCount?: InputMaybe<Scalars['Int']['input']>;
};

export type ReportAssignmentProgressInput = {
  assignmentId: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  percent: Scalars['Int']['input'];
};

/** Mục của báo cáo — a titled section; each line is one sentence with its figure. */
export type ReportSection = {
  __typename?: 'ReportSection';
  key: ReportSectionKey;
  lines: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** Mục báo cáo — which part of the report a section is. */
export type ReportSectionKey =
  /** Tiếp công dân, giải quyết khiếu nại, tố cáo */
  | 'CITIZEN_RECEPTION_AND_CASES'
  /** Chỉ đạo, giao nhiệm vụ */
  | 'DIRECTIVES_AND_ASSIGNMENTS'
  /** Kỳ họp và nghị quyết */
  | 'SESSIONS_AND_RESOLUTIONS'
  /** Tồn tại, hạn chế — what is still overdue */
  | 'SHORTCOMINGS'
  /** Khảo sát, giám sát và kiến nghị */
  | 'SUPERVISIONS_AND_RECOMMENDATIONS'
  /** Tiếp xúc cử tri và kiến nghị cử tri */
  | 'VOTER_CONTACT';

export type RescheduleAssignmentInput = {
  assignmentId: Scalars['ID']['input'];
  /** Số văn bản cho phép điều chỉnh thời hạn, e.g. "245/UBND-VP". */
  decisionNumber: Scalars['String']['input'];
  /** New due date, not before today; a day off moves it to the next working day. */
  dueDate: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
};

export type Resolution = {
  __typename?: 'Resolution';
  id: Scalars['ID']['output'];
};

export type ResolveCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  decisionNumber: Scalars['String']['input'];
  outcome: CaseOutcome;
  resolvedOn: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
};

export type ResumeCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  decisionNumber: Scalars['String']['input'];
  resumedOn: Scalars['Date']['input'];
};

export type ScheduleReceptionDayInput = {
  date: Scalars['Date']['input'];
  /** Council delegates receiving citizens; required when the council Standing Committee hosts (its members). */
  delegateIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Officials of the jurisdiction; at least one unless the council Standing Committee hosts alone. */
  hostOfficialIds: Array<Scalars['ID']['input']>;
  /** COMMITTEE_CHAIR when omitted. The council Standing Committee records its own days (COUNCIL_STANDING, JOINT). */
  hostingBody?: InputMaybe<ReceptionHost>;
  jurisdictionId: Scalars['ID']['input'];
  kind?: InputMaybe<ReceptionDayKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  place: Scalars['String']['input'];
};

/** The record a hit stands for, resolved by the subgraph that owns it. */
export type SearchEntity = Assignment | CitizenCase | Directive | FrontRecommendation | Recommendation | Resolution | VoterPetition;

/** Một kết quả tìm kiếm — a record found: its kind, title, a snippet with the words highlighted, and the record. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The record's date: received, adopted, issued, raised or sent. */
  at: Scalars['Date']['output'];
  entity?: Maybe<SearchEntity>;
  highlights: Array<TextRange>;
  kind: SearchKind;
  /** Relevance, 0–1; hits are ordered by it, then by `at`. */
  rank: Scalars['Float']['output'];
  /** A short excerpt around the words found; `highlights` are the ranges to mark. */
  snippet: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
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

/** Kết quả tìm kiếm — one search's merged, ranked page (the key is the checked request). */
export type SearchResults = {
  __typename?: 'SearchResults';
  councilMatches?: Maybe<SearchMatches>;
  edges?: Maybe<Array<SearchHitEdge>>;
  frontMatches?: Maybe<SearchMatches>;
  nodes?: Maybe<Array<SearchHit>>;
  pageInfo?: Maybe<PageInfo>;
  request: Scalars['String']['output'];
  /** Every readable match, over all pages. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type SuspendCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  decisionNumber: Scalars['String']['input'];
  /**
   * Căn cứ tạm đình chỉ — required for cases received from 1 July 2026 (Law 136/2025/QH15);
   * refused for older cases, which keep the free-text reason.
   */
  ground?: InputMaybe<SuspensionGround>;
  /** Lý do: required for cases received before 1 July 2026; details beside the ground after (tối đa 20.000 ký tự). */
  reason?: InputMaybe<Scalars['String']['input']>;
  suspendedOn: Scalars['Date']['input'];
};

/**
 * Căn cứ tạm đình chỉ — the grounds Law 136/2025/QH15 lists for suspending a complaint or a
 * denunciation; required for cases received from 1 July 2026.
 */
export type SuspensionGround =
  /** Cần đợi kết quả giám định bổ sung, giám định lại */
  | 'AWAITING_ASSESSMENT'
  /** Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác */
  | 'AWAITING_OTHER_AUTHORITY'
  /** Cần đợi kết quả giải quyết vụ việc khác có liên quan */
  | 'AWAITING_RELATED_CASE'
  /** Sự kiện bất khả kháng */
  | 'FORCE_MAJEURE'
  /** Cơ quan, tổ chức hợp nhất, sáp nhập, chia, tách, giải thể mà chưa có người kế thừa quyền, nghĩa vụ */
  | 'ORGANISATION_REORGANISED'
  /** Người khiếu nại, tố cáo đã chết mà chưa xác định được người thừa kế quyền, nghĩa vụ */
  | 'PARTY_DIED_NO_SUCCESSOR';

/** Đoạn tô sáng — where the searched words occur in a snippet (start and length in UTF-16 code units). */
export type TextRange = {
  __typename?: 'TextRange';
  length: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type TransferCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  /** An active department of the case's jurisdiction. */
  handlingDepartmentId: Scalars['ID']['input'];
  /** An active official of that department; the only one who then reads a denouncer's identity. */
  handlingInspectorId?: InputMaybe<Scalars['ID']['input']>;
  /** Required when the inspector changes: the decision that names the new one. */
  inspectorDecision?: InputMaybe<InspectorDecisionInput>;
  reason: Scalars['String']['input'];
};

/** Fields left out are unchanged. */
export type UpdateDepartmentInput = {
  /** False dissolves the department; refused while it still has open assignments or cases. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<FieldOfResponsibility>>;
  /** Bổ nhiệm trưởng phòng: an active official of this department; the previous head becomes deputy head. */
  headOfficialId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<DepartmentKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Corrections to a directive's number or subject; fields left out are unchanged. */
export type UpdateDirectiveInput = {
  directiveId: Scalars['ID']['input'];
  number?: InputMaybe<Scalars['String']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Fields left out are unchanged; `activeTo: null` reopens, a date closes the jurisdiction. */
export type UpdateJurisdictionInput = {
  activeFrom?: InputMaybe<Scalars['Date']['input']>;
  activeTo?: InputMaybe<Scalars['Date']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields left out are unchanged. */
export type UpdateOfficialInput = {
  /** False when the official leaves; refused while they handle open cases. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<FieldOfResponsibility>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * Người kế nhiệm — required when a department head leaves the post (deactivated, moved or given
   * another position): an active official of the same department who becomes head.
   */
  newDepartmentHeadId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<OfficialPosition>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Kiến nghị cử tri — owned by the front subgraph; the committee adds its follow-up. */
export type VoterPetition = {
  __typename?: 'VoterPetition';
  assignments?: Maybe<AssignmentConnection>;
  followUp?: Maybe<AssignmentFollowUp>;
  id: Scalars['ID']['output'];
};


/** Kiến nghị cử tri — owned by the front subgraph; the committee adds its follow-up. */
export type VoterPetitionAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AssignmentStatus>;
};

export type WithdrawCitizenCaseContentsInput = {
  caseId: Scalars['ID']['input'];
  /** The contents withdrawn, one per entry (1–20 entries, each tối đa 1.000 ký tự). */
  contents: Array<Scalars['String']['input']>;
  /** Which written request (tối đa 100 ký tự). */
  requestReference: Scalars['String']['input'];
  /** The date of the written request; not after today, not before the complaint was received. */
  requestedOn: Scalars['Date']['input'];
};

export type WithdrawCitizenCaseInput = {
  caseId: Scalars['ID']['input'];
  /** Quyết định đình chỉ giải quyết — required for complaints and denunciations, optional for petitions. */
  decisionNumber?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  /** The day the petitioner withdrew (rút đơn). */
  withdrawnOn: Scalars['Date']['input'];
};

/** Số việc nhận, hoàn thành, đúng hạn, đang quá hạn. */
export type WorkFigures = {
  __typename?: 'WorkFigures';
  /** Calendar days past due, on average over what was done late or is overdue now; null when nothing was late. */
  averageDaysLate?: Maybe<Scalars['Float']['output']>;
  done: Scalars['Int']['output'];
  doneOnTime: Scalars['Int']['output'];
  /** Done on time as a share of done (0–1); null when nothing is done. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Still open and past due today. */
  overdueNow: Scalars['Int']['output'];
  received: Scalars['Int']['output'];
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
  CoordinationReport: CoordinationReport;
  CoordinationTotal: CoordinationTotal;
  Department: Department;
  DepartmentScorecard: DepartmentScorecard;
  Directive: Directive;
  FrontRecommendation: FrontRecommendation;
  Jurisdiction: Jurisdiction;
  Official: Official;
  ReceptionDay: ReceptionDay;
  Recommendation: Recommendation;
  SearchResults: SearchResults;
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
  CoordinationReport:
    ( { __typename: 'CoordinationReport' }
    & GraphQLRecursivePick<FederationTypes['CoordinationReport'], {"jurisdictionId":true,"year":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['CoordinationReport'], {"council":{"sessions":true,"regularSessions":true,"thematicSessions":true,"extraordinarySessions":true,"resolutions":true,"thematicResolutions":true,"surveys":true,"supervisions":true,"preSessionMeetings":true,"recommendationsIssued":true,"recommendationsResolved":true,"recommendationsResolvedOnTime":true,"recommendationsOverdue":true,"questioningSessions":true,"explanationSessions":true,"questionsAsked":true,"commitmentsMade":true,"commitmentsFulfilled":true,"commitmentsFulfilledOnTime":true,"commitmentsOverdue":true},"front":{"voterContactRounds":true,"meetings":true,"meetingPoints":true,"voters":true,"petitionsCollected":true,"petitionsForwarded":true,"petitionsAnswered":true,"petitionsAnsweredOnTime":true,"petitionsReportedBack":true,"petitionsOverdue":true,"socialSupervisions":true,"frontRecommendations":true,"frontRecommendationsAnswered":true,"frontRecommendationsOverdue":true}}>
        | GraphQLRecursivePick<FederationTypes['CoordinationReport'], {"council":{"sessions":true,"regularSessions":true,"thematicSessions":true,"extraordinarySessions":true,"resolutions":true,"thematicResolutions":true,"surveys":true,"supervisions":true,"preSessionMeetings":true,"recommendationsIssued":true,"recommendationsResolved":true,"recommendationsResolvedOnTime":true,"recommendationsOverdue":true,"questioningSessions":true,"explanationSessions":true,"questionsAsked":true,"commitmentsMade":true,"commitmentsFulfilled":true,"commitmentsFulfilledOnTime":true,"commitmentsOverdue":true},"front":{"voterContactRounds":true,"meetings":true,"meetingPoints":true,"voters":true,"petitionsCollected":true,"petitionsForwarded":true,"petitionsAnswered":true,"petitionsAnsweredOnTime":true,"petitionsReportedBack":true,"petitionsOverdue":true,"socialSupervisions":true,"frontRecommendations":true,"frontRecommendationsAnswered":true,"frontRecommendationsOverdue":true}}>
        | GraphQLRecursivePick<FederationTypes['CoordinationReport'], {"council":{"sessions":true,"regularSessions":true,"thematicSessions":true,"extraordinarySessions":true,"resolutions":true,"thematicResolutions":true,"surveys":true,"supervisions":true,"preSessionMeetings":true,"recommendationsIssued":true,"recommendationsResolved":true,"recommendationsResolvedOnTime":true,"recommendationsOverdue":true,"questioningSessions":true,"explanationSessions":true,"questionsAsked":true,"commitmentsMade":true,"commitmentsFulfilled":true,"commitmentsFulfilledOnTime":true,"commitmentsOverdue":true},"front":{"voterContactRounds":true,"meetings":true,"meetingPoints":true,"voters":true,"petitionsCollected":true,"petitionsForwarded":true,"petitionsAnswered":true,"petitionsAnsweredOnTime":true,"petitionsReportedBack":true,"petitionsOverdue":true,"socialSupervisions":true,"frontRecommendations":true,"frontRecommendationsAnswered":true,"frontRecommendationsOverdue":true}}> ) );
  CoordinationTotal:
    ( { __typename: 'CoordinationTotal' }
    & GraphQLRecursivePick<FederationTypes['CoordinationTotal'], {"jurisdictionId":true,"year":true,"jurisdictionIds":true}> );
  Department:
    ( { __typename: 'Department' }
    & GraphQLRecursivePick<FederationTypes['Department'], {"id":true}> );
  DepartmentScorecard:
    ( { __typename: 'DepartmentScorecard' }
    & GraphQLRecursivePick<FederationTypes['DepartmentScorecard'], {"departmentId":true,"year":true}> );
  Directive:
    ( { __typename: 'Directive' }
    & GraphQLRecursivePick<FederationTypes['Directive'], {"id":true}> );
  FrontRecommendation:
    ( { __typename: 'FrontRecommendation' }
    & GraphQLRecursivePick<FederationTypes['FrontRecommendation'], {"id":true}> );
  Jurisdiction:
    ( { __typename: 'Jurisdiction' }
    & GraphQLRecursivePick<FederationTypes['Jurisdiction'], {"id":true}> );
  Official:
    ( { __typename: 'Official' }
    & GraphQLRecursivePick<FederationTypes['Official'], {"id":true}> );
  ReceptionDay:
    ( { __typename: 'ReceptionDay' }
    & GraphQLRecursivePick<FederationTypes['ReceptionDay'], {"id":true}> );
  Recommendation:
    ( { __typename: 'Recommendation' }
    & GraphQLRecursivePick<FederationTypes['Recommendation'], {"id":true}> );
  SearchResults:
    ( { __typename: 'SearchResults' }
    & GraphQLRecursivePick<FederationTypes['SearchResults'], {"request":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}>
        | GraphQLRecursivePick<FederationTypes['SearchResults'], {"councilMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}},"frontMatches":{"total":true,"matches":{"kind":true,"id":true,"title":true,"snippet":true,"highlights":{"start":true,"length":true},"rank":true,"at":true}}}> ) );
  VoterPetition:
    ( { __typename: 'VoterPetition' }
    & GraphQLRecursivePick<FederationTypes['VoterPetition'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  FollowUpSource:
    | ( CitizenCaseEntity )
    | ( SourceRefEntity )
    | ( SourceRefEntity )
    | ( SourceRefEntity )
  ;
  SearchEntity:
    | ( AssignmentEntity )
    | ( CitizenCaseEntity )
    | ( DirectiveEntity )
    | ( SourceRefEntity )
    | ( SourceRefEntity )
    | ( Resolution )
    | ( SourceRefEntity )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptCitizenCaseInput: AcceptCitizenCaseInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Assignment: ResolverTypeWrapper<AssignmentEntity>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AssignmentChange: ResolverTypeWrapper<AssignmentChangeEntity>;
  AssignmentChangeKind: AssignmentChangeKind;
  AssignmentConnection: ResolverTypeWrapper<Omit<AssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AssignmentEdge']>, nodes: Array<ResolversTypes['Assignment']> }>;
  AssignmentEdge: ResolverTypeWrapper<Omit<AssignmentEdge, 'node'> & { node: ResolversTypes['Assignment'] }>;
  AssignmentFollowUp: ResolverTypeWrapper<AssignmentFollowUp>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AssignmentInput: AssignmentInput;
  AssignmentStatus: AssignmentStatus;
  AuditEntry: ResolverTypeWrapper<AuditEntry>;
  AuditEntryConnection: ResolverTypeWrapper<AuditEntryConnection>;
  AuditEntryEdge: ResolverTypeWrapper<AuditEntryEdge>;
  AuditFieldChange: ResolverTypeWrapper<AuditFieldChange>;
  AuditLog: ResolverTypeWrapper<AuditLog>;
  AuditLogFilter: AuditLogFilter;
  AuthorityLevel: AuthorityLevel;
  CancelAssignmentInput: CancelAssignmentInput;
  CaseChannel: CaseChannel;
  CaseComplexity: CaseComplexity;
  CaseComplexityDecision: ResolverTypeWrapper<CaseComplexityDecisionEntity>;
  CaseExtension: ResolverTypeWrapper<CaseExtensionEntity>;
  CaseKindFigures: ResolverTypeWrapper<CaseKindFigures>;
  CaseOutcome: CaseOutcome;
  CasePartialWithdrawal: ResolverTypeWrapper<CasePartialWithdrawalEntity>;
  CaseSuspension: ResolverTypeWrapper<CaseSuspensionEntity>;
  CaseTransfer: ResolverTypeWrapper<CaseTransferEntity>;
  CitizenCase: ResolverTypeWrapper<CitizenCaseEntity>;
  CitizenCaseConnection: ResolverTypeWrapper<Omit<CitizenCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CitizenCaseEdge']>, nodes: Array<ResolversTypes['CitizenCase']> }>;
  CitizenCaseEdge: ResolverTypeWrapper<Omit<CitizenCaseEdge, 'node'> & { node: ResolversTypes['CitizenCase'] }>;
  CitizenCaseKind: CitizenCaseKind;
  CitizenCaseStatus: CitizenCaseStatus;
  CommitteeFigures: ResolverTypeWrapper<CommitteeFigures>;
  ComplaintDialogue: ResolverTypeWrapper<ComplaintDialogueEntity>;
  ComplaintRound: ComplaintRound;
  CompleteAssignmentInput: CompleteAssignmentInput;
  ContestedDecision: ResolverTypeWrapper<CaseContestedDecisionEntity>;
  ContestedDecisionInput: ContestedDecisionInput;
  CoordinationReport: ResolverTypeWrapper<ReportKeyEntity>;
  CoordinationTotal: ResolverTypeWrapper<ReportTotalEntity>;
  CouncilFigures: ResolverTypeWrapper<CouncilFigures>;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateJurisdictionInput: CreateJurisdictionInput;
  CreateOfficialInput: CreateOfficialInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeadlineRecomputeCause: DeadlineRecomputeCause;
  DeadlineRuleKind: DeadlineRuleKind;
  DeclineCitizenCaseInput: DeclineCitizenCaseInput;
  Delegate: ResolverTypeWrapper<Delegate>;
  Denouncer: ResolverTypeWrapper<DenouncerEntity>;
  DenouncerInput: DenouncerInput;
  DenouncerRead: ResolverTypeWrapper<DenouncerReadEntity>;
  DenouncerReadConnection: ResolverTypeWrapper<Omit<DenouncerReadConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DenouncerReadEdge']>, nodes: Array<ResolversTypes['DenouncerRead']> }>;
  DenouncerReadEdge: ResolverTypeWrapper<Omit<DenouncerReadEdge, 'node'> & { node: ResolversTypes['DenouncerRead'] }>;
  Department: ResolverTypeWrapper<DepartmentEntity>;
  DepartmentConnection: ResolverTypeWrapper<Omit<DepartmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DepartmentEdge']>, nodes: Array<ResolversTypes['Department']> }>;
  DepartmentEdge: ResolverTypeWrapper<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>;
  DepartmentKind: DepartmentKind;
  DepartmentOverdue: ResolverTypeWrapper<DepartmentOverdue>;
  DepartmentScorecard: ResolverTypeWrapper<DepartmentScorecardRowEntity>;
  DepartmentScorecardConnection: ResolverTypeWrapper<Omit<DepartmentScorecardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DepartmentScorecardEdge']>, nodes: Array<ResolversTypes['DepartmentScorecard']> }>;
  DepartmentScorecardEdge: ResolverTypeWrapper<Omit<DepartmentScorecardEdge, 'node'> & { node: ResolversTypes['DepartmentScorecard'] }>;
  DepartmentScorecardOrder: DepartmentScorecardOrder;
  Directive: ResolverTypeWrapper<DirectiveEntity>;
  DirectiveConnection: ResolverTypeWrapper<Omit<DirectiveConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DirectiveEdge']>, nodes: Array<ResolversTypes['Directive']> }>;
  DirectiveEdge: ResolverTypeWrapper<Omit<DirectiveEdge, 'node'> & { node: ResolversTypes['Directive'] }>;
  ErrorCode: ErrorCode;
  ExtendCitizenCaseInput: ExtendCitizenCaseInput;
  ExternalAuthority: ResolverTypeWrapper<ExternalAuthority>;
  ExternalAuthorityInput: ExternalAuthorityInput;
  FieldOfResponsibility: FieldOfResponsibility;
  FollowUpSource: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FollowUpSource']>;
  FollowUpSourceInput: FollowUpSourceInput;
  FollowUpSourceType: FollowUpSourceType;
  FollowUpState: FollowUpState;
  FrontFigures: ResolverTypeWrapper<FrontFigures>;
  FrontRecommendation: ResolverTypeWrapper<SourceRefEntity>;
  HandleLetterOutsideCompetenceInput: HandleLetterOutsideCompetenceInput;
  InspectorDecisionInput: InspectorDecisionInput;
  IssueDirectiveInput: IssueDirectiveInput;
  Jurisdiction: ResolverTypeWrapper<JurisdictionEntity>;
  JurisdictionConnection: ResolverTypeWrapper<Omit<JurisdictionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['JurisdictionEdge']>, nodes: Array<ResolversTypes['Jurisdiction']> }>;
  JurisdictionEdge: ResolverTypeWrapper<Omit<JurisdictionEdge, 'node'> & { node: ResolversTypes['Jurisdiction'] }>;
  JurisdictionLevel: JurisdictionLevel;
  LetterDisposition: LetterDisposition;
  LetterHandling: ResolverTypeWrapper<CaseLetterHandlingEntity>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Official: ResolverTypeWrapper<OfficialEntity>;
  OfficialConnection: ResolverTypeWrapper<Omit<OfficialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OfficialEdge']>, nodes: Array<ResolversTypes['Official']> }>;
  OfficialEdge: ResolverTypeWrapper<Omit<OfficialEdge, 'node'> & { node: ResolversTypes['Official'] }>;
  OfficialPosition: OfficialPosition;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProgressReport: ResolverTypeWrapper<ProgressReportEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RaiseCitizenCaseComplexityInput: RaiseCitizenCaseComplexityInput;
  ReassignAssignmentInput: ReassignAssignmentInput;
  ReceiveCitizenCaseInput: ReceiveCitizenCaseInput;
  ReceptionDay: ResolverTypeWrapper<ReceptionDayEntity>;
  ReceptionDayConnection: ResolverTypeWrapper<Omit<ReceptionDayConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReceptionDayEdge']>, nodes: Array<ResolversTypes['ReceptionDay']> }>;
  ReceptionDayEdge: ResolverTypeWrapper<Omit<ReceptionDayEdge, 'node'> & { node: ResolversTypes['ReceptionDay'] }>;
  ReceptionDayKind: ReceptionDayKind;
  ReceptionHost: ReceptionHost;
  ReceptionMinimumCheck: ResolverTypeWrapper<ReceptionMinimumEntity>;
  ReceptionMonth: ResolverTypeWrapper<ReceptionMonthCheckEntity>;
  ReceptionVisit: ResolverTypeWrapper<ReceptionVisitEntity>;
  ReceptionVisitConnection: ResolverTypeWrapper<Omit<ReceptionVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ReceptionVisitEdge']>, nodes: Array<ResolversTypes['ReceptionVisit']> }>;
  ReceptionVisitEdge: ResolverTypeWrapper<Omit<ReceptionVisitEdge, 'node'> & { node: ResolversTypes['ReceptionVisit'] }>;
  ReceptionVisitFigures: ResolverTypeWrapper<ReceptionVisitFigures>;
  ReceptionVisitOutcome: ReceptionVisitOutcome;
  Recommendation: ResolverTypeWrapper<SourceRefEntity>;
  RecordComplaintDialogueInput: RecordComplaintDialogueInput;
  RecordReceptionVisitInput: RecordReceptionVisitInput;
  ReportAssignmentProgressInput: ReportAssignmentProgressInput;
  ReportSection: ResolverTypeWrapper<ReportSection>;
  ReportSectionKey: ReportSectionKey;
  RescheduleAssignmentInput: RescheduleAssignmentInput;
  Resolution: ResolverTypeWrapper<Resolution>;
  ResolveCitizenCaseInput: ResolveCitizenCaseInput;
  ResumeCitizenCaseInput: ResumeCitizenCaseInput;
  ScheduleReceptionDayInput: ScheduleReceptionDayInput;
  SearchEntity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchEntity']>;
  SearchHit: ResolverTypeWrapper<SearchMatchEntity>;
  SearchHitEdge: ResolverTypeWrapper<Omit<SearchHitEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchKind: SearchKind;
  SearchMatch: ResolverTypeWrapper<SearchMatch>;
  SearchMatches: ResolverTypeWrapper<SearchMatchesEntity>;
  SearchResults: ResolverTypeWrapper<SearchResultsRefEntity>;
  SuspendCitizenCaseInput: SuspendCitizenCaseInput;
  SuspensionGround: SuspensionGround;
  TextRange: ResolverTypeWrapper<TextRange>;
  TransferCitizenCaseInput: TransferCitizenCaseInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateDirectiveInput: UpdateDirectiveInput;
  UpdateJurisdictionInput: UpdateJurisdictionInput;
  UpdateOfficialInput: UpdateOfficialInput;
  VoterPetition: ResolverTypeWrapper<SourceRefEntity>;
  WithdrawCitizenCaseContentsInput: WithdrawCitizenCaseContentsInput;
  WithdrawCitizenCaseInput: WithdrawCitizenCaseInput;
  WorkFigures: ResolverTypeWrapper<WorkFiguresEntity>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptCitizenCaseInput: AcceptCitizenCaseInput;
  ID: Scalars['ID']['output'];
  Assignment: AssignmentEntity;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AssignmentChange: AssignmentChangeEntity;
  AssignmentConnection: Omit<AssignmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AssignmentEdge']>, nodes: Array<ResolversParentTypes['Assignment']> };
  AssignmentEdge: Omit<AssignmentEdge, 'node'> & { node: ResolversParentTypes['Assignment'] };
  AssignmentFollowUp: AssignmentFollowUp;
  Float: Scalars['Float']['output'];
  AssignmentInput: AssignmentInput;
  AuditEntry: AuditEntry;
  AuditEntryConnection: AuditEntryConnection;
  AuditEntryEdge: AuditEntryEdge;
  AuditFieldChange: AuditFieldChange;
  AuditLog: AuditLog | FederationReferenceTypes['AuditLog'];
  AuditLogFilter: AuditLogFilter;
  CancelAssignmentInput: CancelAssignmentInput;
  CaseComplexityDecision: CaseComplexityDecisionEntity;
  CaseExtension: CaseExtensionEntity;
  CaseKindFigures: CaseKindFigures;
  CasePartialWithdrawal: CasePartialWithdrawalEntity;
  CaseSuspension: CaseSuspensionEntity;
  CaseTransfer: CaseTransferEntity;
  CitizenCase: CitizenCaseEntity;
  CitizenCaseConnection: Omit<CitizenCaseConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CitizenCaseEdge']>, nodes: Array<ResolversParentTypes['CitizenCase']> };
  CitizenCaseEdge: Omit<CitizenCaseEdge, 'node'> & { node: ResolversParentTypes['CitizenCase'] };
  CommitteeFigures: CommitteeFigures;
  ComplaintDialogue: ComplaintDialogueEntity;
  CompleteAssignmentInput: CompleteAssignmentInput;
  ContestedDecision: CaseContestedDecisionEntity;
  ContestedDecisionInput: ContestedDecisionInput;
  CoordinationReport: ReportKeyEntity;
  CoordinationTotal: ReportTotalEntity;
  CouncilFigures: CouncilFigures;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateJurisdictionInput: CreateJurisdictionInput;
  CreateOfficialInput: CreateOfficialInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclineCitizenCaseInput: DeclineCitizenCaseInput;
  Delegate: Delegate;
  Denouncer: DenouncerEntity;
  DenouncerInput: DenouncerInput;
  DenouncerRead: DenouncerReadEntity;
  DenouncerReadConnection: Omit<DenouncerReadConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DenouncerReadEdge']>, nodes: Array<ResolversParentTypes['DenouncerRead']> };
  DenouncerReadEdge: Omit<DenouncerReadEdge, 'node'> & { node: ResolversParentTypes['DenouncerRead'] };
  Department: DepartmentEntity;
  DepartmentConnection: Omit<DepartmentConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DepartmentEdge']>, nodes: Array<ResolversParentTypes['Department']> };
  DepartmentEdge: Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] };
  DepartmentOverdue: DepartmentOverdue;
  DepartmentScorecard: DepartmentScorecardRowEntity;
  DepartmentScorecardConnection: Omit<DepartmentScorecardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DepartmentScorecardEdge']>, nodes: Array<ResolversParentTypes['DepartmentScorecard']> };
  DepartmentScorecardEdge: Omit<DepartmentScorecardEdge, 'node'> & { node: ResolversParentTypes['DepartmentScorecard'] };
  Directive: DirectiveEntity;
  DirectiveConnection: Omit<DirectiveConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DirectiveEdge']>, nodes: Array<ResolversParentTypes['Directive']> };
  DirectiveEdge: Omit<DirectiveEdge, 'node'> & { node: ResolversParentTypes['Directive'] };
  ExtendCitizenCaseInput: ExtendCitizenCaseInput;
  ExternalAuthority: ExternalAuthority;
  ExternalAuthorityInput: ExternalAuthorityInput;
  FollowUpSource: ResolversUnionTypes<ResolversParentTypes>['FollowUpSource'];
  FollowUpSourceInput: FollowUpSourceInput;
  FrontFigures: FrontFigures;
  FrontRecommendation: SourceRefEntity;
  HandleLetterOutsideCompetenceInput: HandleLetterOutsideCompetenceInput;
  InspectorDecisionInput: InspectorDecisionInput;
  IssueDirectiveInput: IssueDirectiveInput;
  Jurisdiction: JurisdictionEntity;
  JurisdictionConnection: Omit<JurisdictionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['JurisdictionEdge']>, nodes: Array<ResolversParentTypes['Jurisdiction']> };
  JurisdictionEdge: Omit<JurisdictionEdge, 'node'> & { node: ResolversParentTypes['Jurisdiction'] };
  LetterHandling: CaseLetterHandlingEntity;
  Mutation: Record<PropertyKey, never>;
  Official: OfficialEntity;
  OfficialConnection: Omit<OfficialConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OfficialEdge']>, nodes: Array<ResolversParentTypes['Official']> };
  OfficialEdge: Omit<OfficialEdge, 'node'> & { node: ResolversParentTypes['Official'] };
  PageInfo: PageInfo;
  ProgressReport: ProgressReportEntity;
  Query: Record<PropertyKey, never>;
  RaiseCitizenCaseComplexityInput: RaiseCitizenCaseComplexityInput;
  ReassignAssignmentInput: ReassignAssignmentInput;
  ReceiveCitizenCaseInput: ReceiveCitizenCaseInput;
  ReceptionDay: ReceptionDayEntity;
  ReceptionDayConnection: Omit<ReceptionDayConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReceptionDayEdge']>, nodes: Array<ResolversParentTypes['ReceptionDay']> };
  ReceptionDayEdge: Omit<ReceptionDayEdge, 'node'> & { node: ResolversParentTypes['ReceptionDay'] };
  ReceptionMinimumCheck: ReceptionMinimumEntity;
  ReceptionMonth: ReceptionMonthCheckEntity;
  ReceptionVisit: ReceptionVisitEntity;
  ReceptionVisitConnection: Omit<ReceptionVisitConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ReceptionVisitEdge']>, nodes: Array<ResolversParentTypes['ReceptionVisit']> };
  ReceptionVisitEdge: Omit<ReceptionVisitEdge, 'node'> & { node: ResolversParentTypes['ReceptionVisit'] };
  ReceptionVisitFigures: ReceptionVisitFigures;
  Recommendation: SourceRefEntity;
  RecordComplaintDialogueInput: RecordComplaintDialogueInput;
  RecordReceptionVisitInput: RecordReceptionVisitInput;
  ReportAssignmentProgressInput: ReportAssignmentProgressInput;
  ReportSection: ReportSection;
  RescheduleAssignmentInput: RescheduleAssignmentInput;
  Resolution: Resolution;
  ResolveCitizenCaseInput: ResolveCitizenCaseInput;
  ResumeCitizenCaseInput: ResumeCitizenCaseInput;
  ScheduleReceptionDayInput: ScheduleReceptionDayInput;
  SearchEntity: ResolversUnionTypes<ResolversParentTypes>['SearchEntity'];
  SearchHit: SearchMatchEntity;
  SearchHitEdge: Omit<SearchHitEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchMatch: SearchMatch;
  SearchMatches: SearchMatchesEntity;
  SearchResults: SearchResultsRefEntity;
  SuspendCitizenCaseInput: SuspendCitizenCaseInput;
  TextRange: TextRange;
  TransferCitizenCaseInput: TransferCitizenCaseInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateDirectiveInput: UpdateDirectiveInput;
  UpdateJurisdictionInput: UpdateJurisdictionInput;
  UpdateOfficialInput: UpdateOfficialInput;
  VoterPetition: SourceRefEntity;
  WithdrawCitizenCaseContentsInput: WithdrawCitizenCaseContentsInput;
  WithdrawCitizenCaseInput: WithdrawCitizenCaseInput;
  WorkFigures: WorkFiguresEntity;
}>;

export type AssignmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment'], FederationReferenceType extends FederationReferenceTypes['Assignment'] = FederationReferenceTypes['Assignment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Assignment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<AssignmentAuditTrailArgs>>;
  changes?: Resolver<Array<ResolversTypes['AssignmentChange']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  completedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  completionReport?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  directive?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dueExplanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progressReports?: Resolver<Array<ResolversTypes['ProgressReport']>, ParentType, ContextType, Partial<AssignmentProgressReportsArgs>>;
  source?: Resolver<Maybe<ResolversTypes['FollowUpSource']>, ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['FollowUpSourceType'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AssignmentStatus'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AssignmentChangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssignmentChange'] = ResolversParentTypes['AssignmentChange']> = ResolversObject<{
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssignmentChangeKind'], ParentType, ContextType>;
  newDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  newDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  previousDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  previousDue?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AssignmentConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssignmentConnection'] = ResolversParentTypes['AssignmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AssignmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AssignmentEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssignmentEdge'] = ResolversParentTypes['AssignmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType>;
}>;

export type AssignmentFollowUpResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['AssignmentFollowUp'] = ResolversParentTypes['AssignmentFollowUp']> = ResolversObject<{
  assignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextDueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  overdueCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FollowUpState'], ParentType, ContextType>;
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
  committee?: Resolver<Maybe<ResolversTypes['AuditEntryConnection']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CaseComplexityDecisionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CaseComplexityDecision'] = ResolversParentTypes['CaseComplexityDecision']> = ResolversObject<{
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromComplexity?: Resolver<ResolversTypes['CaseComplexity'], ParentType, ContextType>;
  newDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toComplexity?: Resolver<ResolversTypes['CaseComplexity'], ParentType, ContextType>;
}>;

export type CaseExtensionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CaseExtension'] = ResolversParentTypes['CaseExtension']> = ResolversObject<{
  complexity?: Resolver<Maybe<ResolversTypes['CaseComplexity']>, ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousDue?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseKindFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CaseKindFigures'] = ResolversParentTypes['CaseKindFigures']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CitizenCaseKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CasePartialWithdrawalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CasePartialWithdrawal'] = ResolversParentTypes['CasePartialWithdrawal']> = ResolversObject<{
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CaseSuspensionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CaseSuspension'] = ResolversParentTypes['CaseSuspension']> = ResolversObject<{
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ground?: Resolver<Maybe<ResolversTypes['SuspensionGround']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resumeDecisionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resumedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  suspendedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CaseTransferResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CaseTransfer'] = ResolversParentTypes['CaseTransfer']> = ResolversObject<{
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  fromInspector?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  toInspector?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  transferredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type CitizenCaseResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CitizenCase'] = ResolversParentTypes['CitizenCase'], FederationReferenceType extends FederationReferenceTypes['CitizenCase'] = FederationReferenceTypes['CitizenCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CitizenCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  assignments?: Resolver<ResolversTypes['AssignmentConnection'], ParentType, ContextType, Partial<CitizenCaseAssignmentsArgs>>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<CitizenCaseAuditTrailArgs>>;
  channel?: Resolver<ResolversTypes['CaseChannel'], ParentType, ContextType>;
  closedOnTime?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  complexity?: Resolver<ResolversTypes['CaseComplexity'], ParentType, ContextType>;
  complexityDecisions?: Resolver<Array<ResolversTypes['CaseComplexityDecision']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contestedDecision?: Resolver<Maybe<ResolversTypes['ContestedDecision']>, ParentType, ContextType>;
  decisionNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  declinedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  denouncer?: Resolver<Maybe<ResolversTypes['Denouncer']>, ParentType, ContextType>;
  denouncerReads?: Resolver<Maybe<ResolversTypes['DenouncerReadConnection']>, ParentType, ContextType, Partial<CitizenCaseDenouncerReadsArgs>>;
  dialogues?: Resolver<Array<ResolversTypes['ComplaintDialogue']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueExplanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueRule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['CaseExtension']>, ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  followUp?: Resolver<ResolversTypes['AssignmentFollowUp'], ParentType, ContextType>;
  handlingDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  handlingInspector?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CitizenCaseKind'], ParentType, ContextType>;
  letterHandling?: Resolver<Maybe<ResolversTypes['LetterHandling']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['CaseOutcome']>, ParentType, ContextType>;
  outcomeSummary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  partialWithdrawals?: Resolver<Array<ResolversTypes['CasePartialWithdrawal']>, ParentType, ContextType>;
  petitionerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  receptionDay?: Resolver<Maybe<ResolversTypes['ReceptionDay']>, ParentType, ContextType>;
  remoteArea?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resolvedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['ComplaintRound']>, ParentType, ContextType>;
  severalPlaces?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CitizenCaseStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suspensions?: Resolver<Array<ResolversTypes['CaseSuspension']>, ParentType, ContextType>;
  transfers?: Resolver<Array<ResolversTypes['CaseTransfer']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CitizenCaseConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CitizenCaseConnection'] = ResolversParentTypes['CitizenCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CitizenCaseEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CitizenCase']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CitizenCaseEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CitizenCaseEdge'] = ResolversParentTypes['CitizenCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType>;
}>;

export type CommitteeFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CommitteeFigures'] = ResolversParentTypes['CommitteeFigures']> = ResolversObject<{
  assignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentsDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentsDoneOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentsOpenOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  assignmentsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byKind?: Resolver<Array<ResolversTypes['CaseKindFigures']>, ParentType, ContextType>;
  casesAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesOpenOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  casesResolvedOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  directivesIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receptionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receptionDaysHostedByCouncil?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receptionMinimumShortfalls?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  receptionVisits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  receptionVisitsByOutcome?: Resolver<Array<ResolversTypes['ReceptionVisitFigures']>, ParentType, ContextType>;
}>;

export type ComplaintDialogueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ComplaintDialogue'] = ResolversParentTypes['ComplaintDialogue']> = ResolversObject<{
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContestedDecisionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ContestedDecision'] = ResolversParentTypes['ContestedDecision']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['CitizenCase']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decisionNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CoordinationReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationReport'] = ResolversParentTypes['CoordinationReport'], FederationReferenceType extends FederationReferenceTypes['CoordinationReport'] = FederationReferenceTypes['CoordinationReport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationReport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  committee?: Resolver<ResolversTypes['CommitteeFigures'], ParentType, ContextType>;
  departmentScorecards?: Resolver<Maybe<ResolversTypes['DepartmentScorecardConnection']>, ParentType, ContextType, Partial<CoordinationReportDepartmentScorecardsArgs>>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  jurisdictionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdueByDepartment?: Resolver<Array<ResolversTypes['DepartmentOverdue']>, ParentType, ContextType>;
  sections?: Resolver<Maybe<Array<ResolversTypes['ReportSection']>>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withCommunes?: Resolver<ResolversTypes['CoordinationTotal'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CoordinationTotalResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['CoordinationTotal'] = ResolversParentTypes['CoordinationTotal'], FederationReferenceType extends FederationReferenceTypes['CoordinationTotal'] = FederationReferenceTypes['CoordinationTotal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CoordinationTotal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  committee?: Resolver<ResolversTypes['CommitteeFigures'], ParentType, ContextType>;
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

export type DelegateResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Delegate'] = ResolversParentTypes['Delegate']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DenouncerResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Denouncer'] = ResolversParentTypes['Denouncer']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  idNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DenouncerReadResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DenouncerRead'] = ResolversParentTypes['DenouncerRead']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reader?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DenouncerReadConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DenouncerReadConnection'] = ResolversParentTypes['DenouncerReadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DenouncerReadEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DenouncerRead']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DenouncerReadEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DenouncerReadEdge'] = ResolversParentTypes['DenouncerReadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DenouncerRead'], ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department'], FederationReferenceType extends FederationReferenceTypes['Department'] = FederationReferenceTypes['Department']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Department']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DepartmentKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DepartmentConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentConnection'] = ResolversParentTypes['DepartmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DepartmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentEdge'] = ResolversParentTypes['DepartmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
}>;

export type DepartmentOverdueResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentOverdue'] = ResolversParentTypes['DepartmentOverdue']> = ResolversObject<{
  assignments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  departmentName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DepartmentScorecardResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentScorecard'] = ResolversParentTypes['DepartmentScorecard'], FederationReferenceType extends FederationReferenceTypes['DepartmentScorecard'] = FederationReferenceTypes['DepartmentScorecard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DepartmentScorecard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<ResolversTypes['WorkFigures'], ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['WorkFigures'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['WorkFigures'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentScorecardConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentScorecardConnection'] = ResolversParentTypes['DepartmentScorecardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DepartmentScorecardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DepartmentScorecard']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentScorecardEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DepartmentScorecardEdge'] = ResolversParentTypes['DepartmentScorecardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DepartmentScorecard'], ParentType, ContextType>;
}>;

export type DirectiveResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Directive'] = ResolversParentTypes['Directive'], FederationReferenceType extends FederationReferenceTypes['Directive'] = FederationReferenceTypes['Directive']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Directive']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<ResolversTypes['AssignmentConnection'], ParentType, ContextType, Partial<DirectiveAssignmentsArgs>>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<DirectiveAuditTrailArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signer?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['FollowUpSource']>, ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['FollowUpSourceType'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DirectiveConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DirectiveConnection'] = ResolversParentTypes['DirectiveConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DirectiveEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Directive']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DirectiveEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['DirectiveEdge'] = ResolversParentTypes['DirectiveEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Directive'], ParentType, ContextType>;
}>;

export type ExternalAuthorityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ExternalAuthority'] = ResolversParentTypes['ExternalAuthority']> = ResolversObject<{
  level?: Resolver<ResolversTypes['AuthorityLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FollowUpSourceResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FollowUpSource'] = ResolversParentTypes['FollowUpSource']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CitizenCase' | 'FrontRecommendation' | 'Recommendation' | 'VoterPetition', ParentType, ContextType>;
}>;

export type FrontRecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['FrontRecommendation'] = ResolversParentTypes['FrontRecommendation'], FederationReferenceType extends FederationReferenceTypes['FrontRecommendation'] = FederationReferenceTypes['FrontRecommendation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FrontRecommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<ResolversTypes['AssignmentConnection']>, ParentType, ContextType, Partial<FrontRecommendationAssignmentsArgs>>;
  followUp?: Resolver<Maybe<ResolversTypes['AssignmentFollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type JurisdictionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction'], FederationReferenceType extends FederationReferenceTypes['Jurisdiction'] = FederationReferenceTypes['Jurisdiction']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Jurisdiction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  activeFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['JurisdictionConnection'], ParentType, ContextType, Partial<JurisdictionChildrenArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['JurisdictionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
}>;

export type JurisdictionConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JurisdictionConnection'] = ResolversParentTypes['JurisdictionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JurisdictionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JurisdictionEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['JurisdictionEdge'] = ResolversParentTypes['JurisdictionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
}>;

export type LetterHandlingResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['LetterHandling'] = ResolversParentTypes['LetterHandling']> = ResolversObject<{
  addressee?: Resolver<Maybe<ResolversTypes['ExternalAuthority']>, ParentType, ContextType>;
  disposition?: Resolver<ResolversTypes['LetterDisposition'], ParentType, ContextType>;
  guidance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handledOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  legalGround?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  letterDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  letterNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationAcceptCitizenCaseArgs, 'input'>>;
  cancelAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationCancelAssignmentArgs, 'input'>>;
  completeAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationCompleteAssignmentArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createJurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType, RequireFields<MutationCreateJurisdictionArgs, 'input'>>;
  createOfficial?: Resolver<ResolversTypes['Official'], ParentType, ContextType, RequireFields<MutationCreateOfficialArgs, 'input'>>;
  declineCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationDeclineCitizenCaseArgs, 'input'>>;
  extendCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationExtendCitizenCaseArgs, 'input'>>;
  handleLetterOutsideCompetence?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationHandleLetterOutsideCompetenceArgs, 'input'>>;
  issueDirective?: Resolver<ResolversTypes['Directive'], ParentType, ContextType, RequireFields<MutationIssueDirectiveArgs, 'input'>>;
  raiseCitizenCaseComplexity?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationRaiseCitizenCaseComplexityArgs, 'input'>>;
  reassignAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationReassignAssignmentArgs, 'input'>>;
  receiveCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationReceiveCitizenCaseArgs, 'input'>>;
  recomputeCommitteeDeadlines?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecomputeCommitteeDeadlinesArgs, 'cause' | 'from'>>;
  recordComplaintDialogue?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationRecordComplaintDialogueArgs, 'input'>>;
  recordReceptionVisit?: Resolver<ResolversTypes['ReceptionVisit'], ParentType, ContextType, RequireFields<MutationRecordReceptionVisitArgs, 'input'>>;
  reportAssignmentProgress?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationReportAssignmentProgressArgs, 'input'>>;
  rescheduleAssignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType, RequireFields<MutationRescheduleAssignmentArgs, 'input'>>;
  resolveCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationResolveCitizenCaseArgs, 'input'>>;
  resumeCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationResumeCitizenCaseArgs, 'input'>>;
  scheduleReceptionDay?: Resolver<ResolversTypes['ReceptionDay'], ParentType, ContextType, RequireFields<MutationScheduleReceptionDayArgs, 'input'>>;
  suspendCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationSuspendCitizenCaseArgs, 'input'>>;
  transferCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationTransferCitizenCaseArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['Department'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'input'>>;
  updateDirective?: Resolver<ResolversTypes['Directive'], ParentType, ContextType, RequireFields<MutationUpdateDirectiveArgs, 'input'>>;
  updateJurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType, RequireFields<MutationUpdateJurisdictionArgs, 'input'>>;
  updateOfficial?: Resolver<ResolversTypes['Official'], ParentType, ContextType, RequireFields<MutationUpdateOfficialArgs, 'input'>>;
  withdrawCitizenCase?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationWithdrawCitizenCaseArgs, 'input'>>;
  withdrawCitizenCaseContents?: Resolver<ResolversTypes['CitizenCase'], ParentType, ContextType, RequireFields<MutationWithdrawCitizenCaseContentsArgs, 'input'>>;
}>;

export type OfficialResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Official'] = ResolversParentTypes['Official'], FederationReferenceType extends FederationReferenceTypes['Official'] = FederationReferenceTypes['Official']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Official']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  auditTrail?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<OfficialAuditTrailArgs>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['FieldOfResponsibility']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['OfficialPosition'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OfficialConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OfficialConnection'] = ResolversParentTypes['OfficialConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OfficialEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Official']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OfficialEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['OfficialEdge'] = ResolversParentTypes['OfficialEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Official'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProgressReportResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ProgressReport'] = ResolversParentTypes['ProgressReport']> = ResolversObject<{
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType, RequireFields<QueryAssignmentArgs, 'id'>>;
  assignments?: Resolver<ResolversTypes['AssignmentConnection'], ParentType, ContextType, Partial<QueryAssignmentsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditLog'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  citizenCase?: Resolver<Maybe<ResolversTypes['CitizenCase']>, ParentType, ContextType, RequireFields<QueryCitizenCaseArgs, 'id'>>;
  citizenCases?: Resolver<ResolversTypes['CitizenCaseConnection'], ParentType, ContextType, Partial<QueryCitizenCasesArgs>>;
  coordinationReport?: Resolver<ResolversTypes['CoordinationReport'], ParentType, ContextType, RequireFields<QueryCoordinationReportArgs, 'jurisdictionId' | 'year'>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departmentScorecards?: Resolver<ResolversTypes['DepartmentScorecardConnection'], ParentType, ContextType, RequireFields<QueryDepartmentScorecardsArgs, 'jurisdictionId' | 'year'>>;
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, Partial<QueryDepartmentsArgs>>;
  directive?: Resolver<Maybe<ResolversTypes['Directive']>, ParentType, ContextType, RequireFields<QueryDirectiveArgs, 'id'>>;
  directives?: Resolver<ResolversTypes['DirectiveConnection'], ParentType, ContextType, Partial<QueryDirectivesArgs>>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType, RequireFields<QueryJurisdictionArgs, 'id'>>;
  jurisdictions?: Resolver<ResolversTypes['JurisdictionConnection'], ParentType, ContextType, Partial<QueryJurisdictionsArgs>>;
  official?: Resolver<Maybe<ResolversTypes['Official']>, ParentType, ContextType, RequireFields<QueryOfficialArgs, 'id'>>;
  officials?: Resolver<ResolversTypes['OfficialConnection'], ParentType, ContextType, Partial<QueryOfficialsArgs>>;
  receptionDay?: Resolver<Maybe<ResolversTypes['ReceptionDay']>, ParentType, ContextType, RequireFields<QueryReceptionDayArgs, 'id'>>;
  receptionDays?: Resolver<ResolversTypes['ReceptionDayConnection'], ParentType, ContextType, Partial<QueryReceptionDaysArgs>>;
  receptionMinimum?: Resolver<ResolversTypes['ReceptionMinimumCheck'], ParentType, ContextType, RequireFields<QueryReceptionMinimumArgs, 'jurisdictionId' | 'year'>>;
  receptionVisits?: Resolver<ResolversTypes['ReceptionVisitConnection'], ParentType, ContextType, RequireFields<QueryReceptionVisitsArgs, 'jurisdictionId'>>;
  search?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'text'>>;
}>;

export type ReceptionDayResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionDay'] = ResolversParentTypes['ReceptionDay'], FederationReferenceType extends FederationReferenceTypes['ReceptionDay'] = FederationReferenceTypes['ReceptionDay']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReceptionDay']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cases?: Resolver<ResolversTypes['CitizenCaseConnection'], ParentType, ContextType, Partial<ReceptionDayCasesArgs>>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  delegates?: Resolver<Maybe<Array<ResolversTypes['Delegate']>>, ParentType, ContextType>;
  hostingBody?: Resolver<ResolversTypes['ReceptionHost'], ParentType, ContextType>;
  hosts?: Resolver<Array<ResolversTypes['Official']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReceptionDayKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['ReceptionVisitConnection'], ParentType, ContextType, Partial<ReceptionDayVisitsArgs>>;
}>;

export type ReceptionDayConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionDayConnection'] = ResolversParentTypes['ReceptionDayConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReceptionDayEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReceptionDay']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceptionDayEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionDayEdge'] = ResolversParentTypes['ReceptionDayEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReceptionDay'], ParentType, ContextType>;
}>;

export type ReceptionMinimumCheckResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionMinimumCheck'] = ResolversParentTypes['ReceptionMinimumCheck']> = ResolversObject<{
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  months?: Resolver<Array<ResolversTypes['ReceptionMonth']>, ParentType, ContextType>;
  shortfalls?: Resolver<Array<ResolversTypes['ReceptionMonth']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceptionMonthResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionMonth'] = ResolversParentTypes['ReceptionMonth']> = ResolversObject<{
  chairDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceptionVisitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionVisit'] = ResolversParentTypes['ReceptionVisit']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['CitizenCase']>, ParentType, ContextType>;
  citizenAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citizenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  guidance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ReceptionVisitOutcome'], ParentType, ContextType>;
  receivedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receptionDay?: Resolver<Maybe<ResolversTypes['ReceptionDay']>, ParentType, ContextType>;
  refusalGround?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visitedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  visitorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceptionVisitConnectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionVisitConnection'] = ResolversParentTypes['ReceptionVisitConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReceptionVisitEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ReceptionVisit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceptionVisitEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionVisitEdge'] = ResolversParentTypes['ReceptionVisitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReceptionVisit'], ParentType, ContextType>;
}>;

export type ReceptionVisitFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReceptionVisitFigures'] = ResolversParentTypes['ReceptionVisitFigures']> = ResolversObject<{
  outcome?: Resolver<ResolversTypes['ReceptionVisitOutcome'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecommendationResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Recommendation'] = ResolversParentTypes['Recommendation'], FederationReferenceType extends FederationReferenceTypes['Recommendation'] = FederationReferenceTypes['Recommendation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Recommendation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<ResolversTypes['AssignmentConnection']>, ParentType, ContextType, Partial<RecommendationAssignmentsArgs>>;
  followUp?: Resolver<Maybe<ResolversTypes['AssignmentFollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReportSectionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['ReportSection'] = ResolversParentTypes['ReportSection']> = ResolversObject<{
  key?: Resolver<ResolversTypes['ReportSectionKey'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResolutionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SearchEntityResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchEntity'] = ResolversParentTypes['SearchEntity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Assignment' | 'CitizenCase' | 'Directive' | 'FrontRecommendation' | 'Recommendation' | 'Resolution' | 'VoterPetition', ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  at?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['SearchEntity']>, ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['TextRange']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchHitEdgeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
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
  edges?: Resolver<Maybe<Array<ResolversTypes['SearchHitEdge']>>, ParentType, ContextType>;
  nodes?: Resolver<Maybe<Array<ResolversTypes['SearchHit']>>, ParentType, ContextType>;
  pageInfo?: Resolver<Maybe<ResolversTypes['PageInfo']>, ParentType, ContextType>;
  request?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  totalCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TextRangeResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['TextRange'] = ResolversParentTypes['TextRange']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VoterPetitionResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['VoterPetition'] = ResolversParentTypes['VoterPetition'], FederationReferenceType extends FederationReferenceTypes['VoterPetition'] = FederationReferenceTypes['VoterPetition']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['VoterPetition']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<ResolversTypes['AssignmentConnection']>, ParentType, ContextType, Partial<VoterPetitionAssignmentsArgs>>;
  followUp?: Resolver<Maybe<ResolversTypes['AssignmentFollowUp']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type WorkFiguresResolvers<ContextType = GraphContext, ParentType extends ResolversParentTypes['WorkFigures'] = ResolversParentTypes['WorkFigures']> = ResolversObject<{
  averageDaysLate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdueNow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphContext> = ResolversObject<{
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentChange?: AssignmentChangeResolvers<ContextType>;
  AssignmentConnection?: AssignmentConnectionResolvers<ContextType>;
  AssignmentEdge?: AssignmentEdgeResolvers<ContextType>;
  AssignmentFollowUp?: AssignmentFollowUpResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  AuditFieldChange?: AuditFieldChangeResolvers<ContextType>;
  AuditLog?: AuditLogResolvers<ContextType>;
  CaseComplexityDecision?: CaseComplexityDecisionResolvers<ContextType>;
  CaseExtension?: CaseExtensionResolvers<ContextType>;
  CaseKindFigures?: CaseKindFiguresResolvers<ContextType>;
  CasePartialWithdrawal?: CasePartialWithdrawalResolvers<ContextType>;
  CaseSuspension?: CaseSuspensionResolvers<ContextType>;
  CaseTransfer?: CaseTransferResolvers<ContextType>;
  CitizenCase?: CitizenCaseResolvers<ContextType>;
  CitizenCaseConnection?: CitizenCaseConnectionResolvers<ContextType>;
  CitizenCaseEdge?: CitizenCaseEdgeResolvers<ContextType>;
  CommitteeFigures?: CommitteeFiguresResolvers<ContextType>;
  ComplaintDialogue?: ComplaintDialogueResolvers<ContextType>;
  ContestedDecision?: ContestedDecisionResolvers<ContextType>;
  CoordinationReport?: CoordinationReportResolvers<ContextType>;
  CoordinationTotal?: CoordinationTotalResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Delegate?: DelegateResolvers<ContextType>;
  Denouncer?: DenouncerResolvers<ContextType>;
  DenouncerRead?: DenouncerReadResolvers<ContextType>;
  DenouncerReadConnection?: DenouncerReadConnectionResolvers<ContextType>;
  DenouncerReadEdge?: DenouncerReadEdgeResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentOverdue?: DepartmentOverdueResolvers<ContextType>;
  DepartmentScorecard?: DepartmentScorecardResolvers<ContextType>;
  DepartmentScorecardConnection?: DepartmentScorecardConnectionResolvers<ContextType>;
  DepartmentScorecardEdge?: DepartmentScorecardEdgeResolvers<ContextType>;
  Directive?: DirectiveResolvers<ContextType>;
  DirectiveConnection?: DirectiveConnectionResolvers<ContextType>;
  DirectiveEdge?: DirectiveEdgeResolvers<ContextType>;
  ExternalAuthority?: ExternalAuthorityResolvers<ContextType>;
  FollowUpSource?: FollowUpSourceResolvers<ContextType>;
  FrontRecommendation?: FrontRecommendationResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  JurisdictionConnection?: JurisdictionConnectionResolvers<ContextType>;
  JurisdictionEdge?: JurisdictionEdgeResolvers<ContextType>;
  LetterHandling?: LetterHandlingResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Official?: OfficialResolvers<ContextType>;
  OfficialConnection?: OfficialConnectionResolvers<ContextType>;
  OfficialEdge?: OfficialEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProgressReport?: ProgressReportResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceptionDay?: ReceptionDayResolvers<ContextType>;
  ReceptionDayConnection?: ReceptionDayConnectionResolvers<ContextType>;
  ReceptionDayEdge?: ReceptionDayEdgeResolvers<ContextType>;
  ReceptionMinimumCheck?: ReceptionMinimumCheckResolvers<ContextType>;
  ReceptionMonth?: ReceptionMonthResolvers<ContextType>;
  ReceptionVisit?: ReceptionVisitResolvers<ContextType>;
  ReceptionVisitConnection?: ReceptionVisitConnectionResolvers<ContextType>;
  ReceptionVisitEdge?: ReceptionVisitEdgeResolvers<ContextType>;
  ReceptionVisitFigures?: ReceptionVisitFiguresResolvers<ContextType>;
  Recommendation?: RecommendationResolvers<ContextType>;
  ReportSection?: ReportSectionResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  SearchEntity?: SearchEntityResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SearchMatch?: SearchMatchResolvers<ContextType>;
  SearchMatches?: SearchMatchesResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  TextRange?: TextRangeResolvers<ContextType>;
  VoterPetition?: VoterPetitionResolvers<ContextType>;
  WorkFigures?: WorkFiguresResolvers<ContextType>;
}>;

