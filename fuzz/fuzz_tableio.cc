// Fuzz target: the import readers (CSV and XLSX, chosen by DetectFormat as the import does).
// A table read is also written back as CSV and XLSX (faults only: a re-read may pick another
// header row, as the reader's title-row rule looks at the first 30 rows).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tableio/tableio.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto t = dangbo::tableio::Read(bytes);
  if (t.ok() && t->rows.size() < 1000) {
    (void)dangbo::tableio::ReadCsv(dangbo::tableio::WriteCsv(*t));
    (void)dangbo::tableio::WriteXlsx(*t);
  }
  return 0;
}
