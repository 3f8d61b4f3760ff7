// The draft page: form → (saved, rendered on the server) → preview; problems beside their cause; the other tabs.
import { api, el, debounce, place } from './common.js';
import { buildForm } from './form.js';
import { showPdf } from './preview.js';
import { initWording } from './wording.js';
import { initRecipients } from './recipients.js';
import { initSend } from './send.js';

const id = decodeURIComponent(location.pathname.split('/').pop());
let draft;
try {
  draft = await api('GET', `/api/drafts/${encodeURIComponent(id)}`);
} catch (e) {
  const problems = e.data?.problems?.map(p => `${place(p)}: ${p.message}${p.hint ? ' — ' + p.hint : ''}`) ?? [];
  document.querySelector('.layout').replaceChildren(el('div', { class: 'tab' },
    el('p', { class: 'error' }, e.status === 404 ? `下書き「${id}」は見つかりません。` : `下書き「${id}」を開けませんでした。`),
    ...problems.map(t => el('p', { class: 'error' }, t)),
    el('p', {}, el('a', { href: '/' }, '最初の画面へ'))));
  throw e;
}
document.title = `${draft.template} — Generator スタジオ`;
document.getElementById('draft-title').textContent = `${draft.template} ／ ${draft.id}`;
document.getElementById('draft-title').title = draft.notice;

const state = { recipient: draft.previewRecipient || '011002', recipients: draft.recipients || null, lastProblems: [] };
const previewNode = document.getElementById('preview');
const previewText = document.getElementById('preview-text');
const previewState = document.getElementById('preview-state');
const saveState = document.getElementById('save-state');
const problemsNode = document.getElementById('problems');

const form = buildForm(document.getElementById('fields'), draft.fields, draft.values, () => { saveState.textContent = '未保存'; schedule(); });
if (draft.fieldsProblem) problemsNode.append(el('li', { class: 'warning' }, draft.fieldsProblem.message));

let sequence = 0;
/** Saves the values and renders; the newest answer wins, and a failed render keeps the last good pages. */
async function refresh() {
  const mine = ++sequence;
  previewState.textContent = '更新中…';
  let result;
  try {
    result = await api('POST', `/api/drafts/${encodeURIComponent(id)}/preview`, { values: form.values(), recipient: state.recipient });
  } catch (e) {
    if (mine !== sequence) return;
    previewState.textContent = `更新できませんでした (${e.message})`;
    if (e.data?.problems) showProblems(e.data.problems); // e.g. notice.yaml edited by hand into invalid YAML: its line and column
    previewNode.classList.add('stale');
    return;
  }
  if (mine !== sequence) return;
  saveState.textContent = `保存しました ${new Date().toLocaleTimeString('ja-JP')}`;
  form.setWareki(result.wareki || {});
  form.showErrors(result.problems);
  showProblems(result.problems);
  state.lastProblems = result.problems;
  wording.showProblems(result.problems);
  send.setWarnings(result.problems);
  if (result.pdf) {
    const bytes = Uint8Array.from(atob(result.pdf), c => c.charCodeAt(0));
    await showPdf(previewNode, previewText, bytes);
    previewState.textContent = `${result.pages}ページ（${result.ms} ms）`;
    previewNode.classList.remove('stale');
  } else {
    previewState.textContent = '直すまで前のプレビューを表示しています';
    previewNode.classList.add('stale');
  }
  document.body.dataset.previewDone = String(mine);
}
const schedule = debounce(refresh, 350);

function showProblems(problems) {
  problemsNode.replaceChildren(...problems.map(p => {
    const where = place(p);
    const item = el('li', { class: p.severity },
      el('span', { class: 'badge' }, p.severity === 'error' ? 'エラー' : '注意'), ' ',
      where ? el('code', {}, where) : null, where ? ' ' : '', p.message,
      p.recipient ? ` ［${p.recipient}］` : '', p.hint ? el('span', { class: 'hint' }, ` — ${p.hint}`) : null);
    if (p.field) {
      const link = el('a', { href: '#', class: 'goto' }, '項目へ');
      link.addEventListener('click', e => { e.preventDefault(); showTab('form'); focusField(p.field); });
      item.append(' ', link);
    } else if (p.file && p.line > 0 && /\.sbn$/.test(p.file)) {
      const link = el('a', { href: '#', class: 'goto' }, '文言へ');
      link.addEventListener('click', e => { e.preventDefault(); showTab('wording'); wording.goto(p.file, p.line); });
      item.append(' ', link);
    }
    return item;
  }));
}

function focusField(key) {
  const node = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
  if (node) { node.scrollIntoView({ block: 'center' }); node.focus(); }
}

function showTab(name) {
  for (const b of document.querySelectorAll('.tabs [data-tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
  for (const t of document.querySelectorAll('.tab')) t.hidden = t.id !== `tab-${name}`;
  if (name === 'wording') wording.open();
}
for (const b of document.querySelectorAll('.tabs [data-tab]')) b.addEventListener('click', () => showTab(b.dataset.tab));

// preview recipient: search over the directory (name, kana, code)
const search = document.getElementById('recipient-search');
const options = document.getElementById('recipient-options');
const current = document.getElementById('recipient-current');
let found = [];
function setRecipient(spec, label) {
  state.recipient = spec;
  current.textContent = label;
  updateDownloads();
  refresh();
}
search.addEventListener('input', debounce(async () => {
  const q = search.value.trim();
  const exact = found.find(e => `${e.name}（${e.prefecture}・${e.code}）` === q);
  if (exact) { setRecipient(exact.code, `${exact.code} ${exact.name}`); search.value = ''; return; }
  found = await api('GET', `/api/directory?q=${encodeURIComponent(q)}`);
  options.replaceChildren(...found.map(e => el('option', { value: `${e.name}（${e.prefecture}・${e.code}）` }, e.kana)));
  const only = found.length === 1 ? found[0] : found.find(e => e.name === q || e.code === q);
  if (only && q.length > 0 && (only.name === q || only.code === q)) { setRecipient(only.code, `${only.code} ${only.name}`); }
}, 200));
current.textContent = draft.previewRecipientLabel || state.recipient;

function updateDownloads() {
  for (const format of ['pdf', 'docx'])
    document.getElementById(`download-${format}`).href =
      `/api/drafts/${encodeURIComponent(id)}/document?format=${format}&recipient=${encodeURIComponent(state.recipient)}`;
}
updateDownloads();

async function saveNow(keepalive = false) {
  await api('POST', `/api/drafts/${encodeURIComponent(id)}/save`, { values: form.values() }, { keepalive });
  saveState.textContent = `保存しました ${new Date().toLocaleTimeString('ja-JP')}`;
}
document.getElementById('save').addEventListener('click', () => saveNow());
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') saveNow(true).catch(() => {}); });
window.addEventListener('pagehide', () => saveNow(true).catch(() => {}));

const wording = initWording(id, refresh);
const send = initSend(id, () => state.recipients);
initRecipients({
  chosen: state.recipients,
  onChosen(spec, label) { state.recipients = spec; send.setRecipients(spec, label); },
  onPreview(spec, label) { setRecipient(spec, label); },
});
send.setRecipients(state.recipients, state.recipients);
refresh();
