import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ThirdParty } from '../third-parties/third-party.entity.js';

export const CIVILITIES = ['M.', 'Mme'] as const;
export const PREFERRED_CHANNELS = ['email', 'phone', 'mail', 'sms'] as const;
export type PreferredChannel = (typeof PREFERRED_CHANNELS)[number];
export const MARKETING_CONSENTS = ['unknown', 'granted', 'refused', 'withdrawn'] as const;
export type MarketingConsent = (typeof MARKETING_CONSENTS)[number];

@Entity('contact')
export class Contact {
  @PrimaryGeneratedColumn() id: number;

  @Index() @Column('integer') thirdPartyId: number;
  @ManyToOne(() => ThirdParty, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thirdPartyId' })
  thirdParty?: ThirdParty;

  @Column('text', { nullable: true }) civility: (typeof CIVILITIES)[number] | null;
  @Column('text') firstName: string;
  @Index() @Column('text') lastName: string;
  @Column('text', { nullable: true }) jobTitle: string | null;
  @Index() @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) mobile: string | null;
  @Column('text') preferredChannel: PreferredChannel;
  @Column('text', { nullable: true }) accessibilityNeeds: string | null;
  @Column('text') marketingConsent: MarketingConsent;
  @Column('text', { nullable: true }) consentDate: string | null;
  @Column('text', { nullable: true }) consentSource: string | null;
  @Column('boolean', { default: false }) isPrimary: boolean;
  @Column('text', { nullable: true }) notes: string | null;
  @Column('text') createdAt: string;
  @Column('text') updatedAt: string;
}
