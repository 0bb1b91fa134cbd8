import { noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type CssPropValues = Readonly<Record<string, string | number | undefined | null>>;

/**
 * `style=${cssProps({ inlineSize: '40%', '--_x': 3 })}`: sets inline styles through the CSSOM
 * (`style.setProperty`), every time including the first. Use it instead of Lit's `styleMap`, whose
 * first render writes a `style` attribute string, which a strict Content-Security-Policy
 * (`style-src` without `'unsafe-inline'`) refuses (lit/lit#4719): the style is lost and a violation
 * is reported to the host page. Keys are CSS names (`inline-size`, `--my-token`) or camelCase
 * (`inlineSize`); `undefined`, `null` and `''` remove the property.
 */
class CssPropsDirective extends Directive {
  #applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('cssProps() must be the whole value of a style attribute: style=${cssProps({...})}');
    }
  }

  render(_values: CssPropValues): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [values]: [CssPropValues]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === null || value === '') continue;
      const name = key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      style.setProperty(name, String(value));
      next.add(name);
    }
    for (const name of this.#applied) if (!next.has(name)) style.removeProperty(name);
    this.#applied = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
