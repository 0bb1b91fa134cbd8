/**
 * Finds where JSON text first goes wrong, for error messages: JavaScript engines word (and place)
 * their JSON errors differently, and some give no position at all. Only called after `JSON.parse`
 * has failed. Iterative, so deeply nested input cannot overflow the stack.
 */
export interface JsonSyntaxError {
  /** Offset into the text where the problem starts. */
  offset: number;
  /** `end`: the text stopped before the JSON was complete; otherwise the unexpected character. */
  what: 'end' | 'character';
  line: number;
  column: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;

type Token = '{' | '}' | '[' | ']' | ':' | ',' | 'value' | 'string' | 'eof';

export function locateJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const fail = (offset: number, what: 'end' | 'character' = offset >= text.length ? 'end' : 'character'): JsonSyntaxError => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { offset, what, line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
  };
  /** Reads the next token; returns its kind and start, or an error. */
  const next = (): { token: Token; start: number } | JsonSyntaxError => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
    const start = i;
    if (i >= text.length) return { token: 'eof', start };
    const c = text[i] as string;
    if ('{}[]:,'.includes(c)) {
      i++;
      return { token: c as Token, start };
    }
    if (c === '"') {
      i++;
      while (i < text.length) {
        const ch = text.charCodeAt(i);
        if (ch === 0x22) {
          i++;
          return { token: 'string', start };
        }
        if (ch < 0x20) return fail(i);
        if (ch === 0x5c) {
          const esc = text[i + 1];
          if (esc === undefined) return fail(i + 1);
          if ('"\\/bfnrt'.includes(esc)) i += 2;
          else if (esc === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
          else return fail(i + 1);
        } else i++;
      }
      return fail(text.length);
    }
    for (const pattern of [NUMBER, LITERAL]) {
      pattern.lastIndex = i;
      const match = pattern.exec(text);
      if (match && match[0].length > 0) {
        i += match[0].length;
        return { token: 'value', start };
      }
    }
    return fail(i);
  };

  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';
  let state: State = 'value';
  for (let guard = 0; guard <= text.length + 1; guard++) {
    const read = next();
    if ('offset' in read) return read;
    const { token, start } = read;
    const unexpected = () => fail(start);
    switch (state) {
      case 'value':
      case 'value-or-close':
        if (token === 'value' || token === 'string') state = 'after';
        else if (token === '{') {
          stack.push('{');
          state = 'key-or-close';
        } else if (token === '[') {
          stack.push('[');
          state = 'value-or-close';
        } else if (token === ']' && state === 'value-or-close') {
          stack.pop();
          state = 'after';
        } else return unexpected();
        break;
      case 'key':
      case 'key-or-close':
        if (token === 'string') state = 'colon';
        else if (token === '}' && state === 'key-or-close') {
          stack.pop();
          state = 'after';
        } else return unexpected();
        break;
      case 'colon':
        if (token === ':') state = 'value';
        else return unexpected();
        break;
      case 'after': {
        const top = stack[stack.length - 1];
        if (!top) {
          if (token === 'eof') return undefined;
          return unexpected();
        }
        if (token === ',') state = top === '{' ? 'key' : 'value';
        else if ((token === '}' && top === '{') || (token === ']' && top === '[')) {
          stack.pop();
          state = 'after';
        } else return unexpected();
        break;
      }
    }
  }
  return undefined;
}
