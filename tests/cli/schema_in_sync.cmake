# cmake -DCLI=<dealsheet> -DCOMMITTED=<docs/scenario.schema.json> -DOUT=<scratch file> -P schema_in_sync.cmake
# The committed schema must equal what the field descriptions generate (dealsheet --schema).
execute_process(COMMAND "${CLI}" --schema OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dealsheet --schema failed (${rc})")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${OUT}" "${COMMITTED}" RESULT_VARIABLE differ)
if(differ)
  message(FATAL_ERROR "docs/scenario.schema.json is out of date: run build/native/cli/dealsheet --schema > docs/scenario.schema.json")
endif()
