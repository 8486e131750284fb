/** Người trả lời — a department of the People's Committee, one of its officials, or its chair. */
export const AnswererKind = {
  /** Chủ tịch UBND */
  Chair: 'CHAIR',
  /** Thủ trưởng phòng, ban chuyên môn */
  Department: 'DEPARTMENT',
  /** Cán bộ, công chức được nêu tên */
  Official: 'OFFICIAL'
} as const;

export type AnswererKind = typeof AnswererKind[keyof typeof AnswererKind];
/** Loại điều chỉnh — what a correction did to an assignment. */
export const AssignmentChangeKind = {
  /** Hủy nhiệm vụ */
  Cancelled: 'CANCELLED',
  /** Giao lại cho cơ quan khác */
  Reassigned: 'REASSIGNED',
  /** Gia hạn, điều chỉnh thời hạn */
  Rescheduled: 'RESCHEDULED'
} as const;

export type AssignmentChangeKind = typeof AssignmentChangeKind[keyof typeof AssignmentChangeKind];
/** Trạng thái nhiệm vụ — state of an assignment. */
export const AssignmentStatus = {
  Cancelled: 'CANCELLED',
  Done: 'DONE',
  InProgress: 'IN_PROGRESS',
  Open: 'OPEN'
} as const;

export type AssignmentStatus = typeof AssignmentStatus[keyof typeof AssignmentStatus];
/**
 * Cấp của cơ quan — the level of a body outside this deployment's three (a provincial
 * department, the police, a school, a ministry), named as free text beside it.
 */
export const AuthorityLevel = {
  /** Trung ương */
  Central: 'CENTRAL',
  /** Cấp xã, phường */
  Commune: 'COMMUNE',
  /** Cấp tỉnh */
  Province: 'PROVINCE'
} as const;

export type AuthorityLevel = typeof AuthorityLevel[keyof typeof AuthorityLevel];
/** Cơ quan — one of the three bodies bound by the coordination regulation. */
export const Body = {
  /** Ủy ban nhân dân */
  Committee: 'COMMITTEE',
  /** Hội đồng nhân dân và Thường trực HĐND */
  Council: 'COUNCIL',
  /** Ban Thường trực Ủy ban MTTQ Việt Nam */
  Front: 'FRONT'
} as const;

export type Body = typeof Body[keyof typeof Body];
export const CalendarExceptionKind = {
  DayOff: 'DAY_OFF',
  WorkingDay: 'WORKING_DAY'
} as const;

export type CalendarExceptionKind = typeof CalendarExceptionKind[keyof typeof CalendarExceptionKind];
/** Nguồn tiếp nhận — how the case reached the committee. */
export const CaseChannel = {
  /** Do HĐND chuyển đến */
  Council: 'COUNCIL',
  /** Do MTTQ chuyển đến */
  Front: 'FRONT',
  /** Qua bưu chính */
  Mail: 'MAIL',
  /** Trực tuyến */
  Online: 'ONLINE',
  /** Tiếp công dân trực tiếp */
  Reception: 'RECEPTION'
} as const;

export type CaseChannel = typeof CaseChannel[keyof typeof CaseChannel];
/** Tính chất vụ việc — complexity, which lengthens the legal periods. */
export const CaseComplexity = {
  Complex: 'COMPLEX',
  EspeciallyComplex: 'ESPECIALLY_COMPLEX',
  Normal: 'NORMAL'
} as const;

export type CaseComplexity = typeof CaseComplexity[keyof typeof CaseComplexity];
/** Kết quả giải quyết. */
export const CaseOutcome = {
  /** Đã trả lời kiến nghị, phản ánh */
  Answered: 'ANSWERED',
  /** Tố cáo đúng một phần */
  PartlySubstantiated: 'PARTLY_SUBSTANTIATED',
  /** Khiếu nại đúng một phần */
  PartlyUpheld: 'PARTLY_UPHELD',
  /** Khiếu nại sai */
  Rejected: 'REJECTED',
  /** Tố cáo đúng */
  Substantiated: 'SUBSTANTIATED',
  /** Tố cáo sai */
  Unsubstantiated: 'UNSUBSTANTIATED',
  /** Khiếu nại đúng */
  Upheld: 'UPHELD',
  /** Rút đơn */
  Withdrawn: 'WITHDRAWN'
} as const;

