// libzip and expat behind tableio's Archive and ParseXml, with the zip-bomb and size limits,
// and WriteZip.
#include "tableio/ooxml.h"

#include <expat.h>
#include <zip.h>

#include <vector>

#include "tableio/internal.h"
#include "tableio/tableio.h"

namespace dangbo::tableio::internal {
namespace {

constexpr uint64_t kRatioCheckMinSize = 1u << 20;  // smaller entries may compress any way
constexpr uint64_t kMaxRatio = 100;                // real sheets compress 5–30 times
constexpr uint64_t kMaxEntries = 10'000;
constexpr size_t kChunk = 64 * 1024;

Error ZipBomb() {
  return Error::Invalid(
      "Tệp Excel có dấu hiệu bất thường (dữ liệu bị nén với tỉ lệ quá cao, có thể là \"bom "
      "nén\") nên không được mở.");
}

struct FileClose {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

struct ParserFree {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

std::string_view LocalName(const char* name) {
  const std::string_view s(name);
  const size_t colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

struct ParseContext {
  XML_Parser parser;
  XmlHandler* handler;
};

void StopIfFailed(ParseContext* ctx) {
  if (ctx->handler->error) XML_StopParser(ctx->parser, XML_FALSE);
}

void OnStart(void* data, const XML_Char* name, const XML_Char** attrs) {
  auto* ctx = static_cast<ParseContext*>(data);
  ctx->handler->Start(LocalName(name), attrs);
  StopIfFailed(ctx);
}

void OnEnd(void* data, const XML_Char* name) {
  auto* ctx = static_cast<ParseContext*>(data);
  ctx->handler->End(LocalName(name));
  StopIfFailed(ctx);
}

void OnText(void* data, const XML_Char* text, int len) {
  auto* ctx = static_cast<ParseContext*>(data);
  ctx->handler->Text(std::string_view(text, static_cast<size_t>(len)));
  StopIfFailed(ctx);
}

void OnDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
  auto* ctx = static_cast<ParseContext*>(data);
  ctx->handler->error = Error::Invalid(
      "Tệp Excel (.xlsx) chứa khai báo DTD, điều mà tệp Excel thật không có, nên không được mở.");
  StopIfFailed(ctx);
}

}  // namespace

void Archive::Discard::operator()(zip* z) const { zip_discard(z); }

Archive::Archive(zip* z) : zip_(z), remaining_(kMaxInputBytes) {}
Archive::Archive(Archive&&) noexcept = default;
Archive& Archive::operator=(Archive&&) noexcept = default;
Archive::~Archive() = default;

Result<Archive> Archive::Open(std::string_view bytes) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  zip_t* z = source ? zip_open_from_source(source, ZIP_RDONLY, &err) : nullptr;
  zip_error_fini(&err);
  if (z == nullptr) {
    zip_source_free(source);  // accepts null; owned by the archive only once opened
    return NotXlsx();
  }
  Archive archive(z);

  const zip_int64_t entries = zip_get_num_entries(z, 0);
  if (entries <= 0 || static_cast<uint64_t>(entries) > kMaxEntries) return NotXlsx();
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0) return NotXlsx();
    if (!(st.valid & ZIP_STAT_SIZE)) continue;
    if (st.size > kMaxInputBytes) return TooLarge();
    total += st.size;
    if (total > kMaxInputBytes) return TooLarge();
    if ((st.valid & ZIP_STAT_COMP_SIZE) && st.size > kRatioCheckMinSize &&
        st.size > kMaxRatio * st.comp_size) {
      return ZipBomb();
    }
  }
  return archive;
}

