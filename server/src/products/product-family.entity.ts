import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('product_family')
export class ProductFamily {
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column('text') code: string;
  @Column('text') name: string;
}
