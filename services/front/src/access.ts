import type { Role } from '@phoihop/core';

/** Who may read the Front's records in their jurisdiction (ADMIN and SERVICE always may). */
export const FRONT_READERS: readonly Role[] = ['FRONT_STANDING', 'FRONT_STAFF', 'DELEGATE', 'COUNCIL_STANDING', 'COMMITTEE_LEADER'];
/** The Standing Board plans rounds, forwards petitions, runs supervisions and sends recommendations. */
export const FRONT_BOARD: readonly Role[] = ['FRONT_STANDING'];
/** Front staff record meetings and the petitions raised at them. */
export const FRONT_RECORDERS: readonly Role[] = ['FRONT_STANDING', 'FRONT_STAFF'];
/** Department staff see and answer what was forwarded to their department only. */
export const DEPARTMENT: readonly Role[] = ['DEPARTMENT_STAFF'];
/** Rounds and meetings are public civic events: department staff see them too, for context. */
export const VOTER_CONTACT_READERS: readonly Role[] = [...FRONT_READERS, ...DEPARTMENT];
