import { en } from './en.js';
import { fr, type Labels } from './fr.js';

export type { Labels };

const LABELS: Record<'fr' | 'en', Labels> = { fr, en };

export function labelsFor(language: 'fr' | 'en'): Labels {
  return LABELS[language] ?? fr;
}
