export const THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | null | undefined): Theme | undefined {
  return THEMES.find((t) => t === value);
}
