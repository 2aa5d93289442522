import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only activity journal of a sandbox. Each entry's hash covers its content and the
 * previous entry's hash, so that editing or deleting any entry breaks the chain.
 */
@Entity('journal_entry')
export class JournalEntry {
  @PrimaryGeneratedColumn() id: number;
  /** Real time (ISO, UTC). */
  @Index() @Column('text') at: string;
  /** Scenario time (ISO). */
  @Column('text') scenarioAt: string;
  @Column('integer', { nullable: true }) userId: number | null;
  @Column('text') username: string;
  @Column('text') role: string;
  @Index() @Column('text') resource: string;
  @Column('text', { nullable: true }) recordId: string | null;
  @Column('text') action: string;
  @Column('text', { nullable: true }) label: string | null;
  /** JSON: { before?: {...}, after?: {...} } limited to the changed fields. */
  @Column('text') changes: string;
  @Column('text') prevHash: string;
  @Column('text') hash: string;
}
