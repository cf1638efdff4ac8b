# pitrace-facts.cmake - pitrace's extract/link split as build rules
# (docs/incremental.md). In a project's CMakeLists.txt:
#
#   set(CMAKE_EXPORT_COMPILE_COMMANDS ON)
#   include(/path/to/pitrace/cmake/pitrace-facts.cmake)
#   add_executable(app src/main.c src/upload.c)
#   pitrace_facts(app LINK_ARGS --format sarif -o pitrace.sarif)
#
# gives every C source of app a rule that extracts its facts file (again
# whenever the source, a header it includes, or the compilation database
# changes: pitrace writes the headers to a depfile), and a target
# pitrace-app that links them into the report. Build it with
#   cmake --build build --target pitrace-app -j8
# LINK_ARGS go to `pitrace link` (--fail-on, --format, -o, --rules...);
# EXTRACT_ARGS to each `pitrace extract` (the same --rules and
# --no-heuristics must go to both). PITRACE names the binary.
# Needs CMake 3.20 for DEPFILE with the Makefile generators.

find_program(PITRACE pitrace REQUIRED)

function(pitrace_facts target)
  cmake_parse_arguments(PF "" "" "EXTRACT_ARGS;LINK_ARGS" ${ARGN})
  get_target_property(sources ${target} SOURCES)
  get_target_property(source_dir ${target} SOURCE_DIR)
  set(db ${CMAKE_BINARY_DIR}/compile_commands.json)
  set(facts)
  foreach(src IN LISTS sources)
    if(NOT src MATCHES "\\.c$")
      continue()
    endif()
    get_filename_component(abs ${src} ABSOLUTE BASE_DIR ${source_dir})
    file(RELATIVE_PATH rel ${CMAKE_SOURCE_DIR} ${abs})
    set(out ${CMAKE_BINARY_DIR}/pitrace-facts/${rel}.facts)
    add_custom_command(OUTPUT ${out}
      COMMAND ${PITRACE} extract -p ${db} ${abs} -o ${out} --depfile ${out}.d --quiet ${PF_EXTRACT_ARGS}
      DEPENDS ${abs} ${db}
      DEPFILE ${out}.d
      COMMENT "pitrace extract ${rel}"
      VERBATIM)
    list(APPEND facts ${out})
  endforeach()
  add_custom_target(pitrace-${target}
    COMMAND ${PITRACE} link ${facts} --root ${CMAKE_SOURCE_DIR} ${PF_LINK_ARGS}
    DEPENDS ${facts}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "pitrace link (${target})"
    VERBATIM)
endfunction()
