# The phone page (phone/, docs/phone.md): an npm project bundled by esbuild at
# build time. `npm ci` installs exactly the committed package-lock.json into
# the build tree (never into the source tree), preferring npm's local cache,
# so a rebuild works offline once the cache is warm. Nothing built is committed.
option(BRANCH_PHONE_PAGE "Bundle the phone page with npm and esbuild (needs nodejs and npm)" ON)

set(BRANCH_PHONE_SOURCE_DIR "${PROJECT_SOURCE_DIR}/phone")
set(BRANCH_PHONE_NODE_DIR "${PROJECT_BINARY_DIR}/phone")          # package.json, node_modules
set(BRANCH_PHONE_BUNDLE_DIR "${PROJECT_BINARY_DIR}/phone/bundle") # what core serves at /h5/
set(BRANCH_PHONE_BUNDLE_FILES
    "${BRANCH_PHONE_BUNDLE_DIR}/index.html"
    "${BRANCH_PHONE_BUNDLE_DIR}/app.js"
    "${BRANCH_PHONE_BUNDLE_DIR}/app.css")
# The issue's budget for the whole page, gzipped.
set(BRANCH_PHONE_MAX_GZIP_BYTES 153600)

# Defines the commands that make BRANCH_PHONE_BUNDLE_FILES; call it from the
# directory whose target embeds them.
function(branch_phone_bundle_commands)
    find_program(BRANCH_NPM npm REQUIRED)
    find_program(BRANCH_NODE node REQUIRED)
    add_custom_command(
        OUTPUT "${BRANCH_PHONE_NODE_DIR}/node_modules/.package-lock.json"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${BRANCH_PHONE_NODE_DIR}"
        COMMAND ${CMAKE_COMMAND} -E copy_if_different "${BRANCH_PHONE_SOURCE_DIR}/package.json"
                "${BRANCH_PHONE_SOURCE_DIR}/package-lock.json" "${BRANCH_PHONE_NODE_DIR}/"
        COMMAND ${BRANCH_NPM} ci --prefer-offline --no-audit --no-fund --loglevel=error
        WORKING_DIRECTORY "${BRANCH_PHONE_NODE_DIR}"
        DEPENDS "${BRANCH_PHONE_SOURCE_DIR}/package.json" "${BRANCH_PHONE_SOURCE_DIR}/package-lock.json"
        COMMENT "Phone page: npm ci from the committed lockfile"
        VERBATIM)
    file(GLOB phone_sources CONFIGURE_DEPENDS "${BRANCH_PHONE_SOURCE_DIR}/src/*")
    add_custom_command(
        OUTPUT ${BRANCH_PHONE_BUNDLE_FILES}
        COMMAND ${CMAKE_COMMAND} -E env "NODE_PATH=${BRANCH_PHONE_NODE_DIR}/node_modules"
                ${BRANCH_NODE} "${BRANCH_PHONE_SOURCE_DIR}/build.mjs" "${BRANCH_PHONE_BUNDLE_DIR}"
                ${BRANCH_PHONE_MAX_GZIP_BYTES}
        DEPENDS "${BRANCH_PHONE_NODE_DIR}/node_modules/.package-lock.json" "${BRANCH_PHONE_SOURCE_DIR}/build.mjs"
                ${phone_sources}
        COMMENT "Phone page: esbuild bundle (fails above ${BRANCH_PHONE_MAX_GZIP_BYTES} bytes gzipped)"
        VERBATIM)
endfunction()
