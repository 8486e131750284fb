import { badInput, changedText, conflict, notFound, publishDeadline, type GraphContext } from '@phoihop/core';
import type { EntityManager } from 'typeorm';
import { FRONT_BOARD, PETITION } from '../access';
import type { MarkVoterPetitionDuplicateInput, UpdateVoterPetitionInput } from '../generated/graphql';
import { petitionDeadline } from './petition-deadline';
import { CONTENT, changePetition } from './petition-lifecycle.service';
import { PetitionsService } from './petitions.service';
import type { VoterPetition } from './voter-petition.entity';

/** Corrections to voter petitions: wording before forwarding, and merging duplicates. */
export class PetitionCorrectionsService {
  constructor(private readonly ctx: GraphContext) {}

  /** Content, field and competent level, while the petition has not been forwarded. */
  update(input: UpdateVoterPetitionInput): Promise<VoterPetition> {
    const content = changedText('input.content', input.content ?? undefined, CONTENT);
    return changePetition(this.ctx, {
      operation: 'updateVoterPetition',
      id: input.petitionId,
      apply: (_m, p) => {
        if (p.status !== 'RECEIVED') throw conflict('Kiến nghị đã được chuyển đi; không sửa nội dung được nữa.', 'input.petitionId');
        Object.assign(p, { content: content ?? p.content, field: input.field ?? p.field, competentLevel: input.competentLevel ?? p.competentLevel });
      },
    });
  }

  /**
   * Marks a petition as a duplicate of another raised earlier (or at the same meeting): it
   * becomes MERGED, links to the other as `repeatOf`, and its open deadline, if any, is cleared
   * in the same transaction. The other petition goes on being followed up.
   */
  markDuplicate(input: MarkVoterPetitionDuplicateInput): Promise<VoterPetition> {
    let wasOpen = false;
    return changePetition(this.ctx, {
      operation: 'markVoterPetitionDuplicate',
      id: input.petitionId,
      authorize: (p) => this.ctx.access.require(FRONT_BOARD, PETITION.scope(p)),
      apply: async (m, p) => {
        const of = await new PetitionsService(this.ctx).found(input.ofPetitionId, 'input.ofPetitionId', m);
        if (of.jurisdictionId !== p.jurisdictionId) throw notFound('VoterPetition', of.id, 'input.ofPetitionId');
        if (of.id === p.id) throw badInput('input.ofPetitionId', 'Một kiến nghị không thể trùng với chính nó.');
        if (of.status === 'MERGED') throw badInput('input.ofPetitionId', 'Kiến nghị này đã được gộp; hãy chọn kiến nghị gốc.');
        if (of.raisedOn > p.raisedOn) throw badInput('input.ofPetitionId', 'Hãy gộp kiến nghị nêu sau vào kiến nghị nêu trước.');
        if (await repeats(m, of.id, p.id)) throw badInput('input.ofPetitionId', 'Kiến nghị được chọn lại là kiến nghị lặp lại của kiến nghị này.');
        if (p.status !== 'RECEIVED' && p.status !== 'FORWARDED') {
          throw conflict(p.status === 'MERGED' ? 'Kiến nghị đã được gộp.' : 'Kiến nghị đã được trả lời; không gộp được nữa.', 'input.petitionId');
        }
        wasOpen = p.status === 'FORWARDED';
        Object.assign(p, { status: 'MERGED', repeatOfId: of.id });
      },
      publish: async (m, merged) => {
        if (wasOpen) await publishDeadline(m, petitionDeadline, merged);
      },
    });
  }
}

/** Whether `petitionId` is, through repeatOf links, a repeat of `ancestorId` (a merge would close a loop). */
async function repeats(m: EntityManager, petitionId: string, ancestorId: string): Promise<boolean> {
  const [row]: Array<{ found: boolean }> = await m.query(
    `WITH RECURSIVE chain(id, repeat_of_id, depth) AS (
       SELECT id, repeat_of_id, 0 FROM "front"."voter_petition" WHERE id = $1
       UNION ALL
       SELECT p.id, p.repeat_of_id, c.depth + 1 FROM "front"."voter_petition" p JOIN chain c ON p.id = c.repeat_of_id WHERE c.depth < 100
     ) SELECT EXISTS (SELECT 1 FROM chain WHERE repeat_of_id = $2) AS found`,
    [petitionId, ancestorId],
  );
  return row.found;
}
