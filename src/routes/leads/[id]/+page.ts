// Ids exist only on the device: rendered in the browser from the app shell.
export const prerender = false;
