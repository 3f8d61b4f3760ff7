// Recipients: from the directory (all, prefectures, designated cities, one prefecture's municipalities, kinds) or a
// CSV/XLSX upload; the list as a table and every problem with its row and column, as `generator batch` reports them.
import { api, el } from './common.js';

const kindNames = { prefecture: '都道府県', designated_city: '指定都市', city: '市', special_ward: '特別区', town: '町', village: '村', agency: '地方独立行政法人等' };

export async function initRecipients({ chosen, onChosen, onPreview }) {
  const prefecture = document.getElementById('rcp-prefecture');
  const summary = document.getElementById('rcp-summary');
  const table = document.getElementById('rcp-table');
  const problemsTable = document.getElementById('rcp-problems');
  const file = document.getElementById('rcp-file');
  const prefectures = await api('GET', '/api/prefectures');
  prefecture.replaceChildren(...prefectures.map(p => el('option', { value: p }, p)));

  function spec() {
    const how = document.querySelector('input[name="rcp"]:checked').value;
    if (how === 'prefecture') return `builtin:prefecture=${prefecture.value}`;
    if (how === 'kind') return `builtin:kind=${[...document.querySelectorAll('.kinds input:checked')].map(c => c.value).join(',')}`;
    return how;
  }

  async function load() {
    const how = document.querySelector('input[name="rcp"]:checked').value;
    summary.textContent = '読み込み中…';
    let data;
    try {
      if (how === 'file') {
        if (!file.files.length) { summary.textContent = 'ファイルを選んでください。'; return; }
        const body = new FormData();
        body.append('file', file.files[0]);
        data = await api('POST', '/api/recipients/upload', body);
      } else {
        data = await api('POST', '/api/recipients/load', { spec: spec() });
      }
    } catch (e) {
      data = e.data && e.data.problems ? { count: 0, rows: [], problems: e.data.problems, spec: null } : null;
      if (!data) { summary.textContent = `読み込めませんでした (${e.message})`; return; }
    }
    show(data);
  }

  function show(data) {
    const label = data.name ? `${data.name}（${data.count}件）` : `${data.spec}（${data.count}件）`;
    summary.textContent = data.problems.length
      ? `${data.count}件読み込み、問題 ${data.problems.length}件 — 直すまで送付できません`
      : `${data.count}件`;
    summary.className = data.problems.length ? 'error' : '';
    problemsTable.hidden = data.problems.length === 0;
    problemsTable.tBodies[0].replaceChildren(...data.problems.map(p => el('tr', { class: 'error' },
      el('td', {}, p.file || ''), el('td', { class: 'num' }, p.line || ''), el('td', { class: 'num' }, p.column || ''),
      el('td', {}, p.message), el('td', {}, p.hint || ''))));
    table.hidden = data.rows.length === 0;
    table.tBodies[0].replaceChildren(...data.rows.map(r => {
      const button = el('button', { type: 'button', class: 'small' }, 'プレビュー');
      const previewSpec = data.spec.startsWith('upload:') ? `${data.spec}#${r.index}` : r.code;
      button.addEventListener('click', () => onPreview(previewSpec, `${r.code} ${r.name}`));
      return el('tr', {}, el('td', { class: 'num' }, r.index + 1), el('td', {}, r.code), el('td', {}, r.name), el('td', {}, r.headTitle),
        el('td', {}, r.prefecture), el('td', {}, kindNames[r.kind] || r.kind), el('td', {}, button));
    }));
    onChosen(data.problems.length === 0 && data.count > 0 ? data.spec : null, label);
  }

  document.getElementById('rcp-load').addEventListener('click', load);
  file.addEventListener('change', () => { document.querySelector('input[name="rcp"][value="file"]').checked = true; load(); });
  if (chosen) {
    const m = /^builtin:prefecture=(.+)$/.exec(chosen);
    if (m) prefecture.value = m[1];
    else {
      const radio = document.querySelector(`input[name="rcp"][value="${CSS.escape(chosen)}"]`);
      if (radio) radio.checked = true;
    }
  }
}
