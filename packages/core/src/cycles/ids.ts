/** `prefix` and one more than the highest number already taken with it. Deterministic, so pure functions stay pure. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  let highest = 0;
  for (const id of taken) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > highest) highest = n;
  }
  return `${prefix}${highest + 1}`;
}

/** A readable id from a name (`Ysgol y Môr` → `ysgol-y-mor`), unique among `taken`. */
export function slugId(text: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const stem =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  if (!used.has(stem)) return stem;
  let n = 2;
  while (used.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}
