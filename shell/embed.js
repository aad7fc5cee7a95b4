// Dealsheet embed helper for knowledge-base pages (optional): sizes every Dealsheet iframe on the page to its
// content. Each embed posts {type: 'dealsheet:height', height} (CSS px) to its parent whenever its content
// height changes; this script sets that iframe's height. Without it, an embed keeps the height you gave it
// and scrolls inside itself. Usage: <script src="https://YOUR-DEALSHEET/embed.js" defer></script>
// (docs/embedding.md). Accepts messages only from the iframes' own windows, and only this one shape.
'use strict';

(() => {
  const minHeight = 200, maxHeight = 4000;  // CSS px: a sane frame whatever an embed reports
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'dealsheet:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      const height = Math.min(maxHeight, Math.max(minHeight, Math.ceil(data.height)));
      frame.style.height = `${height}px`;
      frame.dataset.dealsheetHeight = String(height);
    }
  });
})();
