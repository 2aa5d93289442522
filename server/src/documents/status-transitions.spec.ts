import { canTransition } from './status-transitions.js';

describe('canTransition', () => {
  it('lets a quote go draft → validated → sent → accepted or refused', () => {
    expect(canTransition('quote', 'draft', 'validated')).toBe(true);
    expect(canTransition('quote', 'validated', 'sent')).toBe(true);
    expect(canTransition('quote', 'sent', 'accepted')).toBe(true);
    expect(canTransition('quote', 'sent', 'refused')).toBe(true);
  });

  it('never leaves a final state nor skips validation', () => {
    expect(canTransition('quote', 'draft', 'accepted')).toBe(false);
    expect(canTransition('quote', 'accepted', 'refused')).toBe(false);
    expect(canTransition('invoice', 'validated', 'draft')).toBe(false);
    expect(canTransition('credit-note', 'validated', 'validated')).toBe(false);
    expect(canTransition('order', 'delivered', 'cancelled')).toBe(false);
  });

  it('lets an order be delivered in parts, or cancelled before any delivery', () => {
    expect(canTransition('order', 'validated', 'partially_delivered')).toBe(true);
    expect(canTransition('order', 'partially_delivered', 'delivered')).toBe(true);
    expect(canTransition('order', 'validated', 'cancelled')).toBe(true);
    expect(canTransition('order', 'partially_delivered', 'cancelled')).toBe(false);
  });

  it('refuses unknown states', () => {
    expect(canTransition('invoice', 'paid', 'validated')).toBe(false);
  });
});
