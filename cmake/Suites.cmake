# Every suite `make test` runs, registered with CTest. Suites marked per engine run once on
# SQLite and once on the PostgreSQL whose URL scripts/run-tests.sh exports as
# DANGBO_TEST_PG_URL; without it the PostgreSQL runs fail.
find_program(NODE node REQUIRED)

foreach(unit base text rules tableio memindex report http)
  if(TARGET ${unit}_test)
    add_test(NAME ${unit}_unit COMMAND ${unit}_test)
  endif()
endforeach()

# The demo suite builds ten years of every domain several times (4–15 minutes on PostgreSQL
# on a loaded machine): its bloc tests and its national tests are two CTest entries, so that
# they run side by side and each stays well inside its limit.
set(service_shards "all=*")
set(demo_shards "bloc=DemoTest.*:VerifyDemoTest.*" "national=-DemoTest.*:VerifyDemoTest.*")
foreach(suite service demo)
  if(TARGET ${suite}_test)
    foreach(engine sqlite postgres)
      foreach(shard ${${suite}_shards})
        string(REPLACE "=" ";" parts "${shard}")
        list(GET parts 0 shard_name)
        list(GET parts 1 shard_filter)
        set(name ${suite}_${engine})
        if(NOT shard_name STREQUAL "all")
          set(name ${suite}_${shard_name}_${engine})
        endif()
        # The generator's drawing does not depend on the engine: that the same seed gives the
        # same data (two more ten-year runs) is checked on SQLite only.
        if(shard_name STREQUAL "bloc" AND engine STREQUAL "postgres")
          string(APPEND shard_filter "-DemoTest.SameSeedSameDataOtherSeedOtherData")
        endif()
        add_test(NAME ${name} COMMAND ${suite}_test --gtest_filter=${shard_filter})
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "DANGBO_TEST_DB=${engine}" TIMEOUT 900)
        # CTest starts the costliest first (a fresh clone has no timing history): the bloc
        # demos are the longest suites and must not be left for the end.
        if(shard_name STREQUAL "bloc")
          set_tests_properties(${name} PROPERTIES COST 1000)
        elseif(suite STREQUAL "service")
          set_tests_properties(${name} PROPERTIES COST 300)
        endif()
      endforeach()
    endforeach()
  endif()
endforeach()

# API suites: node's test runner drives the real `dangbo serve` over HTTP.
foreach(engine sqlite postgres)
  add_test(NAME api_${engine}
           COMMAND ${NODE} --test --test-concurrency=1 ${CMAKE_SOURCE_DIR}/tests/api/)
  set_tests_properties(api_${engine} PROPERTIES
    ENVIRONMENT "DANGBO_TEST_DB=${engine};DANGBO_BIN=$<TARGET_FILE:dangbo>;DANGBO_WEB_ROOT=${CMAKE_SOURCE_DIR}/web/dist"
    TIMEOUT 600 COST 250)
endforeach()

# Browser suite: Debian's chromium through playwright-core, against a real server on SQLite.
add_test(NAME web_chromium
         COMMAND ${NODE} ${CMAKE_SOURCE_DIR}/tests/lib/with-server.mjs
                 ${NODE} --test --test-concurrency=1 ${CMAKE_SOURCE_DIR}/tests/web/)
set_tests_properties(web_chromium PROPERTIES
  ENVIRONMENT "DANGBO_TEST_DB=sqlite;DANGBO_BIN=$<TARGET_FILE:dangbo>;DANGBO_WEB_ROOT=${CMAKE_SOURCE_DIR}/web/dist"
  TIMEOUT 900 RUN_SERIAL TRUE)
