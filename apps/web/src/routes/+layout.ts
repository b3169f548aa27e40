// A single-page app: the API serves build/index.html for every route, and the browser renders.
export const ssr = false;
export const prerender = false;
