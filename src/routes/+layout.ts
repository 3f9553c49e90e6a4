// A client-only app: every page is a prerendered shell, rendered in the browser
// from IndexedDB. Nothing is rendered or stored on a server.
export const ssr = false;
export const prerender = true;
