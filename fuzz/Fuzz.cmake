# Fuzz targets (fuzz/*.cc, one LLVMFuzzerTestOneInput each) with their seed corpora in
# fuzz/corpus/<target>/. Two builds use them:
#  - the ordinary build links each target with replay_main.cc and registers fuzz_replay_<t>
#    with CTest: `make test` replays the corpus (and any reproducer kept there);
#  - -DDANGBO_FUZZ=ON (clang, see `make fuzz` / `make test-fuzz`) links them with libFuzzer,
#    ASan and UBSan, and registers fuzz_<t>: a short fuzzing run from the corpus.
set(DANGBO_FUZZ_RUNS 20000 CACHE STRING "Inputs per target in the CTest fuzzing pass")
set(fuzz_targets api search tableio dates)
set(fuzz_libs_api dangbo_fuzz_app)
set(fuzz_libs_search dangbo_fuzz_app)
set(fuzz_libs_tableio dangbo_tableio)
set(fuzz_libs_dates dangbo_service)

add_library(dangbo_fuzz_app STATIC ${CMAKE_SOURCE_DIR}/fuzz/fuzz_app.cc)
target_include_directories(dangbo_fuzz_app PUBLIC ${CMAKE_SOURCE_DIR})
target_link_libraries(dangbo_fuzz_app PUBLIC dangbo_http)

add_custom_target(fuzz_targets)
foreach(t ${fuzz_targets})
  set(exe fuzz_${t})
  if(DANGBO_FUZZ)
    add_executable(${exe} ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${t}.cc)
    target_link_options(${exe} PRIVATE -fsanitize=fuzzer,address,undefined)
    add_test(NAME fuzz_${t}
             COMMAND ${exe} -runs=${DANGBO_FUZZ_RUNS} -timeout=30 -rss_limit_mb=4096
                     -artifact_prefix=${CMAKE_BINARY_DIR}/fuzz-artifacts/${t}-
                     ${CMAKE_BINARY_DIR}/fuzz-corpus/${t} ${CMAKE_SOURCE_DIR}/fuzz/corpus/${t})
    set_tests_properties(fuzz_${t} PROPERTIES TIMEOUT 900)
    # libFuzzer writes new inputs into the first directory: a scratch copy, not the repo.
    file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz-corpus/${t} ${CMAKE_BINARY_DIR}/fuzz-artifacts)
  else()
    add_executable(${exe} ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${t}.cc
                          ${CMAKE_SOURCE_DIR}/fuzz/replay_main.cc)
    add_test(NAME fuzz_replay_${t} COMMAND ${exe} ${CMAKE_SOURCE_DIR}/fuzz/corpus/${t})
  endif()
  target_include_directories(${exe} PRIVATE ${CMAKE_SOURCE_DIR})
  target_link_libraries(${exe} PRIVATE ${fuzz_libs_${t}})
  set_target_properties(${exe} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  add_dependencies(fuzz_targets ${exe})
endforeach()
