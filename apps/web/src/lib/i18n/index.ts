export { LOCALES, DEFAULT_LOCALE, isLocale, translate, type Catalogue, type Locale, type MessageKey, type MessageParams, type Message, type PluralMessage } from './catalogue';
export { I18n, getI18n, setI18n, LOCALE_STORAGE_KEY, type LocaleStorage } from './i18n.svelte';
