// The statement module's calls, as methods of the module object (linked with --post-js; statement-worker.js and
// bench/statement/wasm_statement.mjs call them): bytes and text cross through the buffer the module makes,
// results come back as JSON text.
var statementEncoder = new TextEncoder();
var statementDecoder = new TextDecoder();

function statementBytesIn(bytes) {
  var at = _dealsheet_statement_input(bytes.length);  // may grow the memory: HEAPU8 is read after it
  HEAPU8.set(bytes, at);
  return bytes.length;
}
function statementOut(at) { return JSON.parse(statementDecoder.decode(HEAPU8.subarray(at, HEAPU8.indexOf(0, at)))); }

Module['clear'] = function() { _dealsheet_statement_clear(); };  // a new statement
// Starts file `name`, read through `map` ("date=…,amount=…") when given → {ok, problems}.
Module['begin'] = function(name, map) {
  var nameBytes = statementEncoder.encode(String(name));
  var mapBytes = statementEncoder.encode(map ? String(map) : '');
  var both = new Uint8Array(nameBytes.length + mapBytes.length);
  both.set(nameBytes);
  both.set(mapBytes, nameBytes.length);
  statementBytesIn(both);
  return statementOut(_dealsheet_statement_begin(nameBytes.length));
};
Module['feed'] = function(bytes) { return !!_dealsheet_statement_feed(statementBytesIn(bytes)); };  // Uint8Array → go on?
Module['finish'] = function() { return statementOut(_dealsheet_statement_finish()); };  // → {ok, rows, skipped | problems, header}
Module['summary'] = function() { return statementOut(_dealsheet_statement_summary()); };  // → {ok, summary, streams, inputs}
Module['use'] = function(fragment) { statementBytesIn(statementEncoder.encode(String(fragment))); return statementOut(_dealsheet_statement_use()); };
Module['split'] = function(fragment) { statementBytesIn(statementEncoder.encode(String(fragment))); return statementOut(_dealsheet_statement_split()); };
