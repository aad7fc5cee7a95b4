# cmake -DINPUT=<file> -DOUTPUT=<file.cpp> -DNAMESPACE=<ns> -DSYMBOL=<name> -P EmbedBinary.cmake
# Writes a C++ source defining `const unsigned char <SYMBOL>_data[]` and `const std::size_t <SYMBOL>_size`
# holding INPUT's bytes (a portable `xxd -i`).
file(READ "${INPUT}" _hex HEX)
string(LENGTH "${_hex}" _length)
math(EXPR _bytes "${_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," _array "${_hex}")
string(REGEX REPLACE "((0x..,){24})" "\\1\n" _array "${_array}")
file(WRITE "${OUTPUT}.tmp" "// Generated from ${INPUT} by cmake/EmbedBinary.cmake. Do not edit.\n#include <cstddef>\nnamespace ${NAMESPACE} {\nextern const unsigned char ${SYMBOL}_data[] = {\n${_array}\n};\nextern const std::size_t ${SYMBOL}_size = ${_bytes};\n}  // namespace ${NAMESPACE}\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
