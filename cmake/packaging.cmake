# Install rules and the Debian package (CPack DEB): scripts/package.sh builds it, the ctest label "package"
# checks it (docs/packaging.md). Included by the top-level CMakeLists.txt when the app is built.
include(GNUInstallDirs)

set(DW_APP_ID nl.draagwijzer.draagwijzer) # AppStream id, .desktop file and icon name
set(DW_PACKAGE_FILES ${PROJECT_BINARY_DIR}/package-files)

install(TARGETS draagwijzer draagwijzer-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${DW_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
# The spreadsheet template for teams that start a new sheet (issue 19; docs/spreadsheetprofiel.md).
install(FILES ${PROJECT_SOURCE_DIR}/resources/spreadsheet/sjabloon.csv ${PROJECT_SOURCE_DIR}/resources/spreadsheet/sjabloon.xlsx
    DESTINATION ${CMAKE_INSTALL_DATADIR}/draagwijzer/spreadsheet)

# The release of this version: AppStream's <release> and the Debian changelog. Bump it with project(VERSION).
execute_process(COMMAND env LC_ALL=C date -u -R -d "${DW_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE DW_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/${DW_APP_ID}.metainfo.xml.in
    ${DW_PACKAGE_FILES}/${DW_APP_ID}.metainfo.xml @ONLY)
install(FILES ${DW_PACKAGE_FILES}/${DW_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# /usr/share/doc/draagwijzer/copyright: DEP-5, with the EUPL text from LICENSE as a License paragraph (each line
# indented by one space, an empty line as " .").
file(READ ${PROJECT_SOURCE_DIR}/LICENSE DW_EUPL_TEXT)
string(REGEX REPLACE "\n+$" "" DW_EUPL_TEXT "${DW_EUPL_TEXT}")
string(REGEX REPLACE "\n" "\n " DW_EUPL_TEXT " ${DW_EUPL_TEXT}")
string(REGEX REPLACE "\n [ \t]*\n" "\n .\n" DW_EUPL_TEXT "${DW_EUPL_TEXT}")
string(REGEX REPLACE "\n [ \t]*\n" "\n .\n" DW_EUPL_TEXT "${DW_EUPL_TEXT}")
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/copyright.in ${DW_PACKAGE_FILES}/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/resources/debian/changelog.in ${DW_PACKAGE_FILES}/changelog @ONLY)

# Man pages and the changelog gzipped as Debian wants them (-9, no name or time stamp: -n).
set(_dw_gzipped)
foreach(_dw_in ${PROJECT_SOURCE_DIR}/resources/man/draagwijzer.1 ${PROJECT_SOURCE_DIR}/resources/man/draagwijzer-cli.1
               ${DW_PACKAGE_FILES}/changelog)
    get_filename_component(_dw_name ${_dw_in} NAME)
    add_custom_command(OUTPUT ${DW_PACKAGE_FILES}/${_dw_name}.gz
        COMMAND gzip -9nc ${_dw_in} > ${DW_PACKAGE_FILES}/${_dw_name}.gz
        DEPENDS ${_dw_in})
    list(APPEND _dw_gzipped ${DW_PACKAGE_FILES}/${_dw_name}.gz)
endforeach()
add_custom_target(dw_package_files ALL DEPENDS ${_dw_gzipped})
install(FILES ${DW_PACKAGE_FILES}/draagwijzer.1.gz ${DW_PACKAGE_FILES}/draagwijzer-cli.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# A native package (no Debian revision): lintian wants its changelog as changelog.gz.
install(FILES ${DW_PACKAGE_FILES}/copyright ${DW_PACKAGE_FILES}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/draagwijzer)

# Qt's Dutch texts, which the app loads from Qt's translations and otherwise from here (src/app/main.cpp).
find_file(DW_QTBASE_NL_QM qtbase_nl.qm PATHS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS} NO_DEFAULT_PATH REQUIRED)
install(FILES ${DW_QTBASE_NL_QM} DESTINATION ${CMAKE_INSTALL_DATADIR}/draagwijzer/translations)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME draagwijzer)
set(CPACK_PACKAGE_VENDOR Draagwijzer)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Draagwijzer <info@draagwijzer.nl>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "casusregie met draagkracht en draaglast voor wijkteams")
# The extended description (CPack puts the summary above it): 72 columns, "." for an empty line, no quotes.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Draagwijzer is voor sociaal professionals in wijkteams die werken met de
aanpak uit het onderzoek De kracht van draagkracht (BMC en Universiteit
Twente). Een professional meet de draagkracht van een inwoner vanuit twee
kanten en de draaglast op acht levensgebieden, ziet het kwadrant, schrijft
een plan van aanpak en meet later opnieuw; een teamleider volgt de cijfers
van het onderzoek voor de eigen caseload. De gegevens blijven lokaal in
SQLite.
.
Het pakket bevat de app (draagwijzer) en draagwijzer-cli voor scripts,
rapporten en backups.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://draagwijzer.nl/)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # draagwijzer_<version>_amd64.deb
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries from dpkg-shlibdeps (libqt6svg6 among them, which also has the SVG icon engine); plus what Qt loads at
# run time and no ELF header names: the platform plugins (xcb, offscreen), the SQLite driver, the PDFs' font.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, fonts-dejavu-core")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
include(CPack)
