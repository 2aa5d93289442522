import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SESSION_MODES = ['exam', 'training'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

@Entity('session')
export class Session {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') name: string;
  @Column('text') scenarioId: string;
  @Column('text') scenarioTitle: string;
  /** Template file key (`<scenario>@<hash>`) the session's sandboxes were created from. */
  @Column('text') templateKey: string;
  @Column('text') mode: SessionMode;
  /** Real start time, ISO UTC. */
  @Column('text') startsAt: string;
  @Column('integer') durationMinutes: number;
  @Column('boolean', { default: false }) isDemo: boolean;
  /** Lifecycle (issue 5): opened by the proctor (candidates log in and read), start signal, pause, early end. */
  @Column('text', { nullable: true }) openedAt: string | null;
  @Column('text', { nullable: true }) startedAt: string | null;
  /** Set while paused: the clock and everyone's remaining time stand still. */
  @Column('text', { nullable: true }) pausedAt: string | null;
  /** Total length of the pauses already over, in seconds: pushes every end back. */
  @Column('integer', { default: 0 }) pausedSeconds: number;
  @Column('text', { nullable: true }) endedAt: string | null;
  /** Juries see candidate numbers / anonymous codes only. */
  @Column('boolean', { default: false }) anonymous: boolean;
  /** Writes refused after a candidate's end (exam: always; training: when asked). */
  @Column('boolean', { default: true }) lockAtEnd: boolean;
  @Column('text', { nullable: true }) archivedAt: string | null;
  @Column('integer', { nullable: true }) createdById: number | null;
  @Column('text') createdAt: string;
}
