import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const STAFF_ROLES = ['manager', 'sales_rep', 'assistant', 'storekeeper', 'accountant'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

@Entity('staff')
export class Staff {
  @PrimaryGeneratedColumn() id: number;
  @Column('text') firstName: string;
  @Column('text') lastName: string;
  @Column('text') jobTitle: string;
  @Column('text') role: StaffRole;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
}
