// Well-known XSS payloads (OWASP's XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet,
// DOMPurify's mutation-XSS cases): markup that would run script if a user's text were ever treated as
// HTML, a URL or a template. Every payload calls the trap (`top.__xssTrap(id)`) when it runs, so a test
// can prove none did; each carries its id, so a failure names the payload.

export interface Payload {
  id: number;
  what: string;
  text: string;
}

const TRAP = (id: number) => `top.__xssTrap(${id})`;

const templates: [string, (trap: string) => string][] = [
  ['script tag', (t) => `<script>${t}</script>`],
  ['img onerror', (t) => `<img src=x onerror="${t}">`],
  ['svg onload', (t) => `<svg onload=${t}>`],
  ['script inside svg', (t) => `<svg><script>${t}</script></svg>`],
  ['attribute breakout', (t) => `"><img src=x onerror=${t}>`],
  ['single-quote breakout', (t) => `'><svg/onload=${t}>`],
  ['comment breakout', (t) => `--><img src=x onerror=${t}><!--`],
  ['MathML mglyph mutation', (t) => `<math><mtext><table><mglyph><style><img src=x onerror=${t}>`],
  ['noscript title mutation', (t) => `<noscript><p title="</noscript><img src=x onerror=${t}>">`],
  ['iframe srcdoc', (t) => `<iframe srcdoc="<script>${t}</script>"></iframe>`],
  ['details ontoggle', (t) => `<details open ontoggle=${t}>`],
  ['autofocus onfocus', (t) => `<input autofocus onfocus=${t}>`],
  ['video source onerror', (t) => `<video><source onerror=${t}></video>`],
  ['body onload', (t) => `<body onload=${t}>`],
  ['object data javascript', (t) => `<object data="javascript:${t}"></object>`],
  ['anchor javascript href', (t) => `<a href="javascript:${t}">click me</a>`],
  ['svg anchor xlink javascript', (t) => `<svg><a xlink:href="javascript:${t}"><text x="0" y="20">x</text></a></svg>`],
  ['form formaction', (t) => `<form><button formaction="javascript:${t}">go</button></form>`],
  ['unclosed tag', (t) => `<img src=x onerror=${t}//`],
  ['nested script', (t) => `<<script>${t}//<</script>`],
  ['broken markup soup', (t) => `</textarea></title></style><img src=x onerror=${t}>`],
  ['template literal', (t) => '${' + t + '}'],
  ['template expression', (t) => `{{constructor.constructor('${t}')()}}`],
  ['javascript URL', (t) => `javascript:${t}`],
  ['mixed-case javascript URL', (t) => `JaVaScRiPt:${t}`],
  ['javascript URL with whitespace', (t) => ` \tjavascript:${t}`],
  ['javascript URL with entity tab', (t) => `java&#x09;script:${t}`],
  ['data URL document', (t) => `data:text/html,<script>${t}</script>`],
  ['vbscript URL', (t) => `vbscript:${t}`],
  ['null byte', (t) => `\u0000<script>${t}</script>`],
  ['right-to-left override', (t) => `\u202e<img src=x onerror=${t}>`],
  ['CSS expression', (t) => `<div style="background:url(javascript:${t})">x</div>`],
  ['style import', (t) => `<style>@import 'javascript:${t}';</style>`],
];

/** Every payload, ids 1…n. */
export const PAYLOADS: readonly Payload[] = templates.map(([what, make], index) => ({ id: index + 1, what, text: make(TRAP(index + 1)) }));

/** Links a user might type that must never become a live link: only http(s) and mailto are allowed. */
export const HOSTILE_URLS: readonly Payload[] = PAYLOADS.filter((p) => /^(\s*[a-z]+:|java&)/i.test(p.text) && !/^(https?|mailto):/i.test(p.text));

/** Links that are fine and must stay links. */
export const SAFE_URLS = ['https://example.org/evidence?a=1&b=<2>', 'http://example.org/notes', 'mailto:head@example.org'] as const;

/** Text that is a well-formed id (schema `Id`) yet looks like a scheme: it must never become one. */
export const ID_LIKE = 'javascript:void.0';

/** Whitespace-collapsed, for comparing what is shown with what was typed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
