/** The SCORM 1.2 run-time API an LMS puts on a window (`window.API`). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

function apiOn(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as unknown as { API?: Scorm12Api }).API;
    return api && typeof api.LMSInitialize === 'function' ? api : undefined;
  } catch {
    return undefined; // A window on another origin: not ours to read.
  }
}

/**
 * The ADL discovery algorithm: this window, then up the chain of parents (at most 500), then the
 * opener and its parents. Returns undefined when no LMS is there (the page opened on its own).
 */
export function findApi(start: Window = window): Scorm12Api | undefined {
  const search = (from: Window | null): Scorm12Api | undefined => {
    let win = from;
    for (let depth = 0; win && depth < 500; depth++) {
      const api = apiOn(win);
      if (api) return api;
      let parent: Window | null = null;
      try {
        parent = win.parent;
      } catch {
        parent = null;
      }
      if (!parent || parent === win) break;
      win = parent;
    }
    return undefined;
  };
  let opener: Window | null = null;
  try {
    opener = start.opener as Window | null;
  } catch {
    opener = null;
  }
  return search(start) ?? search(opener);
}
