import { TEXT_LIMIT, badInput, calendarDate, changeRow, changedText, conflict, foldDiacritics, inOrder, notFound, requiredText, type GraphContext, createRow } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { ADMIN_RULE } from '../access';
import type { CreateJurisdictionInput, UpdateJurisdictionInput } from '../generated/graphql';
import { Jurisdiction, type JurisdictionLevel } from './jurisdiction.entity';

/** Law 72/2025/QH15: district-level local government ceased on this day; communes hang off provinces. */
export const TWO_LEVEL_FROM = '2025-07-01';
const LAST_DISTRICT_DAY = '2025-06-30';
const CODE_DIGITS: Record<JurisdictionLevel, number> = { PROVINCE: 2, DISTRICT: 3, COMMUNE: 5 };
const LEVEL_VI: Record<JurisdictionLevel, string> = { PROVINCE: 'tỉnh', DISTRICT: 'huyện', COMMUNE: 'xã' };

type Period = Pick<Jurisdiction, 'level' | 'activeFrom' | 'activeTo'>;

/** The jurisdiction tree as admins edit it: codes, parents and periods that fit the 2025 reform. */
export class JurisdictionsAdminService {
  constructor(private readonly ctx: GraphContext) {}

  async create(input: CreateJurisdictionInput): Promise<Jurisdiction> {
    this.ctx.access.require(ADMIN_RULE.writers);
    const name = requiredText('input.name', input.name, { what: 'tên đơn vị hành chính', max: TEXT_LIMIT.name });
    const code = this.code(input.code, input.level);
    const draft: Period = { level: input.level, activeFrom: input.activeFrom, activeTo: input.activeTo ?? null };
    this.checkPeriod(draft);
    return createRow(this.ctx, {
      operation: 'createJurisdiction',
      entity: Jurisdiction,
      authorize: () => undefined, // ADMIN, checked above
      build: async (m) => {
        const repo = m.getRepository(Jurisdiction);
        await this.checkParent(m, draft, input.parentId ?? null);
        if (await repo.exists({ where: { code } })) throw conflict(`Mã đơn vị hành chính ${code} đã được dùng.`, 'input.code');
        return repo.create({ code, name, searchName: foldDiacritics(name), ...draft, parentId: input.parentId ?? null });
      },
    });
  }

  async update(input: UpdateJurisdictionInput): Promise<Jurisdiction> {
    this.ctx.access.require(ADMIN_RULE.writers);
    const name = changedText('input.name', input.name, { what: 'tên đơn vị hành chính', max: TEXT_LIMIT.name });
    if (input.activeFrom === null) throw badInput('input.activeFrom', 'Cần nhập ngày bắt đầu hoạt động.');
    return changeRow(this.ctx, {
      operation: 'updateJurisdiction',
      entity: Jurisdiction,
      rule: ADMIN_RULE,
      id: input.id,
      field: 'input.id',
      apply: async (m, j) => {
      const code = input.code !== undefined ? this.code(input.code ?? '', j.level) : j.code;
      const draft: Period = {
        level: j.level,
        activeFrom: input.activeFrom ?? j.activeFrom,
        activeTo: input.activeTo !== undefined ? input.activeTo : j.activeTo,
      };
      this.checkPeriod(draft);
      const parentId = input.parentId !== undefined ? input.parentId : j.parentId;
      if (parentId === j.id) throw badInput('input.parentId', 'Đơn vị hành chính không thể trực thuộc chính nó.');
      await this.checkParent(m, draft, parentId);
      await this.checkChildren(m, j.id, draft);
      if (code !== j.code && (await m.getRepository(Jurisdiction).exists({ where: { code } }))) throw conflict(`Mã đơn vị hành chính ${code} đã được dùng.`, 'input.code');
      Object.assign(j, { code, ...draft, parentId }, name ? { name, searchName: foldDiacritics(name) } : {});
      },
    });
  }

  private code(raw: string, level: JurisdictionLevel): string {
    const code = raw.trim();
    if (!new RegExp(`^\\d{${CODE_DIGITS[level]}}$`).test(code)) {
      throw badInput('input.code', `Mã đơn vị hành chính cấp ${LEVEL_VI[level]} gồm ${CODE_DIGITS[level]} chữ số.`);
    }
    return code;
  }

  private checkPeriod(p: Period): void {
    calendarDate('input.activeFrom', p.activeFrom);
    if (p.activeTo !== null) inOrder('input.activeTo', p.activeFrom, calendarDate('input.activeTo', p.activeTo), 'Ngày kết thúc không được trước ngày bắt đầu hoạt động.');
    if (p.level === 'DISTRICT' && (p.activeTo === null || p.activeTo > LAST_DISTRICT_DAY || p.activeFrom > LAST_DISTRICT_DAY)) {
      throw badInput('input.activeTo', 'Chính quyền cấp huyện kết thúc hoạt động từ ngày 01/07/2025 (Luật số 72/2025/QH15).');
    }
  }

  /** A province has no parent; a district hangs off a province; a commune off a province or, before the reform, a district. */
  private async checkParent(m: EntityManager, child: Period, parentId: string | null): Promise<void> {
    if (child.level === 'PROVINCE') {
      if (parentId) throw badInput('input.parentId', 'Cấp tỉnh không trực thuộc đơn vị nào.');
      return;
    }
    if (!parentId) throw badInput('input.parentId', `Cấp ${LEVEL_VI[child.level]} phải trực thuộc một đơn vị hành chính.`);
    const parent = await m.getRepository(Jurisdiction).findOneBy({ id: parentId });
    if (!parent) throw notFound('Jurisdiction', parentId, 'input.parentId');
    const fits =
      parent.level === 'PROVINCE' ||
      (child.level === 'COMMUNE' && parent.level === 'DISTRICT' && child.activeTo !== null && child.activeTo < TWO_LEVEL_FROM);
    if (!fits) {
      throw badInput(
        'input.parentId',
        child.level === 'COMMUNE'
          ? 'Từ ngày 01/07/2025 cấp xã trực thuộc cấp tỉnh; chỉ cấp xã đã kết thúc trước ngày đó mới trực thuộc cấp huyện.'
          : 'Cấp huyện trực thuộc cấp tỉnh.',
      );
    }
    if (child.activeFrom < parent.activeFrom || (parent.activeTo !== null && (child.activeTo === null || child.activeTo > parent.activeTo))) {
      throw badInput('input.parentId', `Thời gian hoạt động phải nằm trong thời gian hoạt động của ${parent.name}.`);
    }
  }

  /** Closing (or shortening) a jurisdiction needs its children closed by then. */
  private async checkChildren(m: EntityManager, id: string, p: Period): Promise<void> {
    const qb = m.getRepository(Jurisdiction).createQueryBuilder('c').where('c.parent_id = :id', { id });
    const outliving = await qb
      .andWhere(p.activeTo === null ? 'c.active_from < :from' : '(c.active_from < :from OR c.active_to IS NULL OR c.active_to > :to)', {
        from: p.activeFrom,
        to: p.activeTo,
      })
      .orderBy('c.name')
      .getOne();
    if (outliving) {
      throw conflict(`${outliving.name} còn hoạt động ngoài thời gian hoạt động mới; cần điều chỉnh đơn vị trực thuộc trước.`, 'input.activeTo');
    }
  }
}
