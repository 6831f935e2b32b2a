# Run by CPack (CPACK_PROJECT_CONFIG_FILE) each time the .deb is made: derives the
# Depends that dpkg-shlibdeps cannot see from what the applications load at run time,
# so the list cannot drift from the code.
#   - QML modules: qmlimportscanner over every .qml file of modules/ and app/, which
#     follows each module's own imports (QtQuick.VirtualKeyboard needs
#     Qt.labs.folderlistmodel); each module's qmldir is mapped to its package.
#   - plugins and other files named in packaging/runtime-files.txt, mapped the same way.
# Shared libraries come from dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS).
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    return()
endif()

# dpkg -S FILE -> the package(s) owning it; fails packaging if none does.
function(branch_owning_packages file out_var)
    execute_process(COMMAND dpkg-query -S "${file}"
        OUTPUT_VARIABLE owners ERROR_VARIABLE err RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "No installed package owns ${file}: ${err}")
    endif()
    # "pkg-a:amd64, pkg-b: /path" -> pkg-a;pkg-b
    string(REGEX REPLACE ": /[^\n]*" "" owners "${owners}")
    string(REGEX REPLACE "[\n,]+ *" ";" owners "${owners}")
    list(TRANSFORM owners REPLACE ":[a-z0-9]+$" "")
    set(${out_var} ${owners} PARENT_SCOPE)
endfunction()

set(branch_runtime_packages)

# QML modules.
file(GLOB_RECURSE branch_qml_files
    "${CPACK_BRANCH_SOURCE_DIR}/modules/*.qml" "${CPACK_BRANCH_SOURCE_DIR}/app/*.qml")
if(NOT branch_qml_files)
    message(FATAL_ERROR "No QML files found under ${CPACK_BRANCH_SOURCE_DIR}/modules")
endif()
execute_process(COMMAND "${CPACK_BRANCH_QMLIMPORTSCANNER}" -qmlFiles ${branch_qml_files}
    -importPath "${CPACK_BRANCH_QT_QML_DIR}"
    OUTPUT_VARIABLE imports ERROR_QUIET RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "qmlimportscanner failed (${rc})")
endif()
string(JSON count LENGTH "${imports}")
set(branch_qml_modules)
if(count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON type ERROR_VARIABLE no_type GET "${imports}" ${i} type)
        string(JSON name ERROR_VARIABLE no_name GET "${imports}" ${i} name)
        string(JSON path ERROR_VARIABLE no_path GET "${imports}" ${i} path)
        if(NOT type STREQUAL "module" OR name MATCHES "^BranchSuite")
            continue()  # our own modules are compiled into the executables
        endif()
        if(no_path OR path STREQUAL "")
            # An optional import inside a Qt module (the keyboard's sound effects
            # import QtMultimedia); a missing module our QML needs fails its tests.
            message(STATUS "QML module ${name} is imported but not installed; not a dependency")
            continue()
        endif()
        if(EXISTS "${path}/qmldir")
            branch_owning_packages("${path}/qmldir" owners)
        else()
            # Built into a Qt library (QtQml in libqt6qml6, found by dpkg-shlibdeps),
            # which still loads the parts shipped in its folder: QtQml brings in
            # QtQml.WorkerScript. Depend on the packages that fill that folder.
            branch_owning_packages("${path}" owners)
        endif()
        list(APPEND branch_runtime_packages ${owners})
        list(APPEND branch_qml_modules ${name})
    endforeach()
endif()
if(NOT branch_qml_modules)
    message(FATAL_ERROR "qmlimportscanner found no installed QML module; is Qt's QML directory ${CPACK_BRANCH_QT_QML_DIR}?")
endif()

# Plugins and files loaded by name.
file(STRINGS "${CPACK_BRANCH_SOURCE_DIR}/packaging/runtime-files.txt" lines REGEX "^(plugin|file) ")
foreach(line IN LISTS lines)
    string(REGEX REPLACE " *#.*$" "" line "${line}")
    string(REGEX MATCH "^(plugin|file) +([^ ]+)$" matched "${line}")
    if(CMAKE_MATCH_1 STREQUAL "plugin")
        set(file "${CPACK_BRANCH_QT_PLUGIN_DIR}/${CMAKE_MATCH_2}")
    else()
        set(file "${CMAKE_MATCH_2}")
    endif()
    branch_owning_packages("${file}" owners)
    list(APPEND branch_runtime_packages ${owners})
endforeach()

list(REMOVE_DUPLICATES branch_runtime_packages)
list(SORT branch_runtime_packages)
list(JOIN branch_runtime_packages ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
message(STATUS "Depends derived from the QML imports and runtime-files.txt: ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
