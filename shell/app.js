// Dealsheet page glue: loads the WebAssembly app with progress, sizes the canvas to its container at the
// device pixel ratio, and adapts the browser to it (touch, wheel, soft keyboard, clipboard, files, theme),
// keeps the URL fragment, the device's last scenario and the text mirror in step, runs embed mode, and
// exposes `window.dealsheet`.
//
// Index of this file
// [SECTION] Page options (embed=1, panel=, q=, theme=, readonly=1)
// [SECTION] Canvas size (backing store = CSS size × devicePixelRatio)
// [SECTION] Input adapters: touch, wheel, text agent, clipboard, focus
// [SECTION] Files: export, import (picker and drag-and-drop)
// [SECTION] Link, last scenario, text mirror, theme, embed height
// [SECTION] The answer as page text, views in the history, copy confirmations
// [SECTION] Loading with progress
// [SECTION] Start-up and window.dealsheet
'use strict';

(() => {
  const container = document.getElementById('app');
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const resultText = document.getElementById('result-text');
  const noticeText = document.getElementById('notice');
  const agent = document.getElementById('text-agent');
  const filePicker = document.getElementById('file-picker');
  const answerBox = document.getElementById('answer');
  const toast = document.getElementById('toast');
  let app = null;  // the Emscripten module once it runs

  // [SECTION] Page options (embed=1, panel=, q=, theme=, readonly=1)
  const params = new URLSearchParams(window.location.search);
  const embed = params.get('embed') === '1';
  const options = {
    embed,
    theme: ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto',
    readOnly: params.get('readonly') === '1',
  };
  if (embed) document.documentElement.classList.add('embed');
  const lastKey = 'dealsheet:last-scenario';  // localStorage: the fragment of the user's last scenario
  // The app's own address, without embed options: what "Copy link" and "Open in Dealsheet" point to.
  const appUrl = (() => {
    const url = new URL(window.location.href);
    url.hash = '';
    url.search = '';
    return url.href.replace(/#$/, '');
  })();

  // [SECTION] Canvas size (backing store = CSS size × devicePixelRatio)
  // Emscripten 3.1.6 GLFW has no HiDPI support: the canvas holds device pixels and ImGui draws in them.
  // Module.setCanvasSize (not glfwSetWindowSize, which may go fullscreen) tells GLFW of the new size; it
  // clears inline CSS sizes, so they are pinned again after it.
  function sizeCanvas() {
    const rect = container.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(rect.width * ratio));
    const height = Math.max(1, Math.round(rect.height * ratio));
    if (canvas.width !== width || canvas.height !== height) {
      if (app) app.setCanvasSize(width, height);
      else { canvas.width = width; canvas.height = height; }
      if (app) app.wake();
    }
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
  }

  function watchPixelRatio() {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', () => { sizeCanvas(); watchPixelRatio(); }, { once: true });
  }

  // [SECTION] Input adapters: touch, wheel, text agent, clipboard, focus
  // Touch: 3.1.6 GLFW presses at the previous pointer position and never moves on drags, so the primary touch
  // is replayed as mouse events, deciding first what the finger means:
  //   a tap (lifted before moving 8 px)  → hover, press, release: the press and its frame run inside touchend,
  //                                         so a tapped field can focus the text agent within the gesture (iOS
  //                                         opens the keyboard only then);
  //   a swipe (moved 8 px first)          → scrolls the app (app.scrollBy), presses nothing;
  //   a hold (still after 350 ms)         → a press that then drags (sliders, values).
  let touchId = null;
  let lastWasTouch = false;
  let touch = null;  // { mode: 'pending' | 'scroll' | 'press', x, y, lastY, timer }
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  // Hover leaves the canvas (a tooltip shown by the last tap closes instead of sticking over the answer).
  const away = { clientX: -10000, clientY: -10000, screenX: -10000, screenY: -10000 };
  function mouse(type, at) {
    canvas.dispatchEvent(new MouseEvent(type, {
      bubbles: true, cancelable: true, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1,
      clientX: at.clientX, clientY: at.clientY, screenX: at.screenX, screenY: at.screenY,
    }));
  }
  const point = (t) => ({ clientX: t.clientX, clientY: t.clientY, screenX: t.screenX, screenY: t.screenY });
  // An embed whose content fits its frame needs no scrolling of its own: a swipe over it scrolls the host page
  // (the browser's own pan, allowed by touch-action: pan-y), and only taps and holds reach the app.
  let contentFits = false;
  let chartsHosted = false;  // the statement view holds the canvas for its charts (hostCharts, below)
  const pagePans = () => (embed || chartsHosted) && contentFits;
  function onTouch(event) {
    const panning = pagePans() && (event.type === 'touchstart' || (event.type === 'touchmove' && touch && touch.mode !== 'press'));
    if (!panning) event.preventDefault();
    event.stopPropagation();
    if (!app) return;
    if (!lastWasTouch) { lastWasTouch = true; app.setTouch(true); }
    const t = [...event.changedTouches].find((c) => touchId === null || c.identifier === touchId);
    if (!t) return;
    const at = point(t);
    if (event.type === 'touchstart') {
      if (touchId !== null) return;
      touchId = t.identifier;
      mouse('mousemove', at);  // hover first, as a mouse would
      touch = { mode: 'pending', x: at.clientX, y: at.clientY, lastY: at.clientY, at };
      touch.timer = setTimeout(() => {
        if (touch && touch.mode === 'pending') { touch.mode = 'press'; mouse('mousedown', touch.at); }
      }, 350);
    } else if (event.type === 'touchmove' && touch) {
      touch.at = at;
      if (touch.mode === 'pending' && Math.hypot(at.clientX - touch.x, at.clientY - touch.y) > 8) {
        touch.mode = 'scroll';
        clearTimeout(touch.timer);
        mouse('mousemove', away);
      }
      if (touch.mode === 'scroll' && !panning) { app.scrollBy(touch.lastY - at.clientY); touch.lastY = at.clientY; }
      else if (touch.mode === 'press') mouse('mousemove', at);
    } else if (touch) {  // touchend, touchcancel
      clearTimeout(touch.timer);
      const { mode } = touch;
      touch = null;
      touchId = null;
      if (event.type === 'touchcancel') { if (mode === 'press') mouse('mouseup', at); return; }
      if (mode === 'pending') {  // a tap
        mouse('mousemove', at);
        mouse('mousedown', at);
        app.pump();  // the press frame, now: a field it activates asks for text before this handler ends
        if (wantsText) agent.focus({ preventScroll: true });
        frame().then(() => mouse('mouseup', at));
      } else if (mode === 'press') {
        mouse('mouseup', at);
      }
    }
  }
  for (const type of ['touchstart', 'touchmove', 'touchend', 'touchcancel'])
    container.addEventListener(type, onTouch, { capture: true, passive: false });
  container.addEventListener('mousedown', (event) => {
    if (event.isTrusted && lastWasTouch) { lastWasTouch = false; if (app) app.setTouch(false); }
    // Keys go where the user clicked: into the canvas (also inside an iframe).
    if (document.activeElement !== agent) canvas.focus({ preventScroll: true });
  }, { capture: true });

  // Wheel: GLFW 3.1.6 passes raw deltas with the wrong sign and always blocks the page. Scale by deltaMode to
  // lines (pixels ÷ 100, lines ÷ 3, pages × 8… as newer ImGui backends do) and let the page scroll whenever
  // the app has nothing to scroll in that direction (an embed mid-article must not trap the wheel).
  container.addEventListener('wheel', (event) => {
    event.stopPropagation();  // GLFW's own listener never sees it
    if (!app) return;
    const scale = event.deltaMode === 1 ? 1 / 3 : event.deltaMode === 2 ? 8 : 1 / 100;
    const dx = -event.deltaX * scale, dy = -event.deltaY * scale;
    if (app.wheel(event.shiftKey && dx === 0 ? dy : dx, event.shiftKey && dx === 0 ? 0 : dy)) event.preventDefault();
  }, { capture: true, passive: false });

  // Text agent: a hidden <input> that holds focus while an ImGui field is edited, so phones show their
  // keyboard and IMEs compose. Desktop keys still reach GLFW (window keydown/keypress); text arriving
  // without a keypress (soft keyboards, IME, paste into the agent) is forwarded here.
  let wantsText = false;
  let keypressSeen = false;   // GLFW already took this key's character from its keypress
  let skipNextInput = false;  // Safari sends input after compositionend for the same text
  window.addEventListener('keydown', () => { keypressSeen = false; }, { capture: true });
  window.addEventListener('keypress', () => { keypressSeen = true; }, { capture: true });
  agent.addEventListener('input', (event) => {
    if (event.isComposing) return;  // IME composing: wait for compositionend, keep the agent's text
    if (app && !keypressSeen && !skipNextInput) {
      if (event.inputType === 'deleteContentBackward') app.pressKey(259);
      else if (event.data || agent.value) app.addText(event.data || agent.value);  // paste: data is null
    }
    keypressSeen = false;
    skipNextInput = false;
    agent.value = '';
  });
  agent.addEventListener('compositionend', (event) => {
    if (app && event.data) app.addText(event.data);
    skipNextInput = true;
    agent.value = '';
  });
  agent.addEventListener('keydown', (event) => {
    if (event.key === 'Unidentified' || event.keyCode === 229) return;  // soft keyboards: handled on input
    if (event.key === 'Enter') agent.blur();
  });
  // The field's keyboard (inputmode): a numeric pad for streams and points, decimals for money and percent.
  function onTextInput(wanted, keyboard) {
    wantsText = wanted;
    if (wanted) agent.inputMode = keyboard === 'numeric' || keyboard === 'decimal' ? keyboard : 'text';
    if (wanted && lastWasTouch) agent.focus({ preventScroll: true });
    else if (!wanted && document.activeElement === agent) { agent.blur(); canvas.focus({ preventScroll: true }); }
  }

  // The soft keyboard covers the bottom of the page: the field being edited is scrolled up above it (the
  // visual viewport shrinks to the part the keyboard leaves).
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', () => {
      if (!app || document.activeElement !== agent) return;
      const field = window.dealsheet.widgetRect('active_field');
      const visibleBottom = window.visualViewport.height - 12;
      if (field.height > 0 && field.y + field.height > visibleBottom) app.scrollBy(field.y + field.height - visibleBottom);
    });
  }

  // Tab and Shift+Tab move through the calculator's controls in reading order (App::move_focus), and Enter or
  // Space works the one focused; past the last control (or before the first) focus leaves the canvas for the
  // page's next element, as from any other part of a page (an embed's host page too). GLFW 3.1.6 would swallow
  // Tab (preventDefault on window keydown), so it never sees it. Focus arriving by Tab from the page lands on
  // the first control (the last, coming backwards). Arrow keys also move between controls (docs/embedding.md).
  let tabbingIn = null;  // 'forward' | 'back' while a Tab moves focus from the page into the canvas
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
    event.stopImmediatePropagation();
    if (document.activeElement === canvas || document.activeElement === agent) {
      if (app && app.tab(event.shiftKey)) event.preventDefault();
      return;
    }
    tabbingIn = event.shiftKey ? 'back' : 'forward';
    setTimeout(() => { tabbingIn = null; }, 0);  // the focus it moves comes before this
  }, { capture: true });
  canvas.addEventListener('focus', () => { if (tabbingIn && app) app.focusEdge(tabbingIn === 'back'); });
  canvas.tabIndex = 0;

  // Clipboard: GLFW's is a stub. ImGui copies through onCopyText; a paste event (after Ctrl+V's keydown,
  // before the next frame) refreshes what ImGui will paste.
  // `what` names a copy the user asked for ("Link", "Answer for chat"): it is confirmed on every screen size.
  // ImGui's own copies (Ctrl+C in a field) pass no name and need no confirmation.
  function onCopyText(text, what) {
    const done = () => { if (what) showToast(`${what} copied`); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => { copyFallback(text); done(); });
    } else { copyFallback(text); done(); }
  }
  // Phones offer their share sheet (Messages, Discord, WhatsApp…); elsewhere the text is copied.
  function onShareText(text, what) {
    if (navigator.share && (lastWasTouch || window.matchMedia('(pointer: coarse)').matches)) {
      navigator.share({ text }).then(() => showToast(`${what} shared`), () => { /* dismissed: nothing to say */ });
    } else onCopyText(text, what);
  }
  let toastTimer = 0;
  function showToast(message) {
    toast.textContent = message;
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.hidden = true; }, 2500);
  }
  function copyFallback(text) {
    const area = Object.assign(document.createElement('textarea'), { value: text });
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    try { document.execCommand('copy'); } catch (_) { /* nothing more we can do */ }
    area.remove();
    canvas.focus({ preventScroll: true });
  }
  document.addEventListener('paste', (event) => {
    const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (app && text) { app.setClipboardCache(text); app.wake(); }
  });

  // [SECTION] Files: export, import (picker and drag-and-drop)
  // Embeds: "Open in Dealsheet" opens the full app with the same scenario.
  function onOpenUrl(url) { window.open(url, '_blank', 'noopener'); }
  function onSaveFile(filename, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime || 'application/octet-stream' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  const maxImportBytes = 1 << 20;  // a scenario is a few KB; anything this big is not one
  function importFile(file) {
    if (!file || !app) return;
    if (file.size > maxImportBytes) {
      onNotice(`This file could not be imported: ${file.name} is ${file.size.toLocaleString()} bytes, more than a scenario can be. The scenario on screen is unchanged.`);
      app.wake();
      return;
    }
    file.text().then((text) => { app.importJson(text); });
  }
  function onPickFile() { filePicker.value = ''; filePicker.click(); }
  filePicker.addEventListener('change', () => importFile(filePicker.files[0]));
  window.addEventListener('dragover', (event) => { event.preventDefault(); document.body.classList.add('dropping'); });
  window.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
  window.addEventListener('drop', (event) => {
    event.preventDefault();
    document.body.classList.remove('dropping');
    if (options.readOnly) return;  // a read-only embed takes no files
    if (event.dataTransfer && event.dataTransfer.files.length) importFile(event.dataTransfer.files[0]);
  });

  // [SECTION] Link, last scenario, text mirror, theme, embed height
  // While a value is dragged or typed the scenario changes every frame; the app tells the page of the link and
  // the result when that edit ends (and before the page is hidden: app.publishPending). Changes can still come
  // in bursts (Undo held down), so the address bar, the device's last scenario and the text mirror (an
  // aria-live region) follow at most every 250 ms: the first change at once, the last one always. Browsers
  // also throttle history.replaceState when it is called in a burst, which could leave the address behind.
  const flushes = [];
  function throttled(apply, ms = 250) {
    let timer = 0;
    let last;
    let waiting = false;
    const applyWaiting = () => {
      if (!waiting) return false;
      waiting = false;
      apply(last);
      return true;
    };
    const tick = () => { timer = applyWaiting() ? setTimeout(tick, ms) : 0; };
    flushes.push(() => { clearTimeout(timer); timer = 0; applyWaiting(); });
    return (value) => {
      last = value;
      waiting = true;
      if (!timer) tick();
    };
  }
  const flushAll = () => {
    if (app) app.publishPending();  // a value still being dragged or typed: its link and result now
    flushes.forEach((flush) => flush());
  };
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => { if (document.hidden) flushAll(); });
  const onLinkChanged = throttled((fragment) => {
    if (embed) return;  // an embed's edits stay in the embed: the KB page's address and the device's last scenario are the user's
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#${fragment}`);
    try { localStorage.setItem(lastKey, fragment); } catch (_) { /* storage off: nothing is kept */ }
  });
  const onResultChanged = throttled((summary) => { resultText.textContent = summary; });
  function onNotice(message) { noticeText.textContent = message; }
  function onThemeChanged(dark) { document.documentElement.classList.toggle('light', !dark); }
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  // Auto-height: an embed tells its page how tall its content is (docs/embedding.md).
  let lastHeight = 0;
  let lastCanvasHeight = 0;
  function onContentHeight(cssPx) {
    if (chartsHosted) {  // the charts' own height: the statement view scrolls, never the canvas inside it
      container.style.height = `${Math.max(1, Math.ceil(cssPx))}px`;
      sizeCanvas();
    }
    contentFits = cssPx <= container.clientHeight + 1;
    if (!embed || window.parent === window) return;
    // The frame holds the answer text above the canvas as well as the canvas' content.
    const height = Math.ceil(cssPx + (answerBox.hidden ? 0 : answerBox.offsetHeight));
    if (Math.abs(height - lastHeight) < 2) return;
    lastHeight = height;
    window.parent.postMessage({ type: 'dealsheet:height', height, id: params.get('id') || '' }, '*');
  }

  // [SECTION] The answer as page text, views in the history, copy confirmations
  // The app sends what people read, select, find and paste as JSON (State::page_text): the question, the
  // answer sentence, the key figures, the one line behind each break-even, and every party's money. All of it
  // goes in with textContent: titles and names are the user's (or a link's) text, never markup.
  const el = (tag, text, className) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const baseTitle = document.title;
  let pageText = null;
  const onPageText = throttled((json) => {
    const text = JSON.parse(json);
    pageText = text;
    document.title = text.title ? `${text.title} — Dealsheet` : baseTitle;
    const question = text.view === 'question';
    // The start shows questions, not an answer; a panel embed stays the panel alone, as embeds always were.
    answerBox.hidden = text.view === 'start' || (embed && !question);
    document.getElementById('answer-question').textContent = question ? text.question : (text.title || 'Every party\'s money');
    document.getElementById('answer-sentence').textContent = question ? text.sentence : '';
    const figures = document.getElementById('answer-figures');
    figures.replaceChildren(...(question ? text.figures : []).map((figure) => {
      const card = el('div');
      const value = el('dd', figure.value);
      if (figure.note) value.append(el('small', figure.note));
      card.append(el('dt', figure.label), value);
      return card;
    }));
    const lines = document.getElementById('answer-lines');
    // An answer card (embed) keeps to the sentence and its figures; the full app explains each break-even.
    lines.replaceChildren(...(question && !embed ? [...text.explanations, ...text.notes] : []).map((line) => el('li', line)));
    const table = document.getElementById('answer-table');
    table.replaceChildren(...(text.table || []).map((row) => {
      const tr = el('tr');
      tr.append(el('td', row.party), el('td', row.side), el('td', row.amount, 'amount'));
      return tr;
    }));
    // The table opens on request: a list that grows above the canvas would move the controls under the finger.
    document.getElementById('answer-table-box').hidden = embed || !(text.table || []).length;
    if (embed && app) onContentHeight(lastCanvasHeight);
  }, 100);
  // The statement view (issue #21): its script and styles load when the user first opens it, its reader (a
  // worker) when a file is first picked: none of it is on the first load.
  let statementView = null;
  function openStatement() {
    const load = (tag, props) => new Promise((resolve, reject) => {
      document.head.append(Object.assign(document.createElement(tag), props, { onload: resolve, onerror: reject }));
    });
    if (!statementView) {
      statementView = Promise.all([load('link', { rel: 'stylesheet', href: 'statement.css' }), load('script', { src: 'statement-page.js' })]);
      statementView.catch(() => { statementView = null; onNotice('The statement reader could not be loaded. Reload the page to try again.'); });
    }
    return statementView.then(() => window.dealsheetStatement.open());
  }

  // Each view the user opens (a question, a panel, the start) is a step in the history: Back and Forward move
  // between them (popstate shows the entry's view), and the address opens the view the sender was looking at.
  function onViewChanged(query) {
    if (embed) return;  // an embed's steps stay in the embed: the KB page's history is the reader's
    flushes.forEach((flush) => flush());
    const hash = app ? `#${app.currentFragment()}` : window.location.hash;
    history.pushState({ dealsheetView: query }, '', `${window.location.pathname}${query}${hash}`);
  }
  // Every entry the app made records its view's query ("" = the start); an entry without one (a fragment typed
  // into the address bar) shows what its address names.
  window.addEventListener('popstate', (event) => {
    if (!app) return;
    const hash = window.location.hash;
    if (/^#s=/.test(hash) && hash.slice(1) !== app.currentFragment()) app.openFragment(hash);
    const recorded = event.state && typeof event.state.dealsheetView === 'string' ? event.state.dealsheetView : null;
    app.showView(recorded ?? window.location.search, recorded === null);
  });

  let failed = false;  // a failure message is shown: the loading progress no longer writes over it
  function fail(message) {
    failed = true;
    status.textContent = message;
    status.classList.add('error');
    status.hidden = false;
  }

  // [SECTION] Loading with progress
  // The app comes in two builds (web/CMakeLists.txt): `dealsheet` draws the start and the six questions, and is
  // what a first visit loads; `dealsheet-panels` is the same app with the detailed panels, ~45 KB gzip more. The
  // page loads the second at once when its address asks for panels (?panel=, or a scenario link without ?q=,
  // which opens on the panels as links always did), and otherwise when the user first opens "More detail": it
  // then takes over the scenario, the view, and the undo and redo steps (switchToPanels, below).
  const hasScenario = /^#s=/.test(window.location.hash) || /[?&](preset|title|streams|year|[a-z_]+\.[a-z_.[\]0-9]+)=/.test(window.location.search);
  const panelsAtStart = params.has('panel') || ((hasScenario || embed) && !params.has('q'));
  const builds = {
    questions: { name: 'dealsheet', factory: 'createDealsheetApp' },
    panels: { name: 'dealsheet-panels', factory: 'createDealsheetPanels' },
  };
  // The wasm is fetched here so its download shows progress. It is compiled while it downloads (streaming
  // compilation: the bytes pass through a counter on their way to the compiler), or from the whole download
  // where a browser cannot stream. The compilation starts first thing, before the page makes its WebGL context
  // (below), so both proceed at once; the runtime then instantiates the compiled module (instantiateWasm).
  function compileWasm(file, label) {
    return fetch(file, { credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      const total = Number(response.headers.get('content-length')) || 0;
      let loaded = 0;
      const count = (chunk) => {
        loaded += chunk.length;
        if (failed) return;
        status.textContent = total ? `${label} ${Math.min(99, Math.round(loaded * 100 / total))}%`
          : `${label} ${Math.round(loaded / 1024)} KB`;
      };
      if (WebAssembly.compileStreaming && window.TransformStream) {
        const counted = response.body.pipeThrough(new TransformStream({
          transform(chunk, controller) { count(chunk); controller.enqueue(chunk); },
        }));
        return WebAssembly.compileStreaming(new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }));
      }
      const reader = response.body.getReader();
      const chunks = [];
      for (;;) {
        const { done: finished, value } = await reader.read();
        if (finished) break;
        chunks.push(value);
        count(value);
      }
      const bytes = new Uint8Array(loaded);
      let offset = 0;
      for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.length; }
      return WebAssembly.compile(bytes);
    });
  }
  const loadFailed = (error) => fail(`Dealsheet could not load: ${error.message || error}`);
  const firstBuild = panelsAtStart ? builds.panels : builds.questions;
  const firstCompiled = compileWasm(`${firstBuild.name}.wasm`, 'Loading Dealsheet…');
  firstCompiled.catch(loadFailed);  // also when the runtime never asks for the module (its script failed)
  const instantiateFrom = (compiled) => (imports, done) => {
    compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => done(instance, module)))
      .catch(loadFailed);
    return {};
  };
  // A build's runtime script, added once; resolves to its factory.
  function loadRuntime(build) {
    return new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${build.name}.js`;
      script.onerror = () => reject(new Error(`Dealsheet could not load its program (${build.name}.js). Reload the page to try again.`));
      script.onload = () => (typeof window[build.factory] === 'function' ? resolve(window[build.factory]) : script.onerror());
      document.body.appendChild(script);
    });
  }

  // [SECTION] Start-up and window.dealsheet
  sizeCanvas();
  const noWebGL = 'Dealsheet needs WebGL 2, which this browser does not offer or has turned off. Try a current Chrome, Firefox, Edge or Safari.';
  // The WebGL 2 context is made while the wasm downloads and compiles, rather than by the app once it runs:
  // making one blocks the page for tens to hundreds of milliseconds (a GPU process, a software rasteriser),
  // which then overlap the download. It is made in a task of its own, after this script: the wasm's response
  // reaches the compiler through this page's tasks, so a wasm already at hand (the browser's cache, a fast
  // network) compiles while the context is made instead of after it (docs/performance.md). The runtime adopts
  // it (-sGL_PREINITIALIZED_CONTEXT); the attributes are those the app's GLFW window asks for (web_main.cpp),
  // and none of them is a depth or stencil buffer, which ImGui never uses. The build with the panels adopts the
  // same context when it takes over.
  let gl = null;
  const contextMade = new Promise((resolve) => setTimeout(() => {
    gl = window.WebGL2RenderingContext
      ? canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false })
      : null;
    resolve(gl !== null);
  }, 0));
  let startFailed = false;  // the app could not make its WebGL 2 context
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  const callbacks = {
    onLinkChanged,
    onResultChanged,
    onNotice,
    onSaveFile,
    onOpenUrl,
    onCopyText,
    onPickFile,
    onThemeChanged,
    onOpenStatement: () => { openStatement(); },
    onTextInput,
    onContentHeight: (cssPx) => { lastCanvasHeight = cssPx; onContentHeight(cssPx); },
    onPageText,
    onViewChanged,
    onShareText,
    onPanelsNeeded: () => switchToPanels(),
    onStartFailed: () => { startFailed = true; fail(noWebGL); },
    onGraphicsFailed: (detail) => fail(`Dealsheet could not draw: this browser's graphics driver refused its shaders (${detail}). Try another browser; your scenario is in this page's address.`),
  };
  // Runs a build's module on the canvas. `handover` is what the build it replaces had: {fragment, view,
  // history}; without it this is the page's start.
  function run(factory, compiled, handover) {
    return factory({
      canvas,
      // The core reads the fragment, or else the readable ?query form.
      arguments: handover ? [`#${handover.fragment}`, handover.view] : [window.location.href],
      instantiateWasm: instantiateFrom(compiled),
      preinitializedWebGLContext: gl,
      ...callbacks,
    }).then((module) => {
      if (startFailed) return;
      app = module;
      app.setPageUrl(appUrl);
      app.setEmbed(options.embed, options.readOnly);
      // Touch screens get finger-sized controls from the first frame: a first tap must not move what it lands on.
      if (lastWasTouch || window.matchMedia('(pointer: coarse)').matches || navigator.maxTouchPoints > 0) { lastWasTouch = true; app.setTouch(true); }
      if (handover) {
        app.adoptHistory(handover.history);
        app.showView(handover.view, true);
      } else {
        app.showView(window.location.search, hasScenario);
        if (!embed) history.replaceState({ dealsheetView: app.currentView() }, '');
      }
      app.setSystemDark(systemDark.matches);
      app.setTheme(options.theme);
      if (!handover && !hasScenario && !embed) {
        let last = null;
        try { last = localStorage.getItem(lastKey); } catch (_) { /* storage off */ }
        if (last) app.offerRestore(last);
      }
      status.hidden = true;
      sizeCanvas();
      // The first frame now, not at the next animation frame: it is ready up to a display refresh sooner, as the
      // renderer asks the GPU process nothing here (docs/performance.md, 2026-11-22, night). The main loop goes on
      // from there.
      app.pump();
    });
  }

  // "More detail" in the build without panels: the build with them is fetched and compiled while the first
  // still shows its view, then takes over the scenario, the view and the undo and redo steps; the first one
  // stops (its frame loop and listeners) just before.
  let switching = null;
  function switchToPanels() {
    if (switching) return switching;
    status.textContent = 'Opening the detailed panels…';
    status.classList.remove('error');
    status.hidden = false;
    const compiled = compileWasm(`${builds.panels.name}.wasm`, 'Opening the detailed panels…');
    switching = Promise.all([compiled, loadRuntime(builds.panels)]).then(([, factory]) => {
      const old = app;
      flushes.forEach((flush) => flush());
      const handover = { fragment: old.currentFragment(), view: old.currentView(), history: old.historyLinks() };
      app = null;
      old.shutdown();
      return run(factory, compiled, handover);
    }).catch((error) => {
      switching = null;
      fail(`The detailed panels could not load: ${error.message || error}. Your scenario is in this page's address.`);
    });
    return switching;
  }

  // The runtime script runs from here, once the context is made and the compilation under way: as a script of
  // its own before this one, it held both back while it was parsed and run. It does not wait for the page's load
  // event: the app's renderer asks the GPU process nothing before its first frame (Chromium's one wait, at the
  // first useProgram, comes either way), so the frames the browser draws while a page loads no longer hold it
  // up, and waiting for the load put 40-80 ms before the first frame (docs/performance.md, 2026-11-22, night).
  contextMade.then((made) => {
    if (!made) { fail(noWebGL); return; }
    loadRuntime(firstBuild).then((factory) => run(factory, firstCompiled)).then(() => {
      if (startFailed || !app) return;
      new ResizeObserver(sizeCanvas).observe(container);
      watchPixelRatio();
      systemDark.addEventListener('change', () => { if (app) app.setSystemDark(systemDark.matches); });
      document.addEventListener('visibilitychange', () => { if (!document.hidden && app) app.wake(); });
      window.addEventListener('hashchange', () => { if (app) app.openFragment(window.location.href); });
      canvas.addEventListener('webglcontextlost', (event) => {
        event.preventDefault();
        fail('The graphics context was lost. Reload the page; your scenario is in its address.');
      });
      resolveReady();
      if (params.has('statement') && !embed) openStatement();
    }, (error) => fail(error && error.message ? error.message : `Dealsheet could not start: ${error}`));
  });

  // The result as JSON comes from the JavaScript API (dealsheet-api.js, docs/api.md), loaded on the first call:
  // the same core computes the scenario on screen, and its JSON writer stays out of the app's first load.
  let api = null;
  function computeOnScreen() {
    if (!api) {
      api = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('dealsheet-api.js', appUrl).href;  // beside index.html
        script.onload = () => createDealsheet().then(resolve, reject);
        script.onerror = () => reject(new Error('dealsheet-api.js could not be loaded'));
        document.head.appendChild(script);
      });
      api.catch(() => { api = null; });  // a later call tries again
    }
    return api.then((module) => {
      const decoded = JSON.parse(module.decodeLink(app.currentFragment()));
      if (!decoded.ok) throw new Error(decoded.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      const computed = JSON.parse(module.compute(JSON.stringify(decoded.scenario)));
      if (!computed.ok) throw new Error(computed.problems.map((p) => `${p.field}: ${p.message}`).join('; '));
      return computed.result;
    });
  }

  // The statement view's charts are drawn by the app: the calculator's container moves into the view's `slot`,
  // sized to the charts (onContentHeight), and the app draws `text`'s charts (bridge.js statementCharts) in place
  // of the calculator; without a slot it goes back under the answer and draws the calculator again.
  const home = { parent: container.parentNode, next: container.nextSibling };
  function hostCharts(slot, text) {
    if (!app) return false;
    if (slot) {
      if (!app.statementCharts(text)) return false;
      if (container.parentNode !== slot) {
        container.style.height = '1px';  // until the first frame tells the charts' height
        slot.append(container);
      }
      chartsHosted = true;
    } else if (chartsHosted) {
      app.statementCharts('');
      home.parent.insertBefore(container, home.next);
      container.style.height = '';
      chartsHosted = false;
    }
    document.documentElement.classList.toggle('charts-hosted', chartsHosted);
    sizeCanvas();
    app.wake();
    return true;
  }

  // The page's small API: used by embedding pages and by the browser tests alike.
  window.dealsheet = {
    ready,                                                  // resolves once the calculator runs
    result: () => computeOnScreen(),                        // Promise of the result of the scenario on screen
    fragment: () => app.currentFragment(),                  // link fragment of the scenario on screen
    link: () => app.currentLink(),                          // the full link "Copy link" copies
    open: (fragment) => app.openFragment(fragment),         // open a fragment; false (and a notice) if bad
    importJson: (text) => app.importJson(text),             // open a scenario JSON text; false if bad
    summary: () => resultText.textContent,                  // the text mirror
    pageText: () => pageText,                               // the answer as the page shows it (State::page_text)
    height: () => Math.ceil(lastCanvasHeight + (answerBox.hidden ? 0 : answerBox.offsetHeight)),  // content, CSS px
    notice: () => noticeText.textContent,                   // the current notice, '' when none
    show: (query) => app.showView(query, true),             // show a view ("?panel=streams") without a history entry
    go: (query) => app.goToView(query),                     // move to a view as a history step of its own
    statement: () => openStatement(),                       // Promise: the statement view is open
    hostCharts: (slot, text) => hostCharts(slot, text),     // the statement view's charts on the canvas (above)
    // A control's rectangle in CSS pixels relative to the viewport ({x, y, width, height}; zeros if not drawn).
    widgetRect: (name) => {
      const [x, y, width, height] = JSON.parse(app.widgetRect(name)).map((v) => v / (window.devicePixelRatio || 1));
      if (!(width > 0)) return { x: 0, y: 0, width: 0, height: 0 };
      const at = canvas.getBoundingClientRect();
      return { x: x + at.left, y: y + at.top, width, height };
    },
  };
})();
