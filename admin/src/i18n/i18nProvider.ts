import polyglotI18nProvider from 'ra-i18n-polyglot';
import { mergeTranslations, type I18nProvider, type TranslationMessages } from 'react-admin';
import englishMessages from 'ra-language-english';
import frenchMessages from 'ra-language-french';
import { fr } from './fr';
import { en } from './en';

export const DEFAULT_LOCALE = 'fr';

// French falls back to English for any key missing from ra-language-french or from ours.
const messages: Record<string, TranslationMessages> = {
  fr: mergeTranslations(englishMessages, frenchMessages, fr) as TranslationMessages,
  en: mergeTranslations(englishMessages, en) as TranslationMessages,
};

const polyglot = polyglotI18nProvider(
  (locale) => messages[locale] ?? messages[DEFAULT_LOCALE],
  DEFAULT_LOCALE,
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);

const syncDocumentLang = (locale: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
};

export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    syncDocumentLang(locale);
  },
};

/** BCP 47 tag for Intl formatters. */
export const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'fr-FR');

/**
 * Message of a server error: the server's French text, or ours when the UI is in English
 * (or when the server sent none).
 */
export const translateError = (code: string | undefined, serverMessage: string | undefined, status: number): string => {
  const locale = i18nProvider.getLocale();
  const catalogue = locale === 'en' ? en : fr;
  const errors = catalogue.app.errors as Record<string, string>;
  if (locale === 'en' && code && errors[code]) return errors[code];
  if (serverMessage) return serverMessage;
  if (code && errors[code]) return errors[code];
  return errors[`http_${status}`] ?? errors.http_500;
};
