/** What the builder turns into code: an element, its attributes, and where the kit lives. */
export interface EmbedChoice {
  tag: string;
  /** Attributes in order; empty string = boolean attribute present. */
  attributes: [string, string][];
  /** Folder URL that holds plc-kit.js, embed.html and plc-resizer.js (ends with `/`). */
  base: string;
  bundle: 'kit' | 'element';
  title: string;
  height: number;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function normaliseBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** `<script type="module" src="…/plc-kit.js"></script>` and the element with its attributes. */
export function scriptSnippet(choice: EmbedChoice): string {
  const file = choice.bundle === 'kit' ? 'plc-kit.js' : `${choice.tag}.js`;
  const attrs = choice.attributes.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  return `<script type="module" src="${escapeAttr(normaliseBase(choice.base) + file)}"></script>\n<${choice.tag}${attrs}></${choice.tag}>`;
}

/** The embed page's address with the element and every attribute as a parameter. */
export function embedUrl(choice: EmbedChoice): string {
  const params = new URLSearchParams({ element: choice.tag });
  for (const [k, v] of choice.attributes) params.append(k, v === '' ? 'true' : v);
  return `${normaliseBase(choice.base)}embed.html?${params.toString()}`;
}

/** The iframe, at a sensible fixed height, plus the resizer that makes it follow its content. */
export function iframeSnippet(choice: EmbedChoice): string {
  const src = escapeAttr(embedUrl(choice));
  return (
    `<iframe src="${src}" title="${escapeAttr(choice.title)}" width="100%" height="${Math.round(choice.height)}" style="border:0" loading="lazy" data-plc-kit></iframe>\n` +
    `<script type="module" src="${escapeAttr(normaliseBase(choice.base))}plc-resizer.js"></script>`
  );
}
