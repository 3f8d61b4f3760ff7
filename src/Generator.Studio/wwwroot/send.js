// Send: the same batch as `generator batch` (validation first, nothing written on a problem, atomic output), with a
// live progress bar, a summary and the ZIP of the run.
import { api, el, place } from './common.js';

const phases = { validate: '確認中', write: '作成中', artifacts: '仕上げ中', done: '完了' };

export function initSend(draftId, recipients) {
  const run = document.getElementById('send-run');
  const label = document.getElementById('send-recipients');
  const warnings = document.getElementById('send-warnings');
  const warningsText = document.getElementById('send-warnings-text');
  const confirm = document.getElementById('send-confirm');
  let chosen = null;
  let warned = false;
  // placeholders and unconfirmed facts must be acknowledged before a send
  const updateButton = () => { run.disabled = !chosen || (warned && !confirm.checked); };
  confirm.addEventListener('change', updateButton);
  const wrap = document.getElementById('send-progress-wrap');
  const bar = document.getElementById('send-progress');
  const phase = document.getElementById('send-phase');
  const result = document.getElementById('send-result');

  run.addEventListener('click', async () => {
    run.disabled = true;
    result.replaceChildren();
    wrap.hidden = false;
    bar.max = 1; bar.value = 0;
    const started = await api('POST', `/api/drafts/${encodeURIComponent(draftId)}/send`, { recipients: recipients() });
    for (;;) {
      await new Promise(r => setTimeout(r, 250));
      const job = await api('GET', `/api/jobs/${started.job}`);
      const p = job.progress;
      const total = Math.max(1, p.total);
      // three phases over one bar: validation 0–45%, writing 45–95%, whole-run files 95–100%
      const share = { validate: [0, 0.45], write: [0.45, 0.5], artifacts: [0.95, 0.05], done: [1, 0] }[p.phase] || [0, 0];
      bar.max = 1000;
      bar.value = Math.round(1000 * (share[0] + share[1] * p.done / total));
      phase.textContent = `${phases[p.phase] || p.phase} ${p.done}/${p.total}`;
      if (job.state === 'done') {
        bar.value = bar.max;
        bar.dataset.complete = 'true';
        const s = job.summary;
        result.replaceChildren(
          el('p', { class: 'ok' }, `${s.recipients}団体、${s.documents}文書、${s.pages}ページを作成しました（${s.seconds}秒）。`),
          el('p', {}, '出力フォルダー: ', el('code', {}, s.outputDirectory)),
          el('p', {}, el('a', { class: 'button primary', id: 'send-zip', href: `/api/jobs/${started.job}/zip` }, 'ZIP をダウンロード')));
        break;
      }
      if (job.state === 'failed') {
        phase.textContent = '問題があるため何も書き込んでいません';
        result.replaceChildren(el('ul', { class: 'problems' }, ...job.problems.map(p => el('li', { class: 'error' },
          place(p) ? el('code', {}, place(p)) : null, ' ', p.message, p.recipient ? ` ［${p.recipient}］` : '', p.hint ? ` — ${p.hint}` : ''))));
        break;
      }
    }
    updateButton();
  });

  return {
    setRecipients(spec, text) {
      chosen = spec;
      label.textContent = spec ? text : '（宛先タブで選んでください）';
      updateButton();
    },
    setWarnings(problems) {
      const w = problems.filter(p => p.severity === 'warning');
      warned = w.length > 0;
      warnings.hidden = !warned;
      warningsText.textContent = `確認が必要な項目が${w.length}件あります（プレビューの上の一覧）。`;
      updateButton();
    },
  };
}
