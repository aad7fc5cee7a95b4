# Size and speed flags of the browser build, in one place (docs/performance.md records their measured effect).
#   DEALSHEET_WEB_OPT        optimisation level for ImGui, the app and the JS API (compile and link)
#   DEALSHEET_WEB_LINK_FLAGS extra link flags shared by the app and the JS API
set(DEALSHEET_WEB_OPT -Oz)  # ImGui's UI is not CPU-bound; -Oz is ~22% smaller than -O3 (docs/web-platform.md §4)
set(DEALSHEET_WEB_LINK_FLAGS -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sMALLOC=emmalloc)
