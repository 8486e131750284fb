import { paginate, type Connection, type GraphContext, type PageArgs } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { SealedDenouncer, type Denouncer } from './denouncer.entity';
import { DirectoryService } from '../directory/directory.service';
import { DenouncerRead } from './denouncer-read.entity';
import { cleanIdentity, openDenouncer, sealDenouncer } from './denouncer-vault';

/** Seals and stores a denunciation's denouncer, in the caller's transaction. */
export async function storeDenouncer(m: EntityManager, caseId: string, input: Parameters<typeof cleanIdentity>[0]): Promise<void> {
  await m.getRepository(SealedDenouncer).insert(sealDenouncer(caseId, cleanIdentity(input)));
}

/**
 * A denouncer's identity (Law on Denunciations Art. 9, 47, 56): read by the case's handling
 * inspector alone, each read logged in the same request; the log read by ADMIN and the head of
 * the handling department (who answers for the inspectorate) and nobody else.
 */
/** What the identity and its reads depend on: the case as the cases folder passes it in. */
export interface DenouncedCase {
  id: string;
  kind: string;
  jurisdictionId: string;
  handlingDepartmentId: string;
  handlingInspectorId: string | null;
}

export class DenouncersService {
  constructor(private readonly ctx: GraphContext) {}

  /** Null for everybody but the handling inspector: the table is not even read for them. */
  async identity(c: DenouncedCase): Promise<Denouncer | null> {
    const user = this.ctx.user;
    if (c.kind !== 'DENUNCIATION' || !user?.officialId || user.officialId !== c.handlingInspectorId) return null;
    const isInspector = user.grants.some(
      (g) => g.role === 'INSPECTOR' && g.jurisdictionId === c.jurisdictionId && (!g.departmentId || g.departmentId === c.handlingDepartmentId),
    );
    if (!isInspector) return null;
    const { userId, officialId } = user;
    return this.ctx.loaders
      .get<string, Denouncer>('Denouncer.byCase', async (ids) => {
        const rows = await this.ctx.db.getRepository(SealedDenouncer).createQueryBuilder('d').where('d.case_id = ANY(:ids)', { ids }).getMany();
        const opened = new Map<string, Denouncer | Error>();
        for (const row of rows) {
          try {
            opened.set(row.caseId, openDenouncer(row));
          } catch (error) {
            opened.set(row.caseId, error as Error);
          }
        }
        // Only identities actually returned are logged; one statement for the whole batch.
        const read = [...opened].filter(([, v]) => !(v instanceof Error)).map(([caseId]) => ({ caseId, userId, officialId, readAt: this.ctx.clock.now() }));
        if (read.length) await this.ctx.db.getRepository(DenouncerRead).insert(read);
        return ids.map((id) => opened.get(id) ?? null);
      })
      .load(c.id);
  }

  /** The reads of a case's denouncer, oldest first; null for anyone but ADMIN and the handling department's head. */
  async reads(c: DenouncedCase, page: PageArgs): Promise<Connection<DenouncerRead> | null> {
    if (c.kind !== 'DENUNCIATION' || !(await this.mayAudit(c))) return null;
    const qb = this.ctx.db.getRepository(DenouncerRead).createQueryBuilder('r').where('r.case_id = :id', { id: c.id });
    return paginate(qb, page, { column: 'r.read_at', direction: 'ASC', value: (r) => r.readAt });
  }

  private async mayAudit(c: DenouncedCase): Promise<boolean> {
    const user = this.ctx.user;
    if (!user) return false;
    if (user.grants.some((g) => g.role === 'ADMIN')) return true;
    if (!user.officialId) return false;
    const me = await new DirectoryService(this.ctx).official(user.officialId);
    return !!me?.active && me.position === 'DEPARTMENT_HEAD' && me.departmentId === c.handlingDepartmentId && me.jurisdictionId === c.jurisdictionId;
  }
}
