// The wording editor: the template and its partials in a textarea with line numbers; errors underline their line.
import { api, el } from './common.js';

export function initWording(draftId, refresh) {
  const select = document.getElementById('wording-file');
  const text = document.getElementById('wording-text');
  const gutter = document.getElementById('wording-gutter');
  const backdrop = document.getElementById('wording-backdrop');
  const errorBar = document.getElementById('wording-error');
  const stateNode = document.getElementById('wording-state');
  let files = null;
  let problems = [];

  async function open() {
    if (files) return;
    const data = await api('GET', `/api/wording?draft=${encodeURIComponent(draftId)}`);
    files = new Map(data.files.map(f => [f.path, f]));
    select.replaceChildren(...data.files.map(f => el('option', { value: f.path }, f.path + (f.isVariant ? '（変更あり）' : ''))));
    load(data.files[0].path);
  }

  function load(path) {
    select.value = path;
    text.value = files.get(path).text;
    stateNode.textContent = files.get(path).isVariant ? 'あなた用の文言' : '標準の文言';
    draw();
  }

  /** Line numbers and the underlined lines of the file shown. */
  function draw() {
    const lines = text.value.split('\n');
    const bad = new Map(problems.filter(p => p.file === select.value && p.line > 0).map(p => [p.line, p]));
    gutter.replaceChildren(...lines.map((_, i) => el('div', { class: bad.has(i + 1) ? 'bad' : null, title: bad.get(i + 1)?.message }, String(i + 1))));
    backdrop.replaceChildren(...lines.map((l, i) => el('div', { class: bad.has(i + 1) ? 'bad' : null }, l.length ? l : ' ')));
    const mine = problems.filter(p => p.file === select.value && p.line > 0);
    errorBar.hidden = mine.length === 0;
    errorBar.replaceChildren(...mine.map(p => el('div', {}, `${p.line}行目: ${p.message}${p.hint ? ' — ' + p.hint : ''}`)));
    syncScroll();
  }

  function syncScroll() {
    gutter.scrollTop = text.scrollTop;
    backdrop.scrollTop = text.scrollTop;
    backdrop.scrollLeft = text.scrollLeft;
  }

  select.addEventListener('change', () => load(select.value));
  text.addEventListener('input', () => { files.get(select.value).text = text.value; draw(); stateNode.textContent = '未保存'; });
  text.addEventListener('scroll', syncScroll);
  text.addEventListener('keydown', e => { // Tab indents instead of leaving the editor
    if (e.key !== 'Tab' || e.shiftKey || e.ctrlKey || e.altKey) return;
    e.preventDefault();
    text.setRangeText('  ', text.selectionStart, text.selectionEnd, 'end');
    text.dispatchEvent(new Event('input'));
  });
  document.getElementById('wording-save').addEventListener('click', async () => {
    await api('PUT', '/api/wording', { path: select.value, text: text.value });
    files.get(select.value).isVariant = true;
    select.selectedOptions[0].textContent = `${select.value}（変更あり）`;
    stateNode.textContent = '保存しました（あなた用の文言）';
    await refresh();
  });
  document.getElementById('wording-reset').addEventListener('click', async () => {
    const data = await api('DELETE', `/api/wording?path=${encodeURIComponent(select.value)}`);
    files.get(select.value).text = data.text;
    files.get(select.value).isVariant = false;
    select.selectedOptions[0].textContent = select.value;
    load(select.value);
    await refresh();
  });

  return {
    open,
    showProblems(list) { problems = list.filter(p => p.file && /\.sbn$/.test(p.file)); if (files) draw(); },
    async goto(file, line) {
      await open();
      if (files.has(file)) load(file);
      const lines = text.value.split('\n');
      const start = lines.slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0);
      text.focus();
      text.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
      text.scrollTop = Math.max(0, (line - 5) * parseFloat(getComputedStyle(text).lineHeight));
      syncScroll();
    },
  };
}
