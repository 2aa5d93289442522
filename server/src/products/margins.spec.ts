import { margins } from './margins.js';

describe('margins (taux de marge, taux de marque)', () => {
  it('computes the margin on cost and on sale price', () => {
    // PV 12,50 € HT, PA 7,00 € HT: marge 5,50 €; taux de marge 78,57 %; taux de marque 44 %.
    expect(margins(1250, 700)).toEqual({ marginCents: 550, marginRateBp: 7857, markRateBp: 4400 });
  });

  it('rounds half-up to the basis point', () => {
    expect(margins(300, 200)).toEqual({ marginCents: 100, marginRateBp: 5000, markRateBp: 3333 });
    expect(margins(1500, 900)).toEqual({ marginCents: 600, marginRateBp: 6667, markRateBp: 4000 });
  });

  it('has no rate when the base is zero, and a negative margin below cost', () => {
    expect(margins(0, 0)).toEqual({ marginCents: 0, marginRateBp: null, markRateBp: null });
    expect(margins(800, 1000)).toEqual({ marginCents: -200, marginRateBp: -2000, markRateBp: -2500 });
  });
});
