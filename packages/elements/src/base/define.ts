/**
 * Registers a tag once. A second call, or a second copy of the kit on the page (another bundle or
 * version), finds the tag taken and leaves the first definition in place instead of throwing.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  try {
    registry.define(tag, constructor);
  } catch (error) {
    // Two copies racing to define, or the same class under two tags: the page already has a working element.
    if (!registry.get(tag)) console.warn(`[plc-kit] could not define <${tag}>:`, error);
  }
}
