import type { Lang, LocalText } from '../schema/common.js';

export const LANGS = ['en', 'cy'] as const satisfies readonly Lang[];
export type Messages = Record<string, string>;

/**
 * A catalog is English plus a Welsh set with exactly the same keys: a key missing in `cy` is a type
 * error, so neither language can fall behind the other. `{name}` placeholders are filled by `t()`.
 */
export interface Catalog<E extends Messages> {
  en: E;
  cy: { [K in keyof E]: string };
}

export function defineCatalog<const E extends Messages>(en: E, cy: { [K in keyof E]: string }): Catalog<E> {
  return { en, cy };
}

export type Translate<E extends Messages> = (key: keyof E & string, params?: Record<string, string | number>) => string;

/** Picks a catalog's language and fills placeholders; numbers in params are formatted for that language. */
export function translator<E extends Messages>(catalog: Catalog<E>, lang: Lang): Translate<E> {
  const table = (catalog[lang] ?? catalog.en) as Record<string, string>;
  return (key, params) => {
    const template = table[key] ?? (catalog.en as Record<string, string>)[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(lang, value) : value;
    });
  };
}

/** A framework's or user's two-language text in the wanted language, falling back to English. */
export function localText(text: LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'cy' && text.cy) || text.en;
}

/** Accepts `cy`, `cy-GB`, `CY`, `en-GB`…; anything else is English, the kit's fallback. */
export function normaliseLang(value: string | null | undefined): Lang {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'cy' ? 'cy' : 'en';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 }): string {
  const key = lang + JSON.stringify(options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A parameter may differ by language (a word), or be the same in both (a number, an id). */
export type Param = string | number | LocalText;

/** Builds a two-language message from a catalog key. */
export function localMessage<E extends Messages>(catalog: Catalog<E>, key: keyof E & string, params?: Record<string, Param>): LocalText {
  const pick = (lang: Lang) =>
    params &&
    Object.fromEntries(
      Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? ((lang === 'cy' && value.cy) || value.en) : value]),
    );
  return { en: translator(catalog, 'en')(key, pick('en')), cy: translator(catalog, 'cy')(key, pick('cy')) };
}
