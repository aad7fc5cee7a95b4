// Catch2 v2 runner for the core tests; the same sources run natively and as WebAssembly under node.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
