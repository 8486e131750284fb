import { auditSecret, badInput, forbidden, isUuid, loadConfig, nfc, notFound, putRow, type GraphContext } from '@phoihop/core';
import { NotificationPreference, webhookTargetProblem, WorkflowStore, type NotificationChannel, type Recipient } from '@phoihop/workflow';

// A webhook URL often carries its receiver's token: the audit trail leaves it out.
auditSecret(NotificationPreference, 'webhookUrl');

export interface PreferencesInput {
  channels: NotificationChannel[];
  email?: string | null;
  webhookUrl?: string | null;
  dailyDigest?: boolean | null;
  digestHour?: number | null;
  quietHoursStart?: string | null;
  quietHoursEnd?: string | null;
}

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Read once: the graph context carries no config, and the deployment's mode never changes. */
let production: boolean | undefined;
const isProduction = () => (production ??= loadConfig().isProduction);

/** Tùy chọn nhận thông báo — an official's own, or a department's for its staff. */
export class PreferencesService {
  constructor(private readonly ctx: GraphContext) {
    ctx.access.requireSignedIn();
  }

  private get repo() {
    return this.ctx.db.getRepository(NotificationPreference);
  }

  /** The signed-in user's recipient: their official record. */
  private me(): Recipient {
    const officialId = this.ctx.access.requireSignedIn().officialId;
    if (!officialId) throw forbidden('Tài khoản chưa gắn với cán bộ nào nên không nhận thông báo riêng.');
    return { type: 'OFFICIAL', id: officialId };
  }

  /** Admins, and staff whose grant names this very department. */
  private department(departmentId: string): Recipient {
    if (!isUuid(departmentId)) throw notFound('Department', departmentId, 'departmentId');
    const grants = this.ctx.access.user?.grants ?? [];
    const allowed = grants.some((g) => g.role === 'ADMIN' || (g.role === 'DEPARTMENT_STAFF' && g.departmentId === departmentId));
    if (!allowed) throw forbidden();
    return { type: 'DEPARTMENT', id: departmentId };
  }

  mine(): Promise<NotificationPreference> {
    return this.read(this.me());
  }

  ofDepartment(departmentId: string): Promise<NotificationPreference> {
    return this.read(this.department(departmentId));
  }

  updateMine(input: PreferencesInput): Promise<NotificationPreference> {
    return this.save('updateNotificationPreferences', this.me(), input);
  }

  updateDepartment(departmentId: string, input: PreferencesInput): Promise<NotificationPreference> {
    return this.save('updateDepartmentNotificationPreferences', this.department(departmentId), input);
  }

  private async read(r: Recipient): Promise<NotificationPreference> {
    return (await new WorkflowStore(this.ctx.db).preference(r.type, r.id)) ?? defaults(r);
  }

  /** Through the command path (a put: the recipient's row, locked or new), audited there. */
  private async save(operation: string, r: Recipient, input: PreferencesInput): Promise<NotificationPreference> {
    const valid = validate(input);
    if (valid.webhookUrl) {
      const problem = await webhookTargetProblem(valid.webhookUrl, { allowLoopback: !isProduction() });
      if (problem) throw badInput('input.webhookUrl', problem);
    }
    return putRow(this.ctx, {
      operation,
      entity: NotificationPreference,
      key: { recipientType: r.type, recipientId: r.id },
      authorize: () => undefined, // me() and department() decided who the recipient may be
      apply: (_m, existing) =>
        Object.assign(existing ?? this.repo.create({ recipientType: r.type, recipientId: r.id }), valid, {
          updatedAt: this.ctx.clock.now(),
          updatedBy: this.ctx.access.user!.userId,
        }),
    });
  }
}

function defaults(r: Recipient): NotificationPreference {
  return Object.assign(new NotificationPreference(), {
    recipientType: r.type,
    recipientId: r.id,
    channels: ['IN_APP'],
    email: null,
    webhookUrl: null,
    dailyDigest: false,
    digestHour: 8,
    quietHoursStart: null,
    quietHoursEnd: null,
    updatedAt: null,
  });
}

/** Checks every field before anything is written; the first fault names its field. */
function validate(input: PreferencesInput): Omit<NotificationPreference, 'recipientType' | 'recipientId' | 'updatedAt' | 'updatedBy'> {
  const channels = [...new Set<NotificationChannel>(['IN_APP', ...input.channels])];
  const email = input.email?.trim() ? nfc(input.email.trim()) : null;
  const webhookUrl = input.webhookUrl?.trim() || null;
  if (email && (email.length > 254 || !EMAIL.test(email))) throw badInput('input.email', 'Địa chỉ thư điện tử không hợp lệ.');
  if (channels.includes('EMAIL') && !email) throw badInput('input.email', 'Cần địa chỉ thư điện tử để nhận thông báo qua thư.');
  if (webhookUrl && !/^https?:\/\//i.test(webhookUrl)) throw badInput('input.webhookUrl', 'Webhook phải là địa chỉ https hợp lệ.');
  if (channels.includes('WEBHOOK') && !webhookUrl) throw badInput('input.webhookUrl', 'Cần địa chỉ webhook để nhận thông báo qua webhook.');
  const dailyDigest = input.dailyDigest ?? false;
  if (dailyDigest && !channels.includes('EMAIL')) throw badInput('input.dailyDigest', 'Bản tin hằng ngày được gửi qua thư điện tử: hãy bật kênh EMAIL.');
  const digestHour = input.digestHour ?? 8;
  if (!Number.isInteger(digestHour) || digestHour < 0 || digestHour > 23) throw badInput('input.digestHour', 'Giờ gửi bản tin phải từ 0 đến 23.');
  const start = input.quietHoursStart?.trim() || null;
  const end = input.quietHoursEnd?.trim() || null;
  if (start && !HHMM.test(start)) throw badInput('input.quietHoursStart', 'Giờ theo dạng HH:MM, ví dụ 22:00.');
  if (end && !HHMM.test(end)) throw badInput('input.quietHoursEnd', 'Giờ theo dạng HH:MM, ví dụ 06:00.');
  if (!start !== !end) throw badInput(start ? 'input.quietHoursEnd' : 'input.quietHoursStart', 'Cần cả giờ bắt đầu và giờ kết thúc.');
  if (start && start === end) throw badInput('input.quietHoursEnd', 'Giờ kết thúc phải khác giờ bắt đầu.');
  return { channels, email, webhookUrl, dailyDigest, digestHour, quietHoursStart: start, quietHoursEnd: end };
}
