// The page's calls into the app, as methods of the module object (linked with --post-js; shell/app.js calls
// them): each is one of web_main.cpp's exported functions. Text crosses as UTF-8 in the module's memory: the
// page writes it into the buffer dealsheet_input() makes, and a function that returns text leaves it
// NUL-terminated for the page to read at once. Plain exports instead of embind: embind registers every C++ type
// it knows with the runtime at start-up, a cost before the first frame (docs/performance.md).
var bridgeEncoder = new TextEncoder();
var bridgeDecoder = new TextDecoder();

// Gives `text` to the next call.
function bridgeIn(text) {
  var bytes = bridgeEncoder.encode(String(text));
  var at = _dealsheet_input(bytes.length);  // may grow the memory: HEAPU8 is read after it
  HEAPU8.set(bytes, at);
}

// The text a call returned.
function bridgeOut(at) {
  return bridgeDecoder.decode(HEAPU8.subarray(at, HEAPU8.indexOf(0, at)));
}

Module['openFragment'] = function(fragment) { bridgeIn(fragment); return !!_dealsheet_open_fragment(); };  // → true, or false with a notice shown
Module['currentFragment'] = function() { return bridgeOut(_dealsheet_current_fragment()); };  // the scenario on screen
Module['currentLink'] = function() { return bridgeOut(_dealsheet_current_link()); };  // page URL + fragment ("Copy link")
Module['currentView'] = function() { return bridgeOut(_dealsheet_current_view()); };  // the view's page query: "" (start), "?q=…", "?panel=…"
Module['publishPending'] = function() { _dealsheet_publish_pending(); };  // an edit in progress tells its link now
Module['importJson'] = function(text) { bridgeIn(text); return !!_dealsheet_import_json(); };  // → true, or false with a notice
Module['offerRestore'] = function(fragment) { bridgeIn(fragment); _dealsheet_offer_restore(); };  // the device's last scenario
Module['setPageUrl'] = function(url) { bridgeIn(url); _dealsheet_set_page_url(); };  // URL without fragment, for links
Module['setSystemDark'] = function(dark) { _dealsheet_set_system_dark(dark ? 1 : 0); };  // prefers-color-scheme
Module['setTheme'] = function(mode) { bridgeIn(mode); _dealsheet_set_theme(); };  // "light" | "dark" | "auto"
Module['setEmbed'] = function(embed, readOnly) { _dealsheet_set_embed(embed ? 1 : 0, readOnly ? 1 : 0); };
// The view a page query names ("?q=fee-or-points", "?panel=points"; none: the start, or the panels when the page
// opened a scenario), without a history entry.
Module['showView'] = function(query, hasScenario) { bridgeIn(query); _dealsheet_show_view(hasScenario ? 1 : 0); };
// The same, as a step of its own: the page hears of it (onViewChanged) and adds a history entry.
Module['goToView'] = function(query) { bridgeIn(query); _dealsheet_go_to_view(); };
// A statement's charts drawn in place of the calculator (text: State's parse_statement_charts form), or '' to
// draw the calculator again → false when the text cannot be read.
Module['statementCharts'] = function(text) { bridgeIn(text || ''); return !!_dealsheet_statement_charts(); };
Module['wheel'] = function(dx, dy) { return !!_dealsheet_wheel(dx, dy); };  // lines → did the app use it?
Module['addText'] = function(text) { bridgeIn(text); _dealsheet_add_text(); };  // typed into the text agent
Module['pressKey'] = function(key) { _dealsheet_press_key(key); };  // GLFW key code, from the text agent
Module['setClipboardCache'] = function(text) { bridgeIn(text); _dealsheet_set_clipboard_cache(); };  // the last paste
Module['setTouch'] = function(touch) { _dealsheet_set_touch(touch ? 1 : 0); };  // the last pointer was a finger
Module['scrollBy'] = function(dy) { _dealsheet_scroll_by(dy); };  // CSS px, a touch swipe
Module['wake'] = function() { _dealsheet_wake(); };  // render the next frames
Module['pump'] = function() { _dealsheet_pump(); };  // one frame now (inside an input handler)
Module['widgetRect'] = function(name) { bridgeIn(name); return bridgeOut(_dealsheet_widget_rect()); };  // "[x,y,w,h]" device px
// Handing over to the build with the panels (shell/app.js): this build's undo and redo steps as links, taken
// over by the other; and this build stops (its frame loop and its GLFW listeners on the page).
Module['historyLinks'] = function() { return bridgeOut(_dealsheet_history_links()); };
Module['adoptHistory'] = function(links) { bridgeIn(links); _dealsheet_adopt_history(); };
Module['shutdown'] = function() { _dealsheet_shutdown(); };
// Keyboard focus through the app's controls in reading order (shell/app.js takes Tab before GLFW does).
Module['tab'] = function(backwards) { return !!_dealsheet_tab(backwards ? 1 : 0); };  // false: focus leaves the app
Module['focusEdge'] = function(last) { _dealsheet_focus_edge(last ? 1 : 0); };  // focus came in from the page
