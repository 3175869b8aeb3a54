# Run at every build (cmake -P): writes OUTPUT with the git commit of SOURCE_DIR ("5f6cdfc", "5f6cdfc-dirty"),
# or an empty one outside a git checkout or without git. configure_file rewrites OUTPUT only when its text
# changes, so a build on the same commit compiles nothing, and a new commit recompiles one small file.
set(DW_GIT_COMMIT "")
if(EXISTS "${SOURCE_DIR}/.git")
    find_program(GIT_EXECUTABLE git)
    if(GIT_EXECUTABLE)
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" describe --always --dirty --abbrev=7 --match=NoTagMatches
            OUTPUT_VARIABLE DW_GIT_COMMIT
            OUTPUT_STRIP_TRAILING_WHITESPACE
            ERROR_QUIET
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0 OR NOT DW_GIT_COMMIT MATCHES "^[0-9a-f]+(-dirty)?$")
            set(DW_GIT_COMMIT "")
        endif()
    endif()
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/gitcommit.cpp.in" "${OUTPUT}" @ONLY)
