# CTest registrations beyond the per-module defaults: the storage suite runs once per
# engine. store_postgres needs DANGBO_TEST_PG_URL in ctest's environment (see
# scripts/pg-test-server.sh) and fails without it.
if(TARGET store_test)
  add_test(NAME store_sqlite COMMAND store_test)
  set_tests_properties(store_sqlite PROPERTIES ENVIRONMENT "DANGBO_TEST_DB=sqlite" TIMEOUT 300)

  add_test(NAME store_postgres COMMAND store_test)
  set_tests_properties(store_postgres PROPERTIES ENVIRONMENT "DANGBO_TEST_DB=postgres"
                                                 TIMEOUT 300)
endif()
