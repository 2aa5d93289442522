import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['admin', 'proctor', 'jury', 'candidate'] as const;
export type Role = (typeof ROLES)[number];

@Entity('user')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column('text') username: string;
  @Column('text') role: Role;
  @Column('text') displayName: string;
  /** scrypt$N$r$p$salt$hash (base64). */
  @Column('text') passwordHash: string;
  @Column('boolean', { default: true }) active: boolean;
  @Column('text') createdAt: string;
}
