// The notice form, built from the template's declared fields (fields.yaml): labels, types, required marks, help.
import { el } from './common.js';

const typeHint = {
  date: '2025-04-15 または 令和7年4月15日',
  list: '1行に1つ',
  integer: '数字',
};

/** Builds the form into `form`; calls onChange after each edit. Returns { values(), setWareki(map), showErrors(problems) }. */
export function buildForm(form, fields, values, onChange) {
  form.replaceChildren();
  let group = null;
  let container = form;
  for (const f of fields) {
    if ((f.group || '') !== group) {
      group = f.group || '';
      container = el('fieldset', { class: 'group' }, group ? el('legend', {}, group) : null);
      form.append(container);
    }
    const id = `field-${f.key.replaceAll('.', '-')}`;
    const input = inputFor(f, values[f.key], id);
    input.addEventListener('input', onChange);
    input.addEventListener('change', onChange);
    container.append(el('div', { class: 'field', 'data-field': f.key },
      el('label', { for: id }, f.label, f.required ? el('span', { class: 'required', title: '必須' }, '必須') : null,
        f.uncertain ? el('span', { class: 'uncertain', title: '未確認の値' }, '要確認') : null),
      f.type === 'date' ? el('div', { class: 'date-row' }, input, el('span', { class: 'wareki', 'data-wareki': f.key })) : input,
      el('div', { class: 'field-error', 'data-error': f.key, role: 'alert' }),
      f.help || typeHint[f.type] ? el('div', { class: 'help' }, [f.help, typeHint[f.type] ? `（${typeHint[f.type]}）` : ''].filter(Boolean).join(' ')) : null));
  }
  return {
    values() {
      const result = {};
      for (const f of fields) {
        const node = form.querySelector(`[data-key="${CSS.escape(f.key)}"]`);
        if (!node || node.disabled) continue;
        result[f.key] = f.type === 'list' ? node.value.split('\n')
          : f.type === 'table' ? [...node.tBodies[0].rows].map(tr => Object.fromEntries([...tr.querySelectorAll('input')].map(i => [i.dataset.column, i.value])))
          : node.value;
      }
      return result;
    },
    setWareki(map) {
      for (const span of form.querySelectorAll('[data-wareki]')) span.textContent = map[span.dataset.wareki] ? `＝ ${map[span.dataset.wareki]}` : '';
    },
    showErrors(problems) {
      for (const box of form.querySelectorAll('[data-error]')) { box.textContent = ''; box.closest('.field').classList.remove('has-error', 'has-warning'); }
      for (const p of problems) {
        if (!p.field) continue;
        const box = form.querySelector(`[data-error="${CSS.escape(p.field)}"]`);
        if (!box) continue;
        box.append(el('div', { class: p.severity }, p.message, p.hint ? ` — ${p.hint}` : ''));
        box.closest('.field').classList.add(p.severity === 'error' ? 'has-error' : 'has-warning');
      }
    },
  };
}

function inputFor(f, value, id) {
  const common = { id, 'data-key': f.key, name: f.key, placeholder: f.example && typeof f.example === 'string' ? f.example : '' };
  switch (f.type) {
    case 'multiline':
      return textarea(common, value ?? '', 4);
    case 'list':
      return textarea(common, Array.isArray(value) ? value.join('\n') : (value ?? ''), Math.max(2, (value?.length ?? 1) + 1));
    case 'choice': {
      const select = el('select', common, el('option', { value: '' }, '（選択）'), ...f.choices.map(c => el('option', { value: c }, c)));
      select.value = value ?? '';
      return select;
    }
    case 'text': case 'date': case 'integer': {
      const input = el('input', { ...common, type: 'text', inputmode: f.type === 'integer' ? 'numeric' : null });
      input.value = value ?? '';
      return input;
    }
    case 'table':
      return table(f, common, Array.isArray(value) ? value : []);
    default: { // a kind of field this page does not edit: shown, kept as it is in notice.yaml
      const node = textarea({ ...common, disabled: true }, JSON.stringify(value, null, 1) ?? '', 3);
      return node;
    }
  }
}

/** A table field: one input per column and row, rows added and removed with buttons (changes fire 'input'). */
function table(f, attributes, rows) {
  const node = el('table', { ...attributes, class: 'grid field-table' },
    el('thead', {}, el('tr', {}, ...f.columns.map(c => el('th', {}, c.label)), el('th', {}))), el('tbody'));
  const changed = () => node.dispatchEvent(new Event('input', { bubbles: true }));
  const addRow = (row = {}) => {
    const remove = el('button', { type: 'button', class: 'small', title: '行を削除' }, '×');
    const tr = el('tr', {}, ...f.columns.map(c => {
      const input = el('input', { type: 'text', 'data-column': c.key, 'aria-label': c.label });
      input.value = row[c.key] ?? '';
      return el('td', {}, input);
    }), el('td', {}, remove));
    remove.addEventListener('click', () => { tr.remove(); changed(); });
    node.tBodies[0].append(tr);
  };
  rows.forEach(r => addRow(r));
  const add = el('button', { type: 'button', class: 'small' }, '行を追加');
  add.addEventListener('click', () => { addRow(); changed(); });
  node.append(el('tfoot', {}, el('tr', {}, el('td', { colspan: f.columns.length + 1 }, add))));
  return node;
}

function textarea(attributes, text, rows) {
  const node = el('textarea', { ...attributes, rows });
  node.value = text;
  return node;
}
