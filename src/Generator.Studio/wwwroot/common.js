// Small helpers shared by the pages: JSON requests (same origin; the token cookie goes with them) and element building.

/** Sends a JSON request; returns the parsed answer, or throws an Error carrying status and body. */
export async function api(method, url, body, options = {}) {
  const init = { method, headers: {}, credentials: 'same-origin', ...options };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
  const response = await fetch(url, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(data?.error || `HTTP ${response.status}`);
    error.status = response.status;
    error.data = data;
    throw error;
  }
  return data;
}

/** Creates an element with attributes and children (strings become text, never markup). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

/** Calls fn once no call came for ms milliseconds. */
export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

/** `file(line,col)` as the CLI writes places. */
export function place(p) {
  if (!p.file) return '';
  return p.line > 0 ? (p.column > 0 ? `${p.file}(${p.line},${p.column})` : `${p.file}(${p.line})`) : p.file;
}
