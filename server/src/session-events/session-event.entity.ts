import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const SESSION_EVENT_TYPES = ['open', 'start', 'pause', 'resume', 'extend', 'end', 'reset', 'unlock', 'lock', 'archive'] as const;
export type SessionEventType = (typeof SESSION_EVENT_TYPES)[number];

/** What a proctor (or the clock) did to a session or one candidate, with the reason given. */
@Entity('session_event')
export class SessionEvent {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') sessionId: number;
  @Index() @Column('integer', { nullable: true }) candidateId: number | null;
  @Column('text') type: SessionEventType;
  @Column('text', { nullable: true }) reason: string | null;
  @Column('integer', { nullable: true }) minutes: number | null;
  @Column('integer', { nullable: true }) actorId: number | null;
  @Column('text', { nullable: true }) actorName: string | null;
  @Column('text') at: string;
}
