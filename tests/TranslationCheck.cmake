# Fails when a UI string has no French translation (or no English plural forms): lupdate runs
# on a copy of each .ts over the current sources, and nothing may come out unfinished.
file(GLOB_RECURSE sources
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.ui"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
foreach(language fr en)
    set(copy "${WORK_DIR}/truc2_${language}.ts")
    configure_file("${SOURCE_DIR}/translations/truc2_${language}.ts" "${copy}" COPYONLY)
    set(extra)
    if(language STREQUAL "en")
        set(extra -pluralonly)
    endif()
    execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${extra}
        -I "${SOURCE_DIR}/models" -I "${SOURCE_DIR}/ui" -I "${SOURCE_DIR}/app"
        ${sources} -ts "${copy}" OUTPUT_QUIET ERROR_QUIET RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on truc2_${language}.ts")
    endif()
    file(STRINGS "${copy}" unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "${count} string(s) of translations/truc2_${language}.ts are not "
            "translated: run the update_translations target and translate them.")
    endif()
endforeach()
