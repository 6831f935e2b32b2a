# branch_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [GUI] [LABELS <labels...>])
#
# One executable per test class, registered with CTest, linked with the shared
# test support (tests/support: FakeClock, ProcessRunner, CoreHarness). Every test runs headless:
# GUI tests get the offscreen platform as a CTest property, never by code in the test.
function(branch_add_test)
    cmake_parse_arguments(ARG "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test branch_compile_options branch_test_support ${ARG_LIBS})
    set_target_properties(${ARG_NAME} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env
        "BRANCH_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "BRANCH_BINARY_DIR=${CMAKE_BINARY_DIR}"
        "BRANCH_MIGRATIONS_DIR=${PROJECT_SOURCE_DIR}/sqlite"
        "QT_QPA_PLATFORM=offscreen"
        "QT_QUICK_BACKEND=software"
        "QT_LOGGING_RULES=qt.qpa.*=false")
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    # Qt Test's own watchdog (300 s per test function) must not fire before
    # CTest's TIMEOUT: a long data row on a busy machine is slow, not hung.
    math(EXPR function_timeout_ms "${ARG_TIMEOUT} * 1000")
    list(APPEND env "QTEST_FUNCTION_TIMEOUT=${function_timeout_ms}")
    set(labels ${ARG_LABELS})
    if(ARG_GUI)
        list(APPEND labels gui)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${labels}")
endfunction()
