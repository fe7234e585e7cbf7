// Typings for SENS modules imported across plugins. They stay external (separate AMD modules loaded by
// RequireJS), so they are declared here rather than imported by path; keep in step with amd/local_sens/announce.ts.
declare module 'local_sens/announce' {
  export function region(doc?: Document): HTMLElement;
  export function announce(message: string, doc?: Document): void;
  export function init(): void;
}
