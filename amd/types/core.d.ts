// Typings for the Moodle core AMD modules the SENS frontend uses (Moodle 4.5, lib/amd/src/*.js).
// Only what we call is declared; the modules themselves are loaded by Moodle's RequireJS at run time.

declare module 'core/str' {
  /** Fetches one lang string (cached by Moodle). `param` fills {$a}. */
  export function getString(key: string, component?: string, param?: unknown, lang?: string): Promise<string>;
  export function getStrings(requests: { key: string; component?: string; param?: unknown }[]): Promise<string[]>;
}

declare module 'core/ajax' {
  interface AjaxRequest { methodname: string; args: Record<string, unknown> }
  /** Calls external functions; one promise per request. */
  export function call<T = unknown>(requests: AjaxRequest[], async?: boolean, loginrequired?: boolean): Promise<T>[];
}

declare module 'core/templates' {
  const Templates: {
    render(name: string, context: unknown, themename?: string): Promise<string>;
    renderForPromise(name: string, context: unknown): Promise<{ html: string; js: string }>;
    replaceNodeContents(element: Element | string, html: string, js: string): Node[];
    appendNodeContents(element: Element | string, html: string, js: string): Node[];
  };
  export default Templates;
}

declare module 'core/notification' {
  const Notification: {
    exception(error: unknown): Promise<void>;
    alert(title: string, message: string, cancel?: string): Promise<unknown>;
    addNotification(n: { message: string; type?: 'success' | 'info' | 'warning' | 'error' }): Promise<void>;
  };
  export default Notification;
}

declare module 'core/pending' {
  /** Marks work in progress so Moodle's test runners (Behat, our Playwright) wait for it. */
  export default class Pending {
    constructor(key?: string);
    resolve(): void;
  }
}
