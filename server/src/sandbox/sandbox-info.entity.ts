import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What scenario this sandbox file was built from, and its scenario clock origin. One row, id 1. */
@Entity('sandbox_info')
export class SandboxInfo {
  @PrimaryColumn('integer') id: number;
  @Column('text') scenarioId: string;
  @Column('text') scenarioTitle: string;
  @Column('text') scenarioHash: string;
  /** Scenario date-time at which the fictive company's clock starts (ISO, local time, no zone). */
  @Column('text') scenarioStartAt: string;
  @Column('text') builtAt: string;
  /** The candidate's instructions (consignes), Markdown from the scenario. */
  @Column('text', { nullable: true }) instructions: string | null;
}
