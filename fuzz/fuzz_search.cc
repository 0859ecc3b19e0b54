// Fuzz target: member search and list filters (GET /api/members?<input>), answered from the
// in-memory member index when the first byte is odd and by SQL when it is even, and the
// query-string parsing in front of them.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_app.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static dangbo::fuzz::FuzzApp with_index(true);
  static dangbo::fuzz::FuzzApp with_sql(false);
  if (size == 0) return 0;
  const std::string query(reinterpret_cast<const char*>(data + 1), size - 1);
  auto& app = data[0] % 2 ? with_index : with_sql;
  app.Send(dangbo::http::Method::kGet, "/api/members?" + query, "");
  return 0;
}
