# Size and speed flags of the browser build, in one place. docs/performance.md records the measured effect of
# each (bench/flags.sh measures them again). Included once, from the top-level CMakeLists.txt, when building
# with Emscripten, so the core is compiled for the web too; web/ and bench/ use the same variables.
#   DEALSHEET_WEB_OPT         optimisation level of ImGui, the app, the JS API and the core (compile and link)
#   DEALSHEET_WEB_CORE_FLAGS  compile flags of the core (core/CMakeLists.txt) in the WebAssembly tree
#   DEALSHEET_WEB_LINK_FLAGS  link flags shared by the app and the JS API (and the wasm benchmarks)
# All are cache variables, so a variant is one -D away (bench/flags.sh builds the matrix that way).
include_guard(GLOBAL)

# -Oz: ImGui's UI is not CPU-bound, and the core is no faster at -O3 in WebAssembly (docs/performance.md).
# -flto: link-time optimisation across ImGui, the core and the app: −8.5 KB gzip (docs/performance.md).
# -finline-functions: emcc before 3.1.22 (Debian's is 3.1.6) adds -fno-inline-functions to every -Os/-Oz compile
# (emscripten PR #17843 stopped it), which marks every function noinline, also in the LTO bitcode, so even
# libc++'s one-line accessors stay calls. Inlining back on under -Oz (clang then inlines where the code does not
# grow): −9.2 KB gzip and the core 2× faster in wasm (docs/performance.md). With newer emcc it changes nothing.
# -mbulk-memory, -mnontrapping-fptoint: two WebAssembly features every browser with WebGL 2 has (Chrome 75,
# Firefox 79, Safari 15; node 12). With bulk memory, clang turns each memcpy/memset into one memory.copy/fill
# instruction instead of a call into libc, whose -Oz build (emcc links libc-optz at -Oz) copies a byte at a
# time; saturating float-to-int conversions need no range check around them. Smaller and faster together.
# -D_LIBCPP_DISABLE_EXTERN_TEMPLATE: libc++ declares std::string's members (and a few others) as instantiated in
# its prebuilt library, which emcc compiled at -Oz without inlining; with this documented libc++ switch they are
# compiled with the code that uses them, so they inline and take part in LTO like everything else.
# Measured together (docs/performance.md): −1.4 KB gzip, calculate() about a quarter faster in wasm.
set(DEALSHEET_WEB_OPT -Oz -flto -finline-functions -mbulk-memory -mnontrapping-fptoint -D_LIBCPP_DISABLE_EXTERN_TEMPLATE
    CACHE STRING "Optimisation level of the browser build (compile and link)")
# The core at the web's level too: at the Release tree's -O3 it made the app's wasm 60 KB gzip larger
# (docs/performance.md).
# No exceptions: the core never throws (errors are values) and nlohmann is only used through its
# non-throwing API, where -fno-exceptions turns any would-be throw into abort().
set(DEALSHEET_WEB_CORE_FLAGS ${DEALSHEET_WEB_OPT} -fno-exceptions CACHE STRING "Compile flags of the core in the WebAssembly tree")
# FILESYSTEM=0: no file system (the presets and the font are compiled in): −13 KB of JS (closure-minified).
# The default malloc (dlmalloc), not -sMALLOC=emmalloc: emmalloc saves 3 KB gzip but makes the core, which
# allocates many small strings, 2-3 times slower (docs/performance.md).
# No setjmp/longjmp support (nothing uses it), no errno from JS library calls, TextDecoder without a JS
# fallback and no polyfills (every browser with WebGL 2 has them, and node too): −0.7 KB gzip of JS.
# No automatic enabling of every WebGL extension the browser offers when the context is made: ImGui uses none
# (WebGL 2 has what it needs), and each getExtension call can wait on the GPU process (~0.3 s at start-up
# in Chromium with SwiftShader).
set(DEALSHEET_WEB_LINK_FLAGS -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sSUPPORT_LONGJMP=0 -sSUPPORT_ERRNO=0
    -sTEXTDECODER=2 -sPOLYFILL=0 -sGL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS=0
    CACHE STRING "Link flags of the app and the JS API")

# Closure Compiler (npm google-closure-compiler, pinned by cmake/closure/package-lock.json and installed by
# scripts/setup.sh) minifies the JavaScript glue: --closure 1 with EM_CLOSURE_COMPILER pointing at it
# (Debian's own closure-compiler is too old for emscripten 3.1.6: docs/web-platform.md §0.3). Without it the
# build works the same, with a larger dealsheet.js.
set(DEALSHEET_CLOSURE_COMPILER "${CMAKE_CURRENT_LIST_DIR}/closure/node_modules/.bin/google-closure-compiler"
    CACHE FILEPATH "Closure Compiler from npm (cmake/closure), used when it exists")
option(DEALSHEET_WEB_CLOSURE "Minify the JavaScript glue with Closure Compiler when it is installed" ON)
set(DEALSHEET_WEB_CLOSURE_ACTIVE OFF)
if(DEALSHEET_WEB_CLOSURE AND EXISTS "${DEALSHEET_CLOSURE_COMPILER}")
  set(DEALSHEET_WEB_CLOSURE_ACTIVE ON)
  list(APPEND DEALSHEET_WEB_LINK_FLAGS --closure 1)
  # emcc reads the compiler's location from the environment; every link in this tree gets it.
  set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;EM_CLOSURE_COMPILER=${DEALSHEET_CLOSURE_COMPILER}")
  message(STATUS "Closure Compiler: ${DEALSHEET_CLOSURE_COMPILER}")
elseif(DEALSHEET_WEB_CLOSURE)
  message(STATUS "Closure Compiler not installed (scripts/setup.sh installs it): JavaScript glue not minified")
endif()
