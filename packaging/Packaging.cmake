# Debian package: `cpack -G DEB` in the build directory.
install(FILES packaging/branchsuite.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# bookworm is merged-/usr: systemd reads units from /usr/lib/systemd/system.
install(FILES packaging/branchsuite.service DESTINATION lib/systemd/system)
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/branchsuite)

set(CPACK_PACKAGE_NAME "branchsuite")
set(CPACK_PACKAGE_VENDOR "BranchSuite developers")
set(CPACK_PACKAGE_CONTACT "BranchSuite developers <branchsuite@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_LICENSE "GPL-3.0-or-later")
# Shared libraries come from dpkg-shlibdeps. QML modules, plugins and fonts are
# loaded at run time, so shlibdeps cannot see them: packaging/RuntimeDepends.cmake
# derives them when the package is made (qmlimportscanner, runtime-files.txt, dpkg -S).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Receipts print through CUPS (libcups2 comes from shlibdeps). The scheduler and
# its PDF filters are recommended: a branch may print to a CUPS server elsewhere,
# and the kiosk works, saying so, without a printer (docs/printing.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cups-daemon, cups-filters")
get_target_property(CPACK_BRANCH_QMLIMPORTSCANNER Qt6::qmlimportscanner LOCATION)
get_target_property(branch_qtpaths Qt6::qtpaths LOCATION)
execute_process(COMMAND "${branch_qtpaths}" --query QT_INSTALL_QML
    OUTPUT_VARIABLE CPACK_BRANCH_QT_QML_DIR OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND "${branch_qtpaths}" --query QT_INSTALL_PLUGINS
    OUTPUT_VARIABLE CPACK_BRANCH_QT_PLUGIN_DIR OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
set(CPACK_BRANCH_SOURCE_DIR "${PROJECT_SOURCE_DIR}")
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/RuntimeDepends.cmake")
include(CPack)
