// Start page: the templates (with their one-line descriptions) and the drafts saved in the workspace.
import { api, el } from './common.js';

const info = await api('GET', '/api/info');
document.getElementById('workspace').textContent = info.workspace;
const list = document.getElementById('templates');
for (const t of info.templates) {
  const button = el('button', { class: 'primary', 'data-template': t.name }, 'この様式で起案');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const draft = await api('POST', '/api/drafts', { template: t.name });
    location.href = `/draft/${encodeURIComponent(draft.id)}`;
  });
  list.append(el('li', { class: 'card' }, el('h3', {}, t.name), el('p', {}, t.description || ''), button));
}
const body = document.querySelector('#drafts tbody');
for (const d of info.drafts) {
  body.append(el('tr', {},
    el('td', {}, el('a', { href: `/draft/${encodeURIComponent(d.id)}` }, d.id)),
    el('td', {}, d.template), el('td', {}, d.title), el('td', {}, d.saved)));
}
document.getElementById('no-drafts').hidden = info.drafts.length > 0;
document.getElementById('drafts').hidden = info.drafts.length === 0;
