# Every compile setting of the project lives on this one INTERFACE target; every target links it.
add_library(truc2_settings INTERFACE)
add_library(truc2::settings ALIAS truc2_settings)

target_compile_features(truc2_settings INTERFACE cxx_std_20)

target_compile_definitions(truc2_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(truc2_settings INTERFACE
        -Wall -Wextra -Wpedantic
        -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wshadow=local -Wformat=2 -Wimplicit-fallthrough
        -Wmissing-declarations
    )
    if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        # clang (the fuzz preset) spells GCC's -Wshadow=local as -Wshadow-uncaptured-local.
        target_compile_options(truc2_settings INTERFACE
            -Wno-unknown-warning-option -Wshadow-uncaptured-local)
    endif()
    if(TRUC2_WERROR)
        target_compile_options(truc2_settings INTERFACE -Werror)
    endif()
    if(TRUC2_SANITIZE)
        target_compile_options(truc2_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
        target_link_options(truc2_settings INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(truc2_settings INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${TRUC2_WERROR}>:/WX>)
endif()
