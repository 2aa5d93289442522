import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('candidate')
@Index(['sessionId', 'candidateNumber'], { unique: true })
export class Candidate {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') sessionId: number;
  @Column('text') name: string;
  @Column('text') candidateNumber: string;
  @Column('integer', { default: 0 }) extraMinutes: number;
  /** Code shown to juries in anonymous sessions. */
  @Column('text', { nullable: true }) anonymousCode: string | null;
  /** Minutes added by the proctor during the session (on top of extraMinutes). */
  @Column('integer', { default: 0 }) extendedMinutes: number;
  /** When the candidate's sandbox was locked and snapshotted (the state the jury grades). */
  @Column('text', { nullable: true }) lockedAt: string | null;
  @Column('text', { nullable: true }) lockedSnapshot: string | null;
  /** Writes allowed again until this time after a technical incident (journaled). */
  @Column('text', { nullable: true }) unlockedUntil: string | null;
  @Column('text', { nullable: true }) firstLoginAt: string | null;
  @Column('text', { nullable: true }) lastSeenAt: string | null;
  @Index({ unique: true }) @Column('integer') userId: number;
  @Index({ unique: true }) @Column('text') sandboxId: string;
  @Column('text') createdAt: string;
}
