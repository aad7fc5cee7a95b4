// Example of the Dealsheet JavaScript API (docs/api.md): every call takes and returns JSON text.
'use strict';

(async () => {
  const api = await createDealsheet();
  const $ = (id) => document.getElementById(id);
  const { presets } = JSON.parse(api.presets());
  for (const preset of presets) $('preset').add(new Option(preset.title, preset.name));
  const show = (preset) => { $('scenario').value = JSON.stringify(preset.scenario, null, 2); };
  show(presets[0]);
  $('preset').addEventListener('change', () => show(presets.find((p) => p.name === $('preset').value)));

  $('compute').addEventListener('click', () => {
    const reply = JSON.parse(api.compute($('scenario').value));
    if (!reply.ok) {  // problems are values: each names its field
      $('summary').textContent = reply.problems.map((p) => `${p.field || 'scenario'}: ${p.message}`).join('\n');
      $('output').textContent = '';
      return;
    }
    $('summary').textContent = reply.summary;
    $('output').textContent = JSON.stringify(reply.result, null, 2);
  });
  $('link').addEventListener('click', () => {
    const reply = JSON.parse(api.encodeLink($('scenario').value));
    $('summary').textContent = reply.ok ? new URL(`index.html#${reply.fragment}`, document.baseURI).href
                                        : reply.problems.map((p) => `${p.field}: ${p.message}`).join('\n');
  });
})();
