import {
  addDays,
  badInput,
  conflict,
  isCalendarDate,
  nfc,
  readRules,
  referenceData,
  REFERENCE_SCHEMA,
  writeAudit,
  type DeadlineItemKind,
  type DeadlineRule,
  type DeadlineVariant,
  type GraphContext,
} from '@phoihop/core';
import type { PublishDeadlineRuleInput } from '../generated/graphql';
import { requestRecompute } from '@phoihop/workflow';

const MAX_DAYS = 3650;
const MAX_EXTENSIONS = 10;

const count = (value: number | null | undefined, field: string, min: number, max: number): void => {
  if (value !== null && value !== undefined && (!Number.isInteger(value) || value < min || value > max)) {
    throw badInput(field, `Phải là số nguyên từ ${min} đến ${max}.`);
  }
};

/** Deadline rules: read by everyone, a new version published by admins. */
export class RulesService {
  constructor(private readonly ctx: GraphContext) {}

  async list(itemKind?: DeadlineItemKind | null): Promise<DeadlineRule[]> {
    const rules = await referenceData.loadRules(this.ctx.db);
    return rules.filter((r) => !itemKind || r.itemKind === itemKind);
  }

  /**
   * Ends the version in force the day before `effectiveFrom` and adds the new one, then asks
   * the workers to recompute the open items whose clock starts from that day on. Validated
   * before anything is written.
   */
  async publish(input: PublishDeadlineRuleInput): Promise<DeadlineRule> {
    this.ctx.access.require(['ADMIN']);
    const user = this.ctx.user!.userId;
    if (!isCalendarDate(input.effectiveFrom)) throw badInput('input.effectiveFrom', 'Ngày có hiệu lực không hợp lệ.');
    const legalBasis = nfc((input.legalBasis ?? '').trim());
    if (!legalBasis) throw badInput('input.legalBasis', 'Cần nêu căn cứ pháp lý của quy định mới.');
    count(input.baseDays, 'input.baseDays', 1, MAX_DAYS);
    count(input.maxExtensions, 'input.maxExtensions', 0, MAX_EXTENSIONS);
    count(input.extensionDays, 'input.extensionDays', 0, MAX_DAYS);
    const variants = input.variants?.map((v, i) => variant(v, `input.variants.${i}`));

    const published = await this.ctx.db.transaction(async (m) => {
      // One publisher of a kind at a time: the versions of the kind are locked.
      const rows: Array<{ code: string }> = await m.query(
        `SELECT "code" FROM "${REFERENCE_SCHEMA}"."deadline_rules" WHERE "item_kind" = $1 FOR UPDATE`,
        [input.itemKind],
      );
      if (rows.length === 0) throw badInput('input.itemKind', `Chưa có quy định thời hạn cho ${input.itemKind}.`);
      const versions = (await readRules(m)).filter((r) => r.itemKind === input.itemKind);
      const current = versions.find((r) => r.effectiveTo === null);
      const latest = versions.reduce((a, b) => (a.effectiveFrom >= b.effectiveFrom ? a : b));
      if (!current || latest.effectiveFrom >= input.effectiveFrom) {
        throw conflict(`Ngày có hiệu lực phải sau ngày ${latest.effectiveFrom} của phiên bản hiện hành.`, 'input.effectiveFrom');
      }
      const next: DeadlineRule = {
        ...current,
        version: Math.max(...versions.map((r) => r.version)) + 1,
        legalBasis,
        counting: input.counting ?? current.counting,
        baseDays: input.baseDays === undefined ? current.baseDays : input.baseDays,
        variants: variants ?? current.variants,
        maxExtensions: input.maxExtensions ?? current.maxExtensions,
        extensionDays: input.extensionDays ?? current.extensionDays,
        effectiveFrom: input.effectiveFrom,
        effectiveTo: null,
      };
      if (next.explicitDueRequired && next.baseDays !== null) {
        throw badInput('input.baseDays', 'Thời hạn loại này do văn bản giao việc ấn định, không có số ngày chung.');
      }
      if (!next.explicitDueRequired && next.baseDays === null) throw badInput('input.baseDays', 'Cần nêu số ngày của thời hạn.');
      const now = this.ctx.clock.now();
      await m.query(
        `UPDATE "${REFERENCE_SCHEMA}"."deadline_rules" SET "effective_to" = $3, "updated_at" = $4, "updated_by" = $5
          WHERE "code" = $1 AND "version" = $2`,
        [current.code, current.version, addDays(input.effectiveFrom, -1), now, user],
      );
      await m.query(
        `INSERT INTO "${REFERENCE_SCHEMA}"."deadline_rules" ("code", "version", "item_kind", "legal_basis", "counting", "direction",
           "base_days", "variants", "max_extensions", "extension_days", "explicit_due_required", "configurable",
           "effective_from", "effective_to", "updated_at", "updated_by")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, NULL, $14, $15)`,
        [next.code, next.version, next.itemKind, next.legalBasis, next.counting, next.direction, next.baseDays, JSON.stringify(next.variants),
          next.maxExtensions, next.extensionDays, next.explicitDueRequired, next.configurable, next.effectiveFrom, now, user],
      );
      await readRules(m); // refuses data the rules cannot be built from, before commit
      await requestRecompute(m, { cause: 'RULE', from: next.effectiveFrom, ruleKind: next.itemKind });
      // A new version is a new row; the audit row shows it against the version it succeeds.
      await writeAudit(m, this.ctx, { operation: 'publishDeadlineRule', entityType: 'DeadlineRule', entityId: `${next.code}@${next.version}`, before: { ...current }, after: { ...next } });
      return next;
    });
    referenceData.invalidate();
    return published;
  }
}

function variant(v: NonNullable<PublishDeadlineRuleInput['variants']>[number], at: string): DeadlineVariant {
  count(v.days, `${at}.days`, 1, MAX_DAYS);
  count(v.maxExtensions, `${at}.maxExtensions`, 0, MAX_EXTENSIONS);
  const label = nfc((v.label ?? '').trim());
  if (!label) throw badInput(`${at}.label`, 'Cần mô tả trường hợp áp dụng.');
  const out: DeadlineVariant = { days: v.days, label };
  if (v.complexity) out.complexity = v.complexity;
  if (v.remoteArea !== null && v.remoteArea !== undefined) out.remoteArea = v.remoteArea;
  if (v.round) out.round = v.round;
  if (v.severalPlaces !== null && v.severalPlaces !== undefined) out.severalPlaces = v.severalPlaces;
  if (v.maxExtensions !== null && v.maxExtensions !== undefined) out.maxExtensions = v.maxExtensions;
  return out;
}
