import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Body } from '@phoihop/core';

export type JointMeetingKind = 'PRE_SESSION' | 'REVIEW_CONFERENCE' | 'OTHER';

export interface Attendee {
  body: Body;
  name: string;
  title: string | null;
}

/** Hội nghị liên tịch / hội nghị tổng kết between the three bodies. */
@Entity({ name: 'joint_meeting' })
export class JointMeeting {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ name: 'jurisdiction_id', type: 'uuid' })
  jurisdictionId!: string;

  @Column({ type: 'text' })
  kind!: JointMeetingKind;

  @Column({ name: 'session_id', type: 'uuid', nullable: true })
  sessionId!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'held_on', type: 'date' })
  heldOn!: string;

  @Column({ type: 'text', nullable: true })
  location!: string | null;

  @Column({ type: 'jsonb' })
  attendees!: Attendee[];

  @Column({ type: 'text', array: true })
  conclusions!: string[];
}
