import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An opaque bearer token, stored as its SHA-256 only. */
@Entity('auth_token')
export class AuthToken {
  @PrimaryColumn('text') tokenHash: string;
  @Index() @Column('integer') userId: number;
  @Column('text') createdAt: string;
  @Index() @Column('text') expiresAt: string;
}