export type CaseOutcome = typeof CaseOutcome[keyof typeof CaseOutcome];
/** Loại đơn — kind of citizen case. */
export const CitizenCaseKind = {
  /** Khiếu nại */
  Complaint: 'COMPLAINT',
  /** Tố cáo */
  Denunciation: 'DENUNCIATION',
  /** Kiến nghị, phản ánh */
  Petition: 'PETITION'
} as const;

export type CitizenCaseKind = typeof CitizenCaseKind[keyof typeof CitizenCaseKind];
/** Trạng thái — where the case stands. */
export const CitizenCaseStatus = {
  /** Đã thụ lý, đang giải quyết */
  Accepted: 'ACCEPTED',
  /** Không thụ lý (có lý do) */
  Declined: 'DECLINED',
  /** Đã tiếp nhận, chờ thụ lý */
  Received: 'RECEIVED',
  /** Đã giải quyết */
  Resolved: 'RESOLVED',
  /** Tạm đình chỉ — the clock is paused */
  Suspended: 'SUSPENDED'
} as const;

export type CitizenCaseStatus = typeof CitizenCaseStatus[keyof typeof CitizenCaseStatus];
/** Tình trạng cam kết — OPEN until the Standing Committee records it fulfilled. */
export const CommitmentStatus = {
  /** Đã thực hiện */
  Fulfilled: 'FULFILLED',
  Open: 'OPEN'
} as const;

export type CommitmentStatus = typeof CommitmentStatus[keyof typeof CommitmentStatus];
/** Cấp có thẩm quyền — the level of government competent to answer a petition. */
export const CompetentLevel = {
  Central: 'CENTRAL',
  Commune: 'COMMUNE',
  Province: 'PROVINCE'
} as const;

export type CompetentLevel = typeof CompetentLevel[keyof typeof CompetentLevel];
/** Lần giải quyết khiếu nại — complaint round. */
export const ComplaintRound = {
  First: 'FIRST',
  Second: 'SECOND'
} as const;

export type ComplaintRound = typeof ComplaintRound[keyof typeof ComplaintRound];
/** Cơ quan — one of the three bodies of a jurisdiction. */
export const CoordinationBody = {
  Committee: 'COMMITTEE',
  Council: 'COUNCIL',
  Front: 'FRONT'
} as const;

export type CoordinationBody = typeof CoordinationBody[keyof typeof CoordinationBody];
/** Vai trò trong ban — a delegate's role in a council committee. */
export const CouncilCommitteeRole = {
  DeputyHead: 'DEPUTY_HEAD',
  Head: 'HEAD',
  Member: 'MEMBER'
} as const;

export type CouncilCommitteeRole = typeof CouncilCommitteeRole[keyof typeof CouncilCommitteeRole];
/** Cách đếm ngày — how a rule counts its days. */
export const DayCounting = {
  /** Ngày — calendar days; an end on a day off moves to the next working day. */
  Calendar: 'CALENDAR',
  /** Ngày làm việc — working days of the official calendar. */
  Working: 'WORKING'
} as const;

export type DayCounting = typeof DayCounting[keyof typeof DayCounting];
/** Chiều tính hạn — after the clock start, or before it (documents before a session). */
export const DeadlineDirection = {
  After: 'AFTER',
  Before: 'BEFORE'
} as const;

export type DeadlineDirection = typeof DeadlineDirection[keyof typeof DeadlineDirection];
export const DeadlineEventKind = {
  Cleared: 'CLEARED',
  Escalation: 'ESCALATION',
  Moved: 'MOVED',
  Opened: 'OPENED',
  Paused: 'PAUSED',
  Reminder: 'REMINDER',
  Rescheduled: 'RESCHEDULED',
  Resumed: 'RESUMED'
} as const;

export type DeadlineEventKind = typeof DeadlineEventKind[keyof typeof DeadlineEventKind];
/** Lý do tính lại thời hạn — what changed in the reference data. */
export const DeadlineRecomputeCause = {
  /** Ngày nghỉ, ngày làm bù — a calendar exception was set or removed. */
  Calendar: 'CALENDAR',
  /** Quy định thời hạn — a new version of a deadline rule was published. */
  Rule: 'RULE'
} as const;

