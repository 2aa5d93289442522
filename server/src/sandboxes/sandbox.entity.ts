import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Control-plane record of one sandbox file (data/sandboxes/<id>.sqlite). */
@Entity('sandbox')
export class Sandbox {
  @PrimaryColumn('text') id: string;
  @Index() @Column('integer', { nullable: true }) sessionId: number | null;
  @Column('text') scenarioId: string;
  @Column('text') templateKey: string;
  /** The scenario's start date-time (the sandbox clock's origin). */
  @Column('text') scenarioStartAt: string;
  @Column('integer', { default: 0 }) resetCount: number;
  @Column('text', { nullable: true }) lastResetAt: string | null;
  @Column('text') createdAt: string;
}
