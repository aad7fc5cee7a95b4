# Third-party code comes from the machine, never from this repository: Debian's packages by default
# (nlohmann-json3-dev, catch2, fonts-dejavu-core, python3-fonttools) and Dear ImGui's source extracted from
# Debian's source package by scripts/setup.sh. Every location is a cache variable for other systems.
#
# Targets made here:
#   dealsheet_json    nlohmann/json headers
#   dealsheet_catch2  Catch2 v2 single header (tests only)

set(DEALSHEET_NLOHMANN_INCLUDE_DIR "/usr/include" CACHE PATH "Directory holding nlohmann/json.hpp (3.11)")
set(DEALSHEET_CATCH2_INCLUDE_DIR "/usr/include" CACHE PATH "Directory holding catch2/catch.hpp (Catch2 v2)")
set(DEALSHEET_CATCH2_CMAKE_DIR "/usr/lib/cmake/Catch2" CACHE PATH "Directory holding Catch2 v2's Catch.cmake")
set(DEALSHEET_IMGUI_DIR "${PROJECT_SOURCE_DIR}/.deps/imgui" CACHE PATH "Dear ImGui source tree (1.86 or newer)")
set(DEALSHEET_UI_FONT "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" CACHE FILEPATH "TrueType UI font to subset")
set(DEALSHEET_PYTHON "/usr/bin/python3" CACHE FILEPATH "Python with fontTools, for subsetting the UI font")

# A shim directory exposes just these headers: adding all of /usr/include to a WebAssembly build would let
# the host's glibc headers shadow Emscripten's sysroot.
set(_shim "${PROJECT_BINARY_DIR}/include-shim")
file(MAKE_DIRECTORY "${_shim}")
foreach(_pair "nlohmann|${DEALSHEET_NLOHMANN_INCLUDE_DIR}/nlohmann" "catch2|${DEALSHEET_CATCH2_INCLUDE_DIR}/catch2")
  string(REPLACE "|" ";" _pair "${_pair}")
  list(GET _pair 0 _name)
  list(GET _pair 1 _target)
  if(NOT EXISTS "${_target}")
    message(FATAL_ERROR "${_target} not found: run scripts/setup.sh, or set the DEALSHEET_*_INCLUDE_DIR cache variables")
  endif()
  if(NOT EXISTS "${_shim}/${_name}")
    file(CREATE_LINK "${_target}" "${_shim}/${_name}" SYMBOLIC)
  endif()
endforeach()

add_library(dealsheet_json INTERFACE)
target_include_directories(dealsheet_json SYSTEM INTERFACE "${_shim}")
target_compile_definitions(dealsheet_json INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)

add_library(dealsheet_catch2 INTERFACE)
target_include_directories(dealsheet_catch2 SYSTEM INTERFACE "${_shim}")