export type DeadlineRecomputeCause = typeof DeadlineRecomputeCause[keyof typeof DeadlineRecomputeCause];
/** Loại thời hạn — the kind of item a deadline rule applies to. */
export const DeadlineRuleKind = {
  Assignment: 'ASSIGNMENT',
  ComplaintAcceptance: 'COMPLAINT_ACCEPTANCE',
  ComplaintResolution: 'COMPLAINT_RESOLUTION',
  DenunciationInitial: 'DENUNCIATION_INITIAL',
  DenunciationResolution: 'DENUNCIATION_RESOLUTION',
  FrontRecommendationAnswer: 'FRONT_RECOMMENDATION_ANSWER',
  /** Trả lời kiến nghị, phản ánh đã thụ lý */
  PetitionAnswer: 'PETITION_ANSWER',
  /** Xử lý đơn kiến nghị, phản ánh (10 ngày làm việc từ khi nhận) */
  PetitionProcessing: 'PETITION_PROCESSING',
  /** Thực hiện cam kết khi trả lời chất vấn, giải trình (hạn do người trả lời nêu) */
  QuestioningCommitment: 'QUESTIONING_COMMITMENT',
  RecommendationFollowUp: 'RECOMMENDATION_FOLLOW_UP',
  SessionDocuments: 'SESSION_DOCUMENTS',
  VoterPetitionAnswer: 'VOTER_PETITION_ANSWER'
} as const;

export type DeadlineRuleKind = typeof DeadlineRuleKind[keyof typeof DeadlineRuleKind];
/** Trạng thái thời hạn — OPEN: the clock runs; PAUSED: suspended; CLEARED: resolved or withdrawn. */
export const DeadlineState = {
  Cleared: 'CLEARED',
  Open: 'OPEN',
  Paused: 'PAUSED'
} as const;

export type DeadlineState = typeof DeadlineState[keyof typeof DeadlineState];
/** Chức vụ của đại biểu — a delegate's position in the council. */
export const DelegatePosition = {
  /** Chủ tịch HĐND */
  Chair: 'CHAIR',
  /** Phó trưởng ban của HĐND */
  CommitteeDeputyHead: 'COMMITTEE_DEPUTY_HEAD',
  /** Trưởng ban của HĐND */
  CommitteeHead: 'COMMITTEE_HEAD',
  /** Ủy viên ban của HĐND */
  CommitteeMember: 'COMMITTEE_MEMBER',
  /** Đại biểu HĐND */
  Delegate: 'DELEGATE',
  /** Ủy viên Thường trực HĐND */
  StandingMember: 'STANDING_MEMBER',
  /** Phó Chủ tịch HĐND */
  ViceChair: 'VICE_CHAIR'
} as const;

export type DelegatePosition = typeof DelegatePosition[keyof typeof DelegatePosition];
/** How delegate scorecards are sorted (by the council's figures); ties go by name. */
export const DelegateScorecardOrder = {
  /** By name */
  Name: 'NAME',
  /** Fewest supervisions first (the default): who is behind */
  Supervisions: 'SUPERVISIONS'
} as const;

export type DelegateScorecardOrder = typeof DelegateScorecardOrder[keyof typeof DelegateScorecardOrder];
/** Đoàn đại biểu — whose delegates meet the voters. */
export const DelegationLevel = {
  /** Đại biểu HĐND xã, phường */
  CommuneCouncil: 'COMMUNE_COUNCIL',
  /** Đại biểu HĐND cấp huyện (thị xã) — before 1 July 2025 */
  DistrictCouncil: 'DISTRICT_COUNCIL',
  /** Đoàn đại biểu Quốc hội */
  NationalAssembly: 'NATIONAL_ASSEMBLY',
  /** Đại biểu HĐND tỉnh */
  ProvinceCouncil: 'PROVINCE_COUNCIL'
} as const;

export type DelegationLevel = typeof DelegationLevel[keyof typeof DelegationLevel];
/** Loại cơ quan — what kind of body a department is. */
export const DepartmentKind = {
  /** UBND xã, phường trực thuộc */
  Commune: 'COMMUNE',
  /** Thanh tra */
  Inspectorate: 'INSPECTORATE',
  /** Đơn vị sự nghiệp công lập */
  PublicServiceUnit: 'PUBLIC_SERVICE_UNIT',
  /** Cơ quan chuyên môn (phòng, sở) */
  SpecialisedOffice: 'SPECIALISED_OFFICE'
} as const;

