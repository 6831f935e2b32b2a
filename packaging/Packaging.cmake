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
# Shared libraries come from dpkg-shlibdeps; QML modules, plugins and fonts are
# loaded at run time, so shlibdeps cannot see them and they are listed here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-window, qml6-module-qtquick-layouts, qml6-module-qtquick-templates, qml6-module-qtqml-workerscript, fonts-noto-cjk")
include(CPack)
