import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('candidate')
@Index(['sessionId', 'candidateNumber'], { unique: true })
export class Candidate {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') sessionId: number;
  @Column('text') name: string;
  @Column('text') candidateNumber: string;
  @Column('integer', { default: 0 }) extraMinutes: number;
  @Index({ unique: true }) @Column('integer') userId: number;
  @Index({ unique: true }) @Column('text') sandboxId: string;
  @Column('text') createdAt: string;
}
