import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const INTERACTION_KINDS = ['call', 'email', 'meeting', 'visit', 'note'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];
/** What came out of a contact; a promise to pay carries a date (and an amount). */
export const INTERACTION_OUTCOMES = ['promise_to_pay', 'no_answer', 'callback', 'dispute', 'refusal', 'done'] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

/** A CRM entry: a call, e-mail, meeting, visit or note with a tier (a phone reminder is a call). */
@Entity('interaction')
export class Interaction {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') thirdPartyId: number;
  @Column('integer', { nullable: true }) contactId: number | null;
  @Column('text') kind: InteractionKind;
  /** Scenario date and time of the contact. */
  @Index() @Column('text') at: string;
  @Column('text') subject: string;
  @Column('text', { nullable: true }) outcome: InteractionOutcome | null;
  @Column('text', { nullable: true }) promisedDate: string | null;
  @Column('integer', { nullable: true }) promisedAmountCents: number | null;
  @Column('text', { nullable: true }) notes: string | null;
  @Index() @Column('text', { nullable: true }) relatedResource: string | null;
  @Column('integer', { nullable: true }) relatedId: number | null;
  @Column('text', { nullable: true }) author: string | null;
  @Column('text') createdAt: string;
}
