/**
 * What an Apollo plugin hook returns when it has nothing to wait for: one shared resolved promise
 * instead of a new `Promise.resolve()` per call. Apollo awaits it like any other; the
 * known-documents path (src/http/known-documents.ts) knows it needs no waiting, so a request that
 * runs half a dozen hooks makes no promise for them (each costs an allocation, a microtask and,
 * once any AsyncLocalStorage has run, Node's promise hooks).
 */
export const HOOK_DONE: Promise<void> = Promise.resolve();
