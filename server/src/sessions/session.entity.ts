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
  @Column('text', { nullable: true }) archivedAt: string | null;
  @Column('integer', { nullable: true }) createdById: number | null;
  @Column('text') createdAt: string;
}
