# Benchmark programs (not part of `make test`; `make bench` runs scripts/bench.sh).
# Included from the top-level CMakeLists.txt after the modules; needs dangbo_demo.
find_package(benchmark QUIET)

add_executable(dangbo-bench ${CMAKE_CURRENT_LIST_DIR}/dangbo_bench.cc ${CMAKE_CURRENT_LIST_DIR}/report_bench.cc)
target_link_libraries(dangbo-bench PRIVATE dangbo_demo dangbo_service)
set_target_properties(dangbo-bench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)

if(benchmark_FOUND)
  add_executable(dangbo-microbench ${CMAKE_CURRENT_LIST_DIR}/micro_bench.cc)
  target_link_libraries(dangbo-microbench PRIVATE dangbo_demo dangbo_service benchmark::benchmark)
  set_target_properties(dangbo-microbench PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
endif()

# The HTTP ceiling dangbo's HTTP figures are measured against (bench/ref_server.cc).
find_package(Threads REQUIRED)
add_executable(dangbo-refserver ${CMAKE_CURRENT_LIST_DIR}/ref_server.cc)
target_link_libraries(dangbo-refserver PRIVATE Boost::headers Threads::Threads)
set_target_properties(dangbo-refserver PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
