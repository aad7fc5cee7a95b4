// The bare page's glue: the same canvas sizing as shell/app.js (backing store = CSS size × devicePixelRatio),
// then the module. window.bare.ready resolves once it runs (bench/browser/measure.mjs waits for it).
'use strict';

(() => {
  const container = document.getElementById('app');
  const canvas = document.getElementById('canvas');
  let app = null;
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
  sizeCanvas();
  window.bare = {
    ready: createBareApp({ canvas }).then((module) => {
      app = module;
      sizeCanvas();
      new ResizeObserver(sizeCanvas).observe(container);
    }),
  };
})();
