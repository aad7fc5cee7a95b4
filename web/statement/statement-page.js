// Dealsheet statement view: "What do I really earn?" — the user's distributor statement read on this device.
// Loaded by app.js only when the user opens the view; the reader itself (statement-worker.js and its wasm) starts
// only when a file is first picked or dropped. Shows totals and breakdowns as real tables (selectable, findable),
// offers "map your columns" for an unknown header, "Use my numbers" (the scenario through window.dealsheet's
// importJson, so Undo works) and "Split it" (the scenario's collaborators on the real earnings). Every text from
// a file or a scenario goes in with textContent, never as markup. Nothing is stored and nothing is sent.
//
// Index of this file
// [SECTION] The view's elements
// [SECTION] Reading files in the worker
// [SECTION] Map your columns
// [SECTION] The summary: totals, sentence, charts, tables
// [SECTION] Use my numbers, split it
'use strict';

(() => {
  // [SECTION] The view's elements
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const button = (text, id, className = 'st-button') => Object.assign(el('button', text, className), { type: 'button', id });
  const view = el('section', undefined, 'statement');
  view.id = 'statement';
  view.setAttribute('aria-label', 'Your statement');
  view.hidden = true;
  const back = button('\u2190 Calculator', 'st-back', 'st-link');
  const title = el('h1', 'What do I really earn?');
  const drop = el('div', undefined, 'st-drop');
  drop.id = 'st-drop';
  const picker = Object.assign(el('input'), { type: 'file', id: 'st-file', accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain', multiple: true });
  const pickLabel = el('label', 'Choose statement files', 'st-button st-primary');
  pickLabel.append(picker);
  drop.append(
    el('p', 'Drop your distributor statement here: DistroKid, TuneCore or CD Baby, or any CSV or TSV file.', 'st-drop-title'),
    pickLabel,
    el('p', 'Your file is read on this device. It is never uploaded, and nothing is kept unless you ask.', 'st-privacy'));
  drop.lastChild.id = 'st-privacy';
  const progressBox = el('div', undefined, 'st-progress');
  progressBox.id = 'st-progress';
  progressBox.setAttribute('role', 'status');
  progressBox.hidden = true;
  const progress = Object.assign(el('progress'), { max: 1, value: 0 });
  const progressText = el('span');
  progressBox.append(progress, progressText);
  const message = el('div', undefined, 'st-message');
  message.id = 'st-message';
  message.setAttribute('role', 'alert');
  message.hidden = true;
  const mapForm = el('form', undefined, 'st-map');
  mapForm.id = 'st-map';
  mapForm.hidden = true;
  const result = el('div', undefined, 'st-result');
  result.id = 'st-result';
  result.hidden = true;
  view.append(back, title, drop, progressBox, message, mapForm, result);
  document.body.append(view);

  // The view is a step in the history (?statement), so a phone's Back closes it. Its entry keeps the app's view
  // (dealsheetView), so app.js shows the same calculator view under it whichever way the user comes back.
  const marked = () => !!(history.state && history.state.dealsheetStatement);
  let pushed = false;  // the view made its own entry (else the page was opened at ?statement: Back would leave)
  function show(visible) {
    view.hidden = !visible;
    document.documentElement.classList.toggle('statement-open', visible);
    showCharts(visible);
    if (visible) back.focus({ preventScroll: true });
  }
  function open() {
    if (!marked()) {
      const state = { ...(history.state || {}), dealsheetStatement: true };
      const address = `${location.pathname}?statement${location.hash}`;
      if (new URLSearchParams(location.search).has('statement')) history.replaceState(state, '', address);
      else { history.pushState(state, '', address); pushed = true; }
    }
    show(true);
  }
  // Closes the view: Back when it made the entry, else its entry loses the mark (the page was opened at
  // ?statement: Back would leave the page).
  function close() {
    if (marked()) {
      if (pushed) { history.back(); return; }  // popstate hides the view
      const state = { ...history.state };
      delete state.dealsheetStatement;
      history.replaceState(state, '', `${location.pathname}${location.hash}`);
    }
    show(false);
  }
  window.addEventListener('popstate', () => show(marked()));
  back.addEventListener('click', () => close());

  function showMessage(lines, kind = 'error') {
    message.replaceChildren(...lines.map((line) => el('p', line)));
    message.className = `st-message st-${kind}`;
    message.hidden = lines.length === 0;
  }

  // [SECTION] Reading files in the worker
  let worker = null;
  let nextId = 1;
  const pending = new Map();  // id → { resolve, onProgress }
  function ask(request, onProgress) {
    if (!worker) {
      worker = new Worker('statement-worker.js');
      worker.onmessage = (event) => {
        const answer = event.data;
        const waiting = pending.get(answer.id);
        if (!waiting) return;
        if (answer.type === 'progress') { if (waiting.onProgress) waiting.onProgress(answer); return; }
        pending.delete(answer.id);
        waiting.resolve(answer);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        for (const [id, waiting] of pending) {
          pending.delete(id);
          waiting.resolve({ type: 'failed', file: '', problems: [{ field: '', message: `The statement reader could not start (${event.message || 'statement-worker.js'}). Reload the page to try again.` }] });
        }
      };
    }
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, { resolve, onProgress });
      worker.postMessage({ ...request, id });
    });
  }

  let files = [];       // the files of the statement on screen (File objects: they stay on this device)
  let maps = {};        // file index → the user's column map text
  let summary = null;   // the worker's last summary answer
  const count = (n) => Number(n).toLocaleString('en-US');
  // "300 of 14,000 KB", or in MB for files from 10 MB.
  const size = (done, total) => {
    const [unit, bytes] = total >= 10 * 1024 * 1024 ? ['MB', 1024 * 1024] : ['KB', 1024];
    return `${count(Math.round(done / bytes))} of ${count(Math.round(total / bytes))} ${unit}`;
  };
  async function read(chosen, chosenMaps = {}) {
    if (!chosen.length) return;
    const started = performance.now();
    showMessage([]);
    mapForm.hidden = true;
    progressBox.hidden = false;
    progress.value = 0;
    progressText.textContent = 'Reading\u2026';
    const answer = await ask({ type: 'read', files: chosen, maps: chosenMaps }, (p) => {
      progress.value = p.total ? p.done / p.total : 0;
      progressText.textContent = `${p.file ? `${p.file}: ` : ''}${size(p.done, p.total)}`;
    });
    progressBox.hidden = true;
    view.dataset.readMs = String(Math.round(performance.now() - started));
    if (answer.type === 'failed') {
      const lines = answer.problems.map((p) => (p.field && !p.message.startsWith(p.field) ? `${p.field}: ${p.message}` : p.message));
      const unknownHeader = answer.header && answer.header.length > 0;
      lines.push(unknownHeader ? 'Map your columns below to read it. Nothing else has changed.'
        : (summary ? 'The statement shown before is still on screen, and your scenario is unchanged.' : 'Your scenario is unchanged.'));
      showMessage(lines);
      if (unknownHeader) showMap(chosen, chosenMaps, answer.index, answer.header);
      view.dataset.state = 'failed';
      return;
    }
    files = chosen;
    maps = chosenMaps;
    drop.classList.add('st-compact');  // the summary comes first now; the drop area stays for another file
    summary = answer;
    showSummary(answer);
    view.dataset.state = 'read';
  }
  picker.addEventListener('change', () => { const chosen = [...picker.files]; picker.value = ''; read(chosen); });
  // Drops anywhere on the view; app.js's own drop (a scenario JSON) is kept out while the view is open.
  view.addEventListener('dragover', (event) => { event.preventDefault(); event.stopPropagation(); drop.classList.add('st-over'); });
  view.addEventListener('dragleave', () => drop.classList.remove('st-over'));
  view.addEventListener('drop', (event) => {
    event.preventDefault();
    event.stopPropagation();
    drop.classList.remove('st-over');
    if (event.dataTransfer && event.dataTransfer.files.length) read([...event.dataTransfer.files]);
  });

  // [SECTION] Map your columns
  // The roles a user maps, with the parse_column_map names; amount and a date are needed.
  const roles = [['date', 'Date (of the sale or listening)'], ['store', 'Store'], ['country', 'Country'],
    ['track', 'Track title'], ['isrc', 'ISRC'], ['quantity', 'Quantity (streams, sales)'], ['amount', 'Amount earned'],
    ['currency', 'Currency column']];
  function showMap(chosen, chosenMaps, index, header) {
    const fileName = chosen[index] ? chosen[index].name : '';
    mapForm.replaceChildren(el('h2', `Map your columns: ${fileName}`),
      el('p', 'Say which column holds what. Leave a role on \u201cnot in this file\u201d when the file has no such column.'));
    const selects = {};
    for (const [role, label] of roles) {
      const select = el('select');
      select.id = `st-map-${role}`;
      select.append(Object.assign(el('option', 'not in this file'), { value: '' }));
      for (const column of header) select.append(Object.assign(el('option', column), { value: column }));
      const guess = header.find((c) => c.toLowerCase().includes(role === 'track' ? 'title' : role === 'amount' ? 'revenue' : role === 'store' ? 'platform' : role));
      if (guess) select.value = guess;
      const row = el('label', undefined, 'st-map-row');
      row.append(el('span', label), select);
      mapForm.append(row);
      selects[role] = select;
    }
    const codeRow = el('label', undefined, 'st-map-row');
    const code = Object.assign(el('input'), { id: 'st-map-code', value: 'USD', maxLength: 3, autocapitalize: 'characters' });
    codeRow.append(el('span', 'Currency, when no column says it'), code);
    const submit = Object.assign(el('button', 'Read with these columns', 'st-button st-primary'), { type: 'submit', id: 'st-map-read' });
    mapForm.append(codeRow, submit);
    mapForm.onsubmit = (event) => {
      event.preventDefault();
      const pairs = roles.filter(([role]) => selects[role].value).map(([role]) => `${role}=${selects[role].value}`);
      if (!selects.currency.value) pairs.push(`currency=${code.value.trim().toUpperCase() || 'USD'}`);
      read(chosen, { ...chosenMaps, [index]: pairs.join(',') });
    };
    mapForm.hidden = false;
  }

  // [SECTION] The summary: totals, sentence, charts, tables
  const money = (m) => (m ? m.display : '');
  // The charts are drawn by the app on its canvas, which moves into this slot while the view is open
  // (window.dealsheet.hostCharts): stores, countries and months, from the summary as chart text (State's
  // parse_statement_charts: the currency, then kind, label, micros, shown value, note; a tab or line break in a
  // name is a space).
  const chartsSlot = el('div', undefined, 'st-charts');
  chartsSlot.id = 'st-charts';
  chartsSlot.setAttribute('aria-label', 'Charts of the tables below');
  function chartText(s) {
    const clean = (text) => String(text || '(none)').replace(/[\t\r\n]+/g, ' ');
    const rows = (kind, lines) => lines.map((l) => [kind, clean(l.name), l.earnings.micros, l.earnings.display,
      `${count(l.quantity)} units${l.per_1000 ? `, ${l.per_1000.display} per 1,000 streams` : ''}`].join('\t'));
    return [`currency\t${clean(s.currency)}`, ...rows('store', s.by_store), ...rows('country', s.by_country),
      ...rows('month', s.by_month)].join('\n');
  }
  function showCharts(visible) {
    if (!window.dealsheet.hostCharts) return;
    if (visible && summary) window.dealsheet.hostCharts(chartsSlot, chartText(summary.summary));
    else window.dealsheet.hostCharts(null);
  }
  function figure(list, key, label, value) {
    const card = el('div');
    card.dataset.key = key;
    card.append(el('dt', label), el('dd', value));
    list.append(card);
  }
  // A breakdown as a table: name, earnings, units, per 1,000 streams.
  function table(caption, lines, key, { isrc = false, limit = 50 } = {}) {
    const box = el('section', undefined, 'st-table-box');
    box.append(el('h2', caption));
    const scroller = el('div', undefined, 'st-scroll');
    const t = el('table', undefined, 'st-table');
    t.id = `st-${key}`;
    const head = el('tr');
    head.append(el('th', key === 'by_month' ? 'Sale month' : 'Name'), el('th', 'Earnings', 'num'), el('th', 'Units', 'num'),
      Object.assign(el('th', 'Per 1,000', 'num'), { title: 'Earnings per 1,000 streams (stream rows only)' }));
    t.append(el('thead'));
    t.firstChild.append(head);
    const body = el('tbody');
    for (const line of lines.slice(0, limit)) {
      const tr = el('tr');
      const name = el('td', line.name || '(none)', 'st-name');
      if (isrc && line.isrc) name.append(el('small', line.isrc));
      tr.append(name, el('td', money(line.earnings), 'num'), el('td', count(line.quantity), 'num'), el('td', line.per_1000 ? money(line.per_1000) : '\u2013', 'num'));
      body.append(tr);
    }
    t.append(body);
    scroller.append(t);
    box.append(scroller);
    if (lines.length > limit) box.append(el('p', `\u2026 and ${count(lines.length - limit)} more (the ${count(limit)} largest are shown).`, 'st-note'));
    return box;
  }
  function showSummary(answer) {
    const s = answer.summary;
    showCharts(false);  // the canvas leaves the slot before the view is rebuilt
    result.replaceChildren();
    const heading = el('p', `${s.format_label} \u2014 ${s.files.join(', ')} (${s.encoding}, ${s.currency})`, 'st-source');
    const totals = el('dl', undefined, 'st-totals');
    totals.id = 'st-totals';
    figure(totals, 'earnings', 'Earnings', money(s.totals.earnings));
    figure(totals, 'streams', 'Streams', count(answer.streams));
    if (s.totals.per_1000) figure(totals, 'per_1000', 'Per 1,000 streams', money(s.totals.per_1000));
    figure(totals, 'rows', 'Rows read', count(s.rows));
    figure(totals, 'skipped', 'Rows skipped', count(s.skipped.count));
    const exact = el('p', `Exactly ${s.totals.earnings_exact} ${s.currency}, summed at the file's own precision.`, 'st-note');
    exact.id = 'st-exact';
    result.append(heading, totals, exact);
    // Skipped rows, each with its file, line and column.
    const skippedLines = [];
    for (const file of answer.files)
      for (const row of file.skipped) skippedLines.push(`${file.file} line ${row.line}${row.column ? `, column ${row.column}` : ''}: ${row.reason}`);
    if (s.skipped.count > 0) {
      const box = el('details', undefined, 'st-skipped');
      box.id = 'st-skipped';
      box.open = true;
      box.append(el('summary', `${count(s.skipped.count)} rows were left out of every total`));
      const list = el('ul');
      list.append(...skippedLines.map((line) => el('li', line)));
      if (s.skipped.count > skippedLines.length) list.append(el('li', `\u2026 and ${count(s.skipped.count - skippedLines.length)} more`));
      box.append(list);
      result.append(box);
    }
    result.append(el('p', trendSentence(s), 'st-sentence'));
    result.lastChild.id = 'st-trend';
    const actions = el('div', undefined, 'st-actions');
    actions.append(button('Use my numbers', 'st-use', 'st-button st-primary'), button('Split it', 'st-split'));
    const useNote = el('div', undefined, 'st-note');
    useNote.id = 'st-use-note';
    const splitBox = el('section', undefined, 'st-split-box');
    splitBox.id = 'st-split-box';
    splitBox.hidden = true;
    result.append(actions, useNote, splitBox);
    actions.querySelector('#st-use').addEventListener('click', () => useNumbers(answer, useNote));
    actions.querySelector('#st-split').addEventListener('click', () => splitIt(splitBox));
    result.append(chartsSlot, table('By store', s.by_store, 'by_store'), table('By country', s.by_country, 'by_country'),
      table('By sale month', s.by_month, 'by_month', { limit: 600 }), table('By track', s.by_track, 'by_track', { isrc: true }));
    if (s.other_currencies.length)
      result.append(el('p', `Rows in other currencies were counted but never added: ${s.other_currencies.map((o) => `${o.name} (${count(o.rows)} rows)`).join(', ')}.`, 'st-note'));
    result.hidden = false;
    showCharts(!view.hidden);
  }
  function trendSentence(s) {
    const parts = [];
    const ratio = s.trend.monthly_ratio;
    if (ratio === null) parts.push('There are too few months after the best one to fit a monthly trend.');
    else if (Math.abs(1 - ratio) < 0.005) parts.push('From the best month on, earnings hold about steady (within half a percent a month).');
    else if (ratio < 1) {
      // A half-life beyond ten years says no more than "steady", so it is left out.
      const half = s.trend.half_life_months;
      parts.push(`From the best month on, earnings fall about ${(100 * (1 - ratio)).toFixed(1)}% a month${half && half <= 120 ? `: they halve every ${half.toFixed(1)} months` : ''}.`);
    } else parts.push(`From the best month on, earnings grow about ${(100 * (ratio - 1)).toFixed(1)}% a month.`);
    if (s.lag.mean_months !== null) parts.push(`Stores reported your listening on average ${s.lag.mean_months.toFixed(1)} months after it happened, so the latest months are still coming in.`);
    return parts.join(' ');
  }

  // [SECTION] Use my numbers, split it
  async function useNumbers(answer, note) {
    const inputs = answer.inputs;
    const reply = await ask({ type: 'use', fragment: window.dealsheet.fragment() });
    if (!reply.ok) {
      note.replaceChildren(el('p', `Your numbers could not be used: ${reply.problems.map((p) => p.message).join('; ')}. The scenario is unchanged.`));
      return;
    }
    if (!window.dealsheet.importJson(reply.scenario)) {
      note.replaceChildren(el('p', `Your numbers could not be used: ${window.dealsheet.notice()}`));
      return;
    }
    const used = inputs.platforms.map((p) => `${p.name}: ${count(p.streams)} streams at $${(p.payout_per_1000_micros / 1e6).toFixed(2)} per 1,000`);
    note.replaceChildren(el('p', `The scenario now uses your statement: ${used.join('; ')}${inputs.decay_ppm ? `, fading ${(inputs.decay_ppm / 1e4).toFixed(1)}% a month` : ''}. Undo in the calculator brings back what you had.`));
    if (inputs.left_out.length) note.append(el('p', `Not used (no such platform in the scenario): ${inputs.left_out.map((o) => `${o.store} (${count(o.streams)} streams)`).join(', ')}.`));
    // The streams panel, where the numbers now are, is a step of its own after the statement's: Back returns to
    // the statement, whose entry now carries the scenario with the numbers (the app updated its address).
    show(false);
    window.dealsheet.go('?panel=streams');
  }
  async function splitIt(box) {
    const reply = await ask({ type: 'split', fragment: window.dealsheet.fragment() });
    box.replaceChildren(el('h2', 'Split it'));
    box.hidden = false;
    if (!reply.ok) {
      box.append(el('p', `This statement could not be split: ${reply.problems.map((p) => p.message).join('; ')}.`));
      return;
    }
    if (!reply.people.length) box.append(el('p', 'The scenario has no collaborators: add them in the calculator\u2019s Splits panel, then split again.'));
    const fmt = (micros) => `${reply.currency === 'USD' ? '$' : `${reply.currency} `}${(micros / 1e6).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    const t = el('table', undefined, 'st-table');
    t.id = 'st-split-table';
    const head = el('tr');
    head.append(el('th', 'Person'), el('th', 'Share', 'num'), el('th', 'Recoup first', 'num'), el('th', 'Amount', 'num'));
    t.append(head);
    for (const p of reply.people) {
      const tr = el('tr');
      tr.append(el('td', p.name), el('td', `${p.share_ppm / 1e4}%`, 'num'), el('td', p.recoup_first, 'num'), el('td', fmt(p.amount_micros), 'num'));
      t.append(tr);
    }
    const you = el('tr');
    you.append(el('td', 'You (uploader)'), el('td', 'the rest', 'num'), el('td', '', 'num'), el('td', fmt(reply.uploader_micros), 'num'));
    t.append(you);
    box.append(el('p', `${fmt(reply.earnings_micros)} earned, shared as the scenario's split says (recoup-first amounts first). The distributor's commission is already out of a statement, so none is taken again.`, 'st-note'), t);
    if (reply.recoup_balance) box.append(el('p', `Still to recoup after this statement: ${reply.recoup_balance}.`, 'st-note'));
    const copies = el('div', undefined, 'st-actions');
    for (const [key, label] of [['chat', 'Copy for chat'], ['markdown', 'Copy Markdown'], ['csv', 'Copy CSV']]) {
      const b = button(label, `st-copy-${key}`);
      b.addEventListener('click', () => copy(reply[key], label.replace('Copy ', '')));
      copies.append(b);
    }
    box.append(copies);
  }
  function copy(text, what) {
    const done = () => { const toast = document.getElementById('toast'); if (toast) { toast.textContent = `${what} copied`; toast.hidden = false; setTimeout(() => { toast.hidden = true; }, 2500); } };
    const fallback = () => {
      const area = Object.assign(el('textarea'), { value: text });
      area.className = 'offscreen';
      document.body.append(area);
      area.select();
      let copied = false;
      try { copied = document.execCommand('copy'); } catch (_) { /* reported below */ }
      area.remove();
      if (copied) done();
      else showMessage([`${what} could not be copied: select the table above and copy it instead.`]);
    };
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  window.dealsheetStatement = { open, close: () => close(), read: (chosen) => read(chosen), summary: () => summary };
})();
