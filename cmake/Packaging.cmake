# Installation layout and the Debian package (CPack DEB), included last by the top-level
# CMakeLists.txt. `./dev.sh package` builds it; tests/package/ checks what it contains.
#
# One package, "pnconsole", holds the console, pnctl and pnsim: they share the ledger's schema,
# so they are upgraded together (see the README's packaging section).
include(GNUInstallDirs)
# `cpack` and `install` take what is built instead of building every target (tests included)
# first: ./dev.sh package builds only the programs and the man pages.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(PN_APP_ID "io.github.pnconsole.PrivacyNumberConsole")
set(PN_PACKAGE_NAME "pnconsole")
set(PN_RESOURCES ${PROJECT_SOURCE_DIR}/resources)

foreach(program pnconsole pnctl pnsim)
    if(TARGET ${program})
        install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

# Desktop integration: the entry, the AppStream metainfo and the icons share one id.
install(FILES ${PN_RESOURCES}/desktop/${PN_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PN_RESOURCES}/desktop/${PN_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PN_RESOURCES}/icons/pnconsole.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${PN_APP_ID}.svg)
foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${PN_RESOURCES}/icons/hicolor/${size}x${size}/pnconsole.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${PN_APP_ID}.png)
endforeach()

# Man pages, compressed as Debian wants them (gzip -n: no time stamp, reproducible).
find_program(PN_GZIP gzip REQUIRED)
set(pn_man_outputs)
foreach(page pnconsole.1 pnctl.1 pnsim.1)
    set(out ${CMAKE_BINARY_DIR}/man/${page}.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
        COMMAND ${PN_GZIP} -9 -n -c ${PN_RESOURCES}/man/${page} > ${out}
        DEPENDS ${PN_RESOURCES}/man/${page}
        VERBATIM)
    list(APPEND pn_man_outputs ${out})
endforeach()
add_custom_target(pn_man_pages ALL DEPENDS ${pn_man_outputs})
install(FILES ${pn_man_outputs} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

install(FILES ${PN_RESOURCES}/completion/pnctl
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# Examples for a server running `pnctl listen` behind nginx (resources/deploy/).
set(pn_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/${PN_PACKAGE_NAME})
if(EXISTS ${PN_RESOURCES}/deploy)
    install(DIRECTORY ${PN_RESOURCES}/deploy/ DESTINATION ${pn_doc_dir}/examples)
endif()
install(FILES ${PN_RESOURCES}/debian/copyright DESTINATION ${pn_doc_dir})

# --- CPack: one .deb --------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${PN_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Privacy Number Console team")
set(CPACK_PACKAGE_CONTACT "Privacy Number Console team <pnconsole@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop console for a privacy-number (AXB) platform")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # pnconsole_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Privacy Number Console manages number-masking (AXB) bindings and XA transfers
on a cloud platform: credential profiles with keys in the OS keychain or an
encrypted vault, account state, a local ledger of every binding, call records
received by callback, and a built-in sandbox of the platform.

This package holds the console (pnconsole), the command-line tool (pnctl, also
a callback receiver for servers) and the platform simulator (pnsim).")
# dpkg-shlibdeps fills Depends from the ELF files; Qt loads these plugins and catalogs at run time,
# which it cannot see: the SQLite driver (the ledger), SVG (the window icon), Qt's own
# translations (zh_CN buttons and dialogs) and the platform plugins (xcb, offscreen), which
# libqt6gui6 only recommends: without them the console cannot open a window.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "nginx")
include(CPack)
