# Install layout and the Debian package, included at the end of the top-level CMakeLists.txt.
#   cmake --build build --target package     (or: cd build && cpack -G DEB)
# writes tfdrift-console_<version>_<arch>.deb into the build directory.

include(GNUInstallDirs)

set(TFDRIFT_APP_ID io.github.tfdrift.Console)

foreach(tfdrift_program IN ITEMS tfdrift-console tfdrift)
    if(TARGET ${tfdrift_program})
        install(TARGETS ${tfdrift_program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${TFDRIFT_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/${TFDRIFT_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/${TFDRIFT_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tfdrift-console
    RENAME copyright)

# Generic package metadata
set(CPACK_PACKAGE_NAME tfdrift-console)
set(CPACK_PACKAGE_VENDOR "TFDrift Console developers")
set(CPACK_PACKAGE_CONTACT "TFDrift Console developers <dev@tfdrift.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for cloud drift detection from Falco alerts")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "TFDrift Console receives Falco alerts about cloud API calls (AWS CloudTrail,\n"
    "GCP audit logs) over Falco's gRPC output or its HTTP output / falcosidekick\n"
    "webhook, and shows which Terraform-managed resources were changed outside\n"
    "Terraform, by whom and how.\n"
    "\n"
    "The package ships the Qt 6 desktop console (tfdrift-console) and a\n"
    "command-line tool (tfdrift) for tailing alerts and emulating a Falco endpoint.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/"
    "/\\\\.cache/"
    "/build[^/]*/"
    "/_CPack_Packages/"
    "\\\\.deb$"
    "\\\\.user$")

# Debian generator
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "TFDrift Console developers <dev@tfdrift.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Licensed GPL-3.0-or-later (see share/doc/tfdrift-console/copyright). The DEB generator has no license
# field; the RPM one does, so `cpack -G RPM` gets it right too.
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
# dpkg-shlibdeps only sees linked libraries. Qt loads these at run time as plugins:
# the SQLite driver (alert history), the platform plugins and the SVG icon engine.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Japanese glyphs need a CJK font; without one the Japanese UI shows boxes.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")

include(CPack)
