import { badInput, conflict, notFound, recordDeadlineChange, uuid, type GraphContext } from '@phoihop/core';
import { FRONT_BOARD, FRONT_RECORDERS } from '../access';
import type { MarkVoterPetitionDuplicateInput, UpdateVoterPetitionInput } from '../generated/graphql';
import { requiredText } from '../input';
import { transitionPetition } from './petition-lifecycle.service';
import { VoterPetition } from './voter-petition.entity';
import { petitionDeadlineChange } from './petition-deadline';

/** Corrections to voter petitions: wording before forwarding, and merging duplicates. */
export class PetitionCorrections {
  constructor(private readonly ctx: GraphContext) {}

  private async petition(id: string, field: string): Promise<VoterPetition> {
    uuid(field, id);
    const p = await this.ctx.db.getRepository(VoterPetition).findOneBy({ id });
    if (!p) throw notFound('VoterPetition', id, field);
    return p;
  }

  /** Content, field and competent level, while the petition has not been forwarded. */
  async update(input: UpdateVoterPetitionInput): Promise<VoterPetition> {
    this.ctx.access.require(FRONT_RECORDERS);
    const p = await this.petition(input.petitionId, 'input.petitionId');
    this.ctx.access.require(FRONT_RECORDERS, { jurisdictionId: p.jurisdictionId });
    const change: Partial<VoterPetition> = {};
    if (input.content != null) change.content = requiredText('input.content', input.content);
    if (input.field != null) change.field = input.field;
    if (input.competentLevel != null) change.competentLevel = input.competentLevel;
    if (p.status !== 'RECEIVED') throw conflict('Kiến nghị đã được chuyển đi; không sửa nội dung được nữa.', 'input.petitionId');
    return this.ctx.db.transaction((m) => transitionPetition(m, this.ctx.clock.now(), p.id, ['RECEIVED'], change));
  }

  /**
   * Marks a petition as a duplicate of another raised earlier (or at the same meeting): it
   * becomes MERGED, links to the other as `repeatOf`, and its open deadline, if any, is cleared
   * in the same transaction. The other petition goes on being followed up.
   */
  async markDuplicate(input: MarkVoterPetitionDuplicateInput): Promise<VoterPetition> {
    this.ctx.access.require(FRONT_BOARD);
    const p = await this.petition(input.petitionId, 'input.petitionId');
    this.ctx.access.require(FRONT_BOARD, { jurisdictionId: p.jurisdictionId });
    const of = await this.petition(input.ofPetitionId, 'input.ofPetitionId');
    if (of.jurisdictionId !== p.jurisdictionId) throw notFound('VoterPetition', of.id, 'input.ofPetitionId');
    if (of.id === p.id) throw badInput('input.ofPetitionId', 'Một kiến nghị không thể trùng với chính nó.');
    if (of.status === 'MERGED') throw badInput('input.ofPetitionId', 'Kiến nghị này đã được gộp; hãy chọn kiến nghị gốc.');
    if (of.raisedOn > p.raisedOn) throw badInput('input.ofPetitionId', 'Hãy gộp kiến nghị nêu sau vào kiến nghị nêu trước.');
    if (await this.repeats(of.id, p.id)) throw badInput('input.ofPetitionId', 'Kiến nghị được chọn lại là kiến nghị lặp lại của kiến nghị này.');
    if (p.status !== 'RECEIVED' && p.status !== 'FORWARDED') {
      throw conflict(p.status === 'MERGED' ? 'Kiến nghị đã được gộp.' : 'Kiến nghị đã được trả lời; không gộp được nữa.', 'input.petitionId');
    }

    return this.ctx.db.transaction(async (m) => {
      const merged = await transitionPetition(m, this.ctx.clock.now(), p.id, [p.status], { status: 'MERGED', repeatOfId: of.id });
      if (p.status === 'FORWARDED') {
        await recordDeadlineChange(m, petitionDeadlineChange(merged, 'CLEARED'));
      }
      return merged;
    });
  }

  /** Whether `petitionId` is, through repeatOf links, a repeat of `ancestorId` (a merge would close a loop). */
  private async repeats(petitionId: string, ancestorId: string): Promise<boolean> {
    const [row]: Array<{ found: boolean }> = await this.ctx.db.query(
      `WITH RECURSIVE chain(id, repeat_of_id, depth) AS (
         SELECT id, repeat_of_id, 0 FROM "front"."voter_petition" WHERE id = $1
         UNION ALL
         SELECT p.id, p.repeat_of_id, c.depth + 1 FROM "front"."voter_petition" p JOIN chain c ON p.id = c.repeat_of_id WHERE c.depth < 100
       ) SELECT EXISTS (SELECT 1 FROM chain WHERE repeat_of_id = $2) AS found`,
      [petitionId, ancestorId],
    );
    return row.found;
  }
}