std::optional<uint64_t> Archive::Find(const std::string& path) const {
  const zip_int64_t index = zip_name_locate(zip_.get(), path.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::nullopt;
  return static_cast<uint64_t>(index);
}

Status Archive::Read(uint64_t index, const std::function<Status(std::string_view)>& sink) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(zip_.get(), index, 0, &st) != 0) return NotXlsx();
  std::unique_ptr<zip_file_t, FileClose> file(zip_fopen_index(zip_.get(), index, 0));
  if (!file) return NotXlsx();  // also encrypted entries and unknown compression methods
  std::vector<char> buf(kChunk);
  uint64_t read = 0;
  while (true) {
    const zip_int64_t n = zip_fread(file.get(), buf.data(), buf.size());
    if (n < 0) return NotXlsx();  // damaged data or a CRC mismatch
    if (n == 0) break;
    const auto got = static_cast<uint64_t>(n);
    read += got;
    if (got > remaining_) return TooLarge();
    remaining_ -= got;
    if ((st.valid & ZIP_STAT_SIZE) && read > st.size) return ZipBomb();  // more than declared
    Status status = sink(std::string_view(buf.data(), static_cast<size_t>(got)));
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

std::string_view Attr(const char** attrs, std::string_view name) {
  for (size_t i = 0; attrs[i] != nullptr; i += 2) {
    if (LocalName(attrs[i]) == name) return attrs[i + 1];
  }
  return {};
}

Status ParseXml(Archive& archive, const std::string& path, XmlHandler& handler) {
  const std::optional<uint64_t> index = archive.Find(path);
  if (!index) return NotXlsx();
  std::unique_ptr<XML_ParserStruct, ParserFree> parser(XML_ParserCreate(nullptr));
  if (!parser) {
    return Error::Make(ErrorKind::kInternal, "internal", "Lỗi hệ thống",
                       "Không khởi tạo được bộ đọc XML.");
  }
  ParseContext ctx{parser.get(), &handler};
  XML_SetUserData(parser.get(), &ctx);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);

  auto failure = [&]() -> Error {
    if (handler.error) return *handler.error;
    return Error::Invalid("Tệp Excel (.xlsx) bị hỏng: phần \"" + path +
                          "\" không phải XML hợp lệ (dòng " +
                          std::to_string(XML_GetCurrentLineNumber(parser.get())) + ").");
  };
  Status status = archive.Read(*index, [&](std::string_view chunk) -> Status {
    if (XML_Parse(parser.get(), chunk.data(), static_cast<int>(chunk.size()), XML_FALSE) !=
        XML_STATUS_OK) {
      return failure();
    }
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (XML_Parse(parser.get(), nullptr, 0, XML_TRUE) != XML_STATUS_OK) return failure();
  return Status::Ok();
}

}  // namespace dangbo::tableio::internal

namespace dangbo::tableio {

namespace {

Error ZipFailed(zip_error_t* err) {
  return Error::Make(ErrorKind::kInternal, "internal", "Lỗi hệ thống",
                     std::string("Không tạo được tệp nén: ") + zip_error_strerror(err) + ".");
}

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

}  // namespace

Result<std::string> WriteZip(const ZipEntries& entries, bool store) {
  zip_error_t err;
  zip_error_init(&err);
  struct ErrorFini {
    zip_error_t* e;
    ~ErrorFini() { zip_error_fini(e); }
  } fini{&err};
  // The buffer source keeps the archive's bytes after zip_close; kept alive by one more
  // reference than the archive holds.
  std::unique_ptr<zip_source_t, SourceFree> out(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!out) return ZipFailed(&err);
  zip_source_keep(out.get());
  zip_t* z = zip_open_from_source(out.get(), ZIP_TRUNCATE, &err);
  if (z == nullptr) {
    zip_source_free(out.get());  // the reference the archive did not take
    return ZipFailed(&err);
  }
  for (const auto& [name, content] : entries) {
    zip_source_t* s = zip_source_buffer(z, content.data(), content.size(), 0);
    const zip_int64_t index =
        s ? zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      zip_source_free(s);
      zip_error_set(&err, zip_error_code_zip(zip_get_error(z)), 0);
      zip_discard(z);
      return ZipFailed(&err);
    }
    if (store) zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  if (zip_close(z) != 0) {
    zip_error_set(&err, zip_error_code_zip(zip_get_error(z)), 0);
    zip_discard(z);
    return ZipFailed(&err);
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_open(out.get()) != 0 || zip_source_stat(out.get(), &st) != 0) {
    return ZipFailed(zip_source_error(out.get()));
  }
  std::string bytes(st.size, '\0');
  const zip_int64_t n = zip_source_read(out.get(), bytes.data(), st.size);
  zip_source_close(out.get());
  if (n != static_cast<zip_int64_t>(st.size)) return ZipFailed(zip_source_error(out.get()));
  return bytes;
}

}  // namespace dangbo::tableio
