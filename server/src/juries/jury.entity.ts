import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A jury member assigned to a session: they read only that session's candidates. */
@Entity('session_jury')
@Index(['sessionId', 'userId'], { unique: true })
export class SessionJury {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') sessionId: number;
  @Index() @Column('integer') userId: number;
  @Column('text') assignedAt: string;
}

/** A jury's mark and comment for one candidate on one criterion (ids of exam-criteria.md). */
@Entity('jury_mark')
@Index(['candidateId', 'criterionId', 'juryId'], { unique: true })
export class JuryMark {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') sessionId: number;
  @Index() @Column('integer') candidateId: number;
  @Column('text') criterionId: string;
  @Column('integer') juryId: number;
  /** Points given (decimal allowed, stored ×100) out of maxPoints. */
  @Column('integer', { nullable: true }) pointsHundredths: number | null;
  @Column('integer', { nullable: true }) maxPointsHundredths: number | null;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('text') updatedAt: string;
}
