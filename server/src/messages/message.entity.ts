import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MESSAGE_DIRECTIONS = ['in', 'out'] as const;
export const MESSAGE_CHANNELS = ['email', 'post', 'hand', 'platform'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export interface AttachmentRef {
  id: number;
  filename: string;
  contentType: string;
  size: number;
}

/**
 * The sandbox's mailbox. Everything "sent" lands here (direction out) and nothing ever leaves the
 * machine; the scenario's inbox messages are direction in.
 */
@Entity('message')
export class Message {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('text') direction: 'in' | 'out';
  @Column('text') channel: MessageChannel;
  @Column('text', { nullable: true }) fromAddress: string | null;
  @Column('text', { nullable: true }) toAddress: string | null;
  @Column('text', { nullable: true }) toName: string | null;
  @Index() @Column('integer', { nullable: true }) thirdPartyId: number | null;
  @Column('text') subject: string;
  @Column('text') body: string;
  @Index() @Column('text', { nullable: true }) relatedResource: string | null;
  @Column('integer', { nullable: true }) relatedId: number | null;
  @Column('text', { nullable: true }) relatedNumber: string | null;
  @Column('simple-json') attachments: AttachmentRef[];
  /** Scenario time. */
  @Index() @Column('text') sentAt: string;
  @Column('text', { nullable: true }) author: string | null;
  @Column('text') createdAt: string;
}

@Entity('message_attachment')
export class MessageAttachment {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column('integer') messageId: number;
  @Column('text') filename: string;
  @Column('text') contentType: string;
  @Column('blob') data: Buffer;
}
