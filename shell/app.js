// Dealsheet page glue: sizes the canvas to its container at the device pixel ratio, starts the WebAssembly
// app, keeps the URL fragment and the text mirror in step with it, and exposes `window.dealsheet`.
//
// Index of this file
// [SECTION] Canvas size (backing store = CSS size × devicePixelRatio)
// [SECTION] Link and text mirror
// [SECTION] Start-up
'use strict';

(() => {
  const container = document.getElementById('app');
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const resultText = document.getElementById('result-text');
  const noticeText = document.getElementById('notice');
  let app = null;  // the Emscripten module once it runs

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
    }
    canvas.style.width = `${rect.width}px`;
    canvas.style.height = `${rect.height}px`;
  }

  function watchPixelRatio() {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', () => { sizeCanvas(); watchPixelRatio(); }, { once: true });
  }

  // [SECTION] Link and text mirror
  function onLinkChanged(fragment) {
    history.replaceState(history.state, '', `#${fragment}`);
  }
  function onResultChanged(summary) { resultText.textContent = summary; }
  function onNotice(message) { noticeText.textContent = message; }
  // Saves text as a file on the user's device: nothing leaves the page.
  function onSaveFile(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  function fail(message) {
    status.textContent = message;
    status.classList.add('error');
    status.hidden = false;
  }

  // [SECTION] Start-up
  sizeCanvas();
  if (!document.createElement('canvas').getContext('webgl2')) {
    fail('Dealsheet needs WebGL 2, which this browser does not offer. Try a current Chrome, Firefox, Edge or Safari.');
    return;
  }
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });

  createDealsheetApp({
    canvas,
    arguments: [window.location.href],  // the core reads the fragment, or else the readable ?query form
    onLinkChanged,
    onResultChanged,
    onNotice,
    onSaveFile,
  }).then((module) => {
    app = module;
    status.hidden = true;
    sizeCanvas();
    new ResizeObserver(sizeCanvas).observe(container);
    watchPixelRatio();
    window.addEventListener('hashchange', () => app.openFragment(window.location.href));
    resolveReady();
  }, (error) => fail(`Dealsheet could not start: ${error && error.message ? error.message : error}`));

  // The page's small API: used by embedding pages and by the browser tests alike.
  window.dealsheet = {
    ready,                                                  // resolves once the calculator runs
    result: () => JSON.parse(app.resultJson()),             // result of the scenario on screen
    fragment: () => app.currentFragment(),                  // link fragment of the scenario on screen
    open: (fragment) => app.openFragment(fragment),         // open a fragment; false (and a notice) if bad
    summary: () => resultText.textContent,                  // the text mirror
    notice: () => noticeText.textContent,                   // the current notice, '' when none
    // A control's rectangle in CSS pixels relative to the canvas ({x, y, width, height}; zeros if not drawn).
    widgetRect: (name) => {
      const [x, y, width, height] = JSON.parse(app.widgetRect(name)).map((v) => v / (window.devicePixelRatio || 1));
      return { x, y, width, height };
    },
  };
})();
