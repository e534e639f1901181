/** What the web server (server.mjs) passes to every loader and action besides the request. */
declare module '@remix-run/node' {
  interface AppLoadContext {
    /**
     * The address of the person's browser, as the web server's `trust proxy` setting finds it.
     * Absent under the Vite development server.
     */
    readonly clientAddress?: string;
  }
}

export {};