export type DepartmentKind = typeof DepartmentKind[keyof typeof DepartmentKind];
/** How department scorecards are sorted; ties go by the department's name. */
export const DepartmentScorecardOrder = {
  /** Most days late on average first */
  AverageDaysLate: 'AVERAGE_DAYS_LATE',
  /** By name */
  Name: 'NAME',
  /** Lowest share done on time first */
  OnTimeRate: 'ON_TIME_RATE',
  /** Most work overdue now first (the default) */
  OverdueNow: 'OVERDUE_NOW',
  /** Most work received first */
  Received: 'RECEIVED'
} as const;

export type DepartmentScorecardOrder = typeof DepartmentScorecardOrder[keyof typeof DepartmentScorecardOrder];
/**
 * Mã lỗi — the `extensions.code` of every error this API answers with. Clients switch on it,
 * never on the message (messages are Vietnamese text for people and may change).
 * Every refused change writes nothing.
 */
export const ErrorCode = {
  /** Đầu vào không hợp lệ: `extensions.field` names the input at fault, as a path (`input.round`, `input.dueDate`). */
  BadUserInput: 'BAD_USER_INPUT',
  /** Xung đột với trạng thái hiện tại: e.g. closing a session twice, a third extension; `extensions.field` when one is at fault. */
  Conflict: 'CONFLICT',
  /** Không có quyền: the signed-in user's roles do not allow this. */
  Forbidden: 'FORBIDDEN',
  /** The operation does not parse (GraphQL syntax). */
  GraphqlParseFailed: 'GRAPHQL_PARSE_FAILED',
  /** The operation does not match the schema, or exceeds a limit (depth, aliases, tokens, cost, `first` > 100). */
  GraphqlValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
  /** Unexpected failure on the server; retrying may help, reporting it will. */
  InternalServerError: 'INTERNAL_SERVER_ERROR',
  /** Không tìm thấy: `extensions.type` and `extensions.id` name what is missing; `extensions.field` the input that named it. */
  NotFound: 'NOT_FOUND',
  /** An automatic persisted query's hash is unknown to the gateway: send it again with the full query text. */
  PersistedQueryNotFound: 'PERSISTED_QUERY_NOT_FOUND',
  /** Chưa đăng nhập: no token, or one that is invalid or expired (HTTP 401). */
  Unauthenticated: 'UNAUTHENTICATED'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
/**
 * Lĩnh vực phụ trách — the field of responsibility of a case, recommendation, petition or
 * directive; it routes escalation to the vice-chair whose portfolio covers it.
 */
export const FieldOfResponsibility = {
  /** Cải cách hành chính */
  Administration: 'ADMINISTRATION',
  /** Tiếp công dân, giải quyết khiếu nại, tố cáo */
  Complaints: 'COMPLAINTS',
  /** Xây dựng */
  Construction: 'CONSTRUCTION',
  /** Giáo dục */
  Education: 'EDUCATION',
  /** Tài nguyên, môi trường */
  Environment: 'ENVIRONMENT',
  /** Tài chính, ngân sách */
  Finance: 'FINANCE',
  /** Y tế */
  Health: 'HEALTH',
  /** Đầu tư, kinh tế */
  Investment: 'INVESTMENT',
  /** Lao động, việc làm */
  Labour: 'LABOUR',
  /** Đất đai */
  Land: 'LAND',
  /** Lĩnh vực khác */
  Other: 'OTHER',
  /** An ninh, trật tự */
  SecurityOrder: 'SECURITY_ORDER',
  /** Chính sách xã hội, người có công */
  SocialPolicy: 'SOCIAL_POLICY',
  /** Hạ tầng giao thông */
  Transport: 'TRANSPORT',
  /** Đô thị, điện, nước, chiếu sáng */
  Urban: 'URBAN'
} as const;

export type FieldOfResponsibility = typeof FieldOfResponsibility[keyof typeof FieldOfResponsibility];
/** Loại nguồn — what a directive or assignment follows up. */
export const FollowUpSourceType = {
  /** Đơn thư của công dân */
  CitizenCase: 'CITIZEN_CASE',
  /** Kiến nghị của MTTQ */
  FrontRecommendation: 'FRONT_RECOMMENDATION',
  /** Kiến nghị sau giám sát của HĐND */
  Recommendation: 'RECOMMENDATION',
  /** Kiến nghị cử tri */
  VoterPetition: 'VOTER_PETITION'
} as const;

export type FollowUpSourceType = typeof FollowUpSourceType[keyof typeof FollowUpSourceType];
/** Tình hình thực hiện — follow-up state of a source, rolled up from its assignments. */
export const FollowUpState = {
  /** Đã hoàn thành (mọi nhiệm vụ xong) */
  Done: 'DONE',
  /** Đang thực hiện */
  InProgress: 'IN_PROGRESS',
  /** Chưa giao nhiệm vụ */
  NotAssigned: 'NOT_ASSIGNED'
} as const;

export type FollowUpState = typeof FollowUpState[keyof typeof FollowUpState];
/** Loại hội nghị liên tịch — kind of joint meeting. */
export const JointMeetingKind = {
  Other: 'OTHER',
  /** Hội nghị liên tịch chuẩn bị kỳ họp */
  PreSession: 'PRE_SESSION',
  /** Hội nghị tổng kết quy chế phối hợp */
  ReviewConference: 'REVIEW_CONFERENCE'
} as const;

export type JointMeetingKind = typeof JointMeetingKind[keyof typeof JointMeetingKind];
/** Cấp hành chính — administrative level of a jurisdiction. */
export const JurisdictionLevel = {
  /** Xã, phường, đặc khu */
  Commune: 'COMMUNE',
  /** Cấp huyện (thị xã, thành phố thuộc tỉnh) — ceased operating on 1 July 2025; records remain */
  District: 'DISTRICT',
  /** Tỉnh, thành phố trực thuộc trung ương */
  Province: 'PROVINCE'
} as const;

export type JurisdictionLevel = typeof JurisdictionLevel[keyof typeof JurisdictionLevel];
/** Xử lý đơn không thuộc thẩm quyền — what the office does with a letter that is not its to resolve. */
export const LetterDisposition = {
  /** Lưu đơn, không xử lý (có căn cứ) */
  Filed: 'FILED',
  /** Chuyển đơn đến cơ quan có thẩm quyền */
  Forwarded: 'FORWARDED',
  /** Hướng dẫn công dân gửi đơn đến cơ quan có thẩm quyền */
  Guided: 'GUIDED'
} as const;

export type LetterDisposition = typeof LetterDisposition[keyof typeof LetterDisposition];
/** Kênh nhận thông báo — a delivery channel of notifications. */
export const NotificationChannel = {
  /** Thư điện tử (SMTP) */
  Email: 'EMAIL',
  /** Hộp thư trong ứng dụng — always on */
  InApp: 'IN_APP',
  /** Webhook có chữ ký HMAC (header Phoihop-Signature) */
  Webhook: 'WEBHOOK'
} as const;

export type NotificationChannel = typeof NotificationChannel[keyof typeof NotificationChannel];
/** Chức vụ — an official's position in the committee. */
export const OfficialPosition = {
  /** Chủ tịch UBND */
  Chair: 'CHAIR',
  /** Trưởng phòng, Chánh Thanh tra */
  DepartmentHead: 'DEPARTMENT_HEAD',
  /** Phó Trưởng phòng */
  DeputyHead: 'DEPUTY_HEAD',
  /** Thanh tra viên */
  Inspector: 'INSPECTOR',
  /** Chuyên viên */
  Staff: 'STAFF',
  /** Phó Chủ tịch UBND (phụ trách lĩnh vực) */
  ViceChair: 'VICE_CHAIR'
} as const;

export type OfficialPosition = typeof OfficialPosition[keyof typeof OfficialPosition];
/** Nơi nhận — the kind of body a petition or recommendation is sent to. */
export const PetitionRecipientKind = {
  /** Ủy ban nhân dân (or one of its departments) */
  Committee: 'COMMITTEE',
  /** Hội đồng nhân dân */
  Council: 'COUNCIL',
  /** Đoàn đại biểu Quốc hội */
  NationalAssemblyDelegation: 'NATIONAL_ASSEMBLY_DELEGATION',
  /** Cơ quan khác (ministries, province agencies outside this deployment) */
  OtherAgency: 'OTHER_AGENCY'
} as const;

export type PetitionRecipientKind = typeof PetitionRecipientKind[keyof typeof PetitionRecipientKind];
export const PlanActivityStatus = {
  /** Đã thực hiện */
  Done: 'DONE',
  /** Quá ngày dự kiến, chưa thực hiện */
  Overdue: 'OVERDUE',
  /** Chưa đến hạn */
  Pending: 'PENDING'
} as const;

export type PlanActivityStatus = typeof PlanActivityStatus[keyof typeof PlanActivityStatus];
/** Hình thức — chất vấn (questioning) or giải trình (explanation). */
export const QuestioningKind = {
  /** Giải trình */
  Explanation: 'EXPLANATION',
  /** Chất vấn */
  Questioning: 'QUESTIONING'
} as const;

export type QuestioningKind = typeof QuestioningKind[keyof typeof QuestioningKind];
/** Nơi tổ chức — at a council session or at a meeting of the council Standing Committee. */
export const QuestioningVenue = {
  /** Tại kỳ họp Hội đồng nhân dân */
  Session: 'SESSION',
  /** Tại phiên họp Thường trực HĐND */
  StandingCommitteeMeeting: 'STANDING_COMMITTEE_MEETING'
} as const;

export type QuestioningVenue = typeof QuestioningVenue[keyof typeof QuestioningVenue];
/** Loại buổi tiếp công dân. */
export const ReceptionDayKind = {
  /** Định kỳ */
  Regular: 'REGULAR',
  /** Chuyên đề */
  Thematic: 'THEMATIC',
  /** Đột xuất */
  Unscheduled: 'UNSCHEDULED'
} as const;

export type ReceptionDayKind = typeof ReceptionDayKind[keyof typeof ReceptionDayKind];
/** Cơ quan chủ trì buổi tiếp công dân. */
export const ReceptionHost = {
  /** Chủ tịch UBND */
  CommitteeChair: 'COMMITTEE_CHAIR',
  /** Thường trực HĐND (Luật số 136/2025/QH15) */
  CouncilStanding: 'COUNCIL_STANDING',
  /** Thường trực HĐND và Chủ tịch UBND cùng tiếp */
  Joint: 'JOINT'
} as const;

export type ReceptionHost = typeof ReceptionHost[keyof typeof ReceptionHost];
/** Kết quả tiếp công dân — what came of one visit. */
export const ReceptionVisitOutcome = {
  /** Trả lời trực tiếp */
  Answered: 'ANSWERED',
  /** Tiếp nhận đơn, mở hồ sơ vụ việc */
  CaseOpened: 'CASE_OPENED',
  /** Hướng dẫn, giải thích */
  Guided: 'GUIDED',
  /** Từ chối tiếp (có lý do) */
  Refused: 'REFUSED'
} as const;

export type ReceptionVisitOutcome = typeof ReceptionVisitOutcome[keyof typeof ReceptionVisitOutcome];
/** Người nhận theo bước — whom a stage reaches. */
export const RecipientRule = {
  /** The department (or official) that owes the work. */
  Assignee: 'ASSIGNEE',
  Chair: 'CHAIR',
  DepartmentHead: 'DEPARTMENT_HEAD',
  /** The body that raised the item: council standing committee, front standing board. */
  RaisingBody: 'RAISING_BODY',
  /** The vice-chair whose portfolio covers the item's field. */
  ViceChairInCharge: 'VICE_CHAIR_IN_CHARGE'
} as const;

export type RecipientRule = typeof RecipientRule[keyof typeof RecipientRule];
/** Loại người nhận — an official, a department or a body (COUNCIL_STANDING:<jurisdictionId>). */
export const RecipientType = {
  Body: 'BODY',
  Department: 'DEPARTMENT',
  Official: 'OFFICIAL'
} as const;

export type RecipientType = typeof RecipientType[keyof typeof RecipientType];
export const RecommendationOutcome = {
  Resolved: 'RESOLVED',
  Withdrawn: 'WITHDRAWN'
} as const;

export type RecommendationOutcome = typeof RecommendationOutcome[keyof typeof RecommendationOutcome];
/** Tình trạng kiến nghị — OPEN until resolved or withdrawn. */
export const RecommendationStatus = {
  Open: 'OPEN',
  /** Đã giải quyết */
  Resolved: 'RESOLVED',
  /** Rút kiến nghị */
  Withdrawn: 'WITHDRAWN'
} as const;

export type RecommendationStatus = typeof RecommendationStatus[keyof typeof RecommendationStatus];
/** Mục báo cáo — which part of the report a section is. */
export const ReportSectionKey = {
  /** Tiếp công dân, giải quyết khiếu nại, tố cáo */
  CitizenReceptionAndCases: 'CITIZEN_RECEPTION_AND_CASES',
  /** Chỉ đạo, giao nhiệm vụ */
  DirectivesAndAssignments: 'DIRECTIVES_AND_ASSIGNMENTS',
  /** Kỳ họp và nghị quyết */
  SessionsAndResolutions: 'SESSIONS_AND_RESOLUTIONS',
  /** Tồn tại, hạn chế — what is still overdue */
  Shortcomings: 'SHORTCOMINGS',
  /** Khảo sát, giám sát và kiến nghị */
  SupervisionsAndRecommendations: 'SUPERVISIONS_AND_RECOMMENDATIONS',
  /** Tiếp xúc cử tri và kiến nghị cử tri */
  VoterContact: 'VOTER_CONTACT'
} as const;

export type ReportSectionKey = typeof ReportSectionKey[keyof typeof ReportSectionKey];
/** Hiệu lực nghị quyết — derived from the adoption, effective and repeal dates. */
export const ResolutionStatus = {
  /** Đã thông qua, chưa có hiệu lực */
  Adopted: 'ADOPTED',
  /** Đang có hiệu lực */
  InForce: 'IN_FORCE',
  /** Đã bãi bỏ */
  Repealed: 'REPEALED'
} as const;

export type ResolutionStatus = typeof ResolutionStatus[keyof typeof ResolutionStatus];
/** Loại hồ sơ tìm kiếm — the kinds of record the search box finds. */
export const SearchKind = {
  /** Nhiệm vụ được giao */
  Assignment: 'ASSIGNMENT',
  /** Đơn thư của công dân */
  CitizenCase: 'CITIZEN_CASE',
  /** Văn bản chỉ đạo của UBND */
  Directive: 'DIRECTIVE',
  /** Kiến nghị của Ủy ban MTTQ */
  FrontRecommendation: 'FRONT_RECOMMENDATION',
  /** Kiến nghị sau giám sát của HĐND */
  Recommendation: 'RECOMMENDATION',
  /** Nghị quyết của HĐND */
  Resolution: 'RESOLUTION',
  /** Kiến nghị của cử tri */
  VoterPetition: 'VOTER_PETITION'
} as const;

export type SearchKind = typeof SearchKind[keyof typeof SearchKind];
/** Loại kỳ họp — kind of council session. */
export const SessionKind = {
  /** Kỳ họp bất thường */
  Extraordinary: 'EXTRAORDINARY',
  /** Kỳ họp thường lệ */
  Regular: 'REGULAR',
  /** Kỳ họp chuyên đề */
  Thematic: 'THEMATIC'
} as const;

export type SessionKind = typeof SessionKind[keyof typeof SessionKind];
/** Trạng thái kỳ họp — PLANNED → CONVENED → CLOSED, never skipping a step; a PLANNED session may be CANCELLED instead. */
export const SessionStatus = {
  /** Không tổ chức — a planned session that will not be held */
  Cancelled: 'CANCELLED',
  Closed: 'CLOSED',
  Convened: 'CONVENED',
  Planned: 'PLANNED'
} as const;

export type SessionStatus = typeof SessionStatus[keyof typeof SessionStatus];
/** Loại hoạt động — the Front's supervision or its social critique of a draft policy. */
export const SocialSupervisionKind = {
  /** Phản biện xã hội */
  SocialCritique: 'SOCIAL_CRITIQUE',
  /** Giám sát */
  Supervision: 'SUPERVISION'
} as const;

export type SocialSupervisionKind = typeof SocialSupervisionKind[keyof typeof SocialSupervisionKind];
export const StageKind = {
  Escalation: 'ESCALATION',
  Reminder: 'REMINDER'
} as const;

export type StageKind = typeof StageKind[keyof typeof StageKind];
/** Chủ thể giám sát — the Standing Committee or one of the council's committees. */
export const SupervisingBody = {
  CouncilCommittee: 'COUNCIL_COMMITTEE',
  StandingCommittee: 'STANDING_COMMITTEE'
} as const;

export type SupervisingBody = typeof SupervisingBody[keyof typeof SupervisingBody];
/** Hình thức — survey (khảo sát) or supervision (giám sát). */
export const SupervisionKind = {
  Supervision: 'SUPERVISION',
  Survey: 'SURVEY'
} as const;

export type SupervisionKind = typeof SupervisionKind[keyof typeof SupervisionKind];
export const SupervisionStatus = {
  Concluded: 'CONCLUDED',
  InProgress: 'IN_PROGRESS',
  Planned: 'PLANNED'
} as const;

export type SupervisionStatus = typeof SupervisionStatus[keyof typeof SupervisionStatus];
/**
 * Căn cứ tạm đình chỉ — the grounds Law 136/2025/QH15 lists for suspending a complaint or a
 * denunciation; required for cases received from 1 July 2026.
 */
export const SuspensionGround = {
  /** Cần đợi kết quả giám định bổ sung, giám định lại */
  AwaitingAssessment: 'AWAITING_ASSESSMENT',
  /** Cần đợi kết quả giải quyết của cơ quan, tổ chức, cá nhân khác */
  AwaitingOtherAuthority: 'AWAITING_OTHER_AUTHORITY',
  /** Cần đợi kết quả giải quyết vụ việc khác có liên quan */
  AwaitingRelatedCase: 'AWAITING_RELATED_CASE',
  /** Sự kiện bất khả kháng */
  ForceMajeure: 'FORCE_MAJEURE',
  /** Cơ quan, tổ chức hợp nhất, sáp nhập, chia, tách, giải thể mà chưa có người kế thừa quyền, nghĩa vụ */
  OrganisationReorganised: 'ORGANISATION_REORGANISED',
  /** Người khiếu nại, tố cáo đã chết mà chưa xác định được người thừa kế quyền, nghĩa vụ */
  PartyDiedNoSuccessor: 'PARTY_DIED_NO_SUCCESSOR'
} as const;

export type SuspensionGround = typeof SuspensionGround[keyof typeof SuspensionGround];
/** Loại việc theo dõi thời hạn — the kind of a tracked item. */
export const TrackedItemKind = {
  Assignment: 'ASSIGNMENT',
  Complaint: 'COMPLAINT',
  Denunciation: 'DENUNCIATION',
  FrontRecommendation: 'FRONT_RECOMMENDATION',
  Petition: 'PETITION',
  /** Cam kết khi trả lời chất vấn, giải trình */
  QuestioningCommitment: 'QUESTIONING_COMMITMENT',
  Recommendation: 'RECOMMENDATION',
  SessionDocuments: 'SESSION_DOCUMENTS',
  VoterPetition: 'VOTER_PETITION'
} as const;

export type TrackedItemKind = typeof TrackedItemKind[keyof typeof TrackedItemKind];
/** Loại đợt tiếp xúc cử tri — when a voter-contact round takes place. */
export const VoterContactRoundKind = {
  /** Tiếp xúc cử tri sau kỳ họp */
  AfterSession: 'AFTER_SESSION',
  /** Tiếp xúc cử tri trước kỳ họp */
  BeforeSession: 'BEFORE_SESSION',
  /** Tiếp xúc cử tri theo chuyên đề */
  Thematic: 'THEMATIC'
} as const;

export type VoterContactRoundKind = typeof VoterContactRoundKind[keyof typeof VoterContactRoundKind];
/** Trạng thái kiến nghị cử tri — RECEIVED → FORWARDED → ANSWERED → REPORTED_BACK, or MERGED into an earlier petition. */
export const VoterPetitionStatus = {
  /** Đã có văn bản trả lời */
  Answered: 'ANSWERED',
  /** Đã chuyển cơ quan có thẩm quyền, chờ trả lời */
  Forwarded: 'FORWARDED',
  /** Trùng lặp, đã gộp vào kiến nghị trước (repeatOf); no longer followed up on its own */
  Merged: 'MERGED',
  /** Đã tiếp nhận, chưa chuyển */
  Received: 'RECEIVED',
  /** Đã thông báo kết quả trả lời đến cử tri */
  ReportedBack: 'REPORTED_BACK'
} as const;

export type VoterPetitionStatus = typeof VoterPetitionStatus[keyof typeof VoterPetitionStatus];