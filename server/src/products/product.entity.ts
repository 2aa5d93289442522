import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProductFamily } from './product-family.entity.js';
import { quantityTransformer } from '../common/quantity.js';

export const PRODUCT_TYPES = ['good', 'service'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];
export const VAT_RATES_BP = [2000, 1000, 550, 210, 0] as const;

@Entity('product')
export class Product {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column('text') reference: string;
  @Index() @Column('text') label: string;
  @Column('text', { nullable: true }) description: string | null;

  @Index() @Column('integer') familyId: number;
  @ManyToOne(() => ProductFamily)
  @JoinColumn({ name: 'familyId' })
  family?: ProductFamily;

  @Column('text') type: ProductType;
  @Column('text') unit: string;
  @Column('integer') salePriceCents: number;
  @Column('integer') vatRateBp: number;
  @Column('integer') purchasePriceCents: number;

  @Index() @Column('integer', { nullable: true }) supplierId: number | null;
  @Column('text', { nullable: true }) supplierReference: string | null;
  @Column('integer', { nullable: true }) supplierLeadTimeDays: number | null;
  @Column('integer', { transformer: quantityTransformer, default: 0 }) reorderPoint: number;
  @Column('integer', { transformer: quantityTransformer, default: 0 }) reorderQuantity: number;
  @Column('integer', { nullable: true }) weightGrams: number | null;
  @Column('text', { nullable: true }) ecoInfo: string | null;
  @Column('boolean', { default: true }) active: boolean;
  @Column('text') createdAt: string;
  @Column('text') updatedAt: string;
}
