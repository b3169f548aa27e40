import type { PluralForms } from '../format/plural';

/**
 * A message that depends on a count: one text per plural category of the language, chosen by the
 * parameter named in `by` (default `count`), e.g. `{ one: '{count} organisatie', other: '{count} organisaties' }`.
 */
export type PluralMessage = PluralForms & { readonly by?: string };
/** One text of a catalogue: plain, or with plural forms. */
export type Message = string | PluralMessage;
