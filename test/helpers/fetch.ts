/** Replaces `window.fetch` for one test, recording what was asked for; `restore()` puts the real one back. */
export function stubFetch(answer: typeof fetch = () => Promise.reject(new Error('no network in this test'))): { calls: unknown[]; restore: () => void } {
  const original = window.fetch;
  const calls: unknown[] = [];
  window.fetch = (input, init) => {
    calls.push(input);
    return answer(input, init);
  };
  return { calls, restore: () => void (window.fetch = original) };
}
