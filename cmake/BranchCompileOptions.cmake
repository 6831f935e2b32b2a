# Shared warning set for every target of ours. CI turns warnings into errors
# so that a new warning cannot land unnoticed.
add_library(branch_compile_options INTERFACE)
target_compile_options(branch_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wconversion -Wsign-conversion
    -Wno-error=deprecated-declarations)
if(BRANCH_WARNINGS_AS_ERRORS)
    target_compile_options(branch_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(branch_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_FOREACH)
