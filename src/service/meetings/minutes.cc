// The minutes (biên bản) of a meeting: one file per meeting, of a known type checked by its
// first bytes, bounded in size, kept in the database (no file path is ever built from user
// input) and served only to readers whose scope holds the meeting's unit.
#include <array>
#include <string_view>

#include "base/crypto.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/core/validate.h"
#include "service/meetings/meetings.h"
#include "service/meetings/meetings_internal.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

struct FileType {
  std::string_view ext, content_type, magic;
};
constexpr std::array<FileType, 4> kTypes = {{
    {"pdf", "application/pdf", "%PDF-"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
     std::string_view("PK\x03\x04", 4)},
    {"jpg", "image/jpeg", "\xFF\xD8\xFF"},
    {"png", "image/png", "\x89PNG\r\n\x1A\n"},
}};

// The file's type by its content and its name's ending, which must agree.
const FileType* TypeOf(const std::string& name, const std::string& bytes) {
  std::string lower;
  for (char c : name) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (const FileType& t : kTypes) {
    if (!bytes.starts_with(t.magic)) continue;
    const bool jpeg = t.ext == "jpg" && lower.ends_with(".jpeg");
    if (lower.ends_with("." + std::string(t.ext)) || jpeg) return &t;
  }
  return nullptr;
}

// The name shown: the last path segment, without control characters.
std::string ShownName(const std::string& filename) {
  std::string base = filename;
  if (const auto cut = base.find_last_of("/\\"); cut != std::string::npos) {
    base = base.substr(cut + 1);
  }
  std::string out;
  for (unsigned char c : base) {
    if (c >= 0x20 && c != 0x7F) out += static_cast<char>(c);
  }
  return out;
}

}  // namespace

Result<Meeting> UploadMinutes(const Env& env, const Actor& actor, int64_t id,
                              const std::string& filename, const std::string& content_base64) {
  Validator v;
  const std::string name = ShownName(filename);
  CheckText(v, name, "filename", "Tên tệp", 255, true);
  std::string bytes;
  if (content_base64.size() > static_cast<size_t>(kMinutesMaxBytes / 3 * 4 + 8)) {
    v.Fail("content_base64", "Tệp biên bản lớn quá 5 MB.");
  } else if (!Base64Decode(content_base64, &bytes) || bytes.empty()) {
    v.Fail("content_base64", "Nội dung tệp không đọc được.");
  } else if (static_cast<int64_t>(bytes.size()) > kMinutesMaxBytes) {
    v.Fail("content_base64", "Tệp biên bản lớn quá 5 MB.");
  }
  const FileType* type = v.ok() ? TypeOf(name, bytes) : nullptr;
  if (v.ok() && !type) {
    v.Fail("filename", "Chỉ nhận biên bản dạng PDF, Word (.docx), JPEG hoặc PNG.");
  }
  if (!v.ok()) return v.ToStatus().error();
  std::optional<Meeting> before;
  {
    store::Transaction rtx = env.db.BeginRead();
    std::string path;
    before = meetings_internal::LoadMeeting(rtx, id, &path);
    if (!before || !InScope(actor, path)) return MeetingNotFound(id);
  }
  const AuditEntry attempt{
      "meeting.minutes", "meeting", std::to_string(id), before->org_id, nullptr, nullptr, ""};
  auto tx = BeginAuthorizedWrite(env, actor, Action::kMeetingWrite, before->org_id, attempt);
  if (!tx.ok()) return tx.error();
  if (tx->Exec("UPDATE meeting SET minutes_name = ?, minutes_type = ?, minutes_size = ?, "
               "minutes_base64 = ?, version = version + 1, updated_at = ? WHERE id = ? AND "
               "voided_at IS NULL",
               {name, std::string(type->content_type), static_cast<int64_t>(bytes.size()),
                content_base64, FormatTimestamp(env.clock.Now()), id}) == 0) {
    return MeetingNotFound(id);
  }
  const auto m = meetings_internal::LoadMeeting(*tx, id, nullptr);
  if (!m) return MeetingNotFound(id);
  AuditEntry done = attempt;
  done.before = {{"minutes_name", before->minutes_name}, {"minutes_size", before->minutes_size}};
  done.after = {{"minutes_name", name}, {"minutes_size", static_cast<int64_t>(bytes.size())}};
  RecordAudit(*tx, actor, done, env.clock.Now());
  tx->Commit();
  return *m;
}

Result<MinutesFile> GetMinutes(const Env& env, const Actor& actor, int64_t id) {
  if (Status s = meetings_internal::CheckReader(actor); !s) return s.error();
  store::Transaction tx = env.db.BeginRead();
  const auto row = tx.QueryOne(
      "SELECT o.path, x.minutes_type, x.minutes_base64 FROM meeting x JOIN org o ON o.id = "
      "x.org_id WHERE x.id = ? AND x.voided_at IS NULL",
      {id});
  if (!row || !InScope(actor, row->Text(0))) return MeetingNotFound(id);
  if (row->IsNull(2)) return Error::NotFound("Buổi sinh hoạt này chưa có biên bản.");
  MinutesFile f;
  if (!Base64Decode(row->Text(2), &f.bytes)) return Error::NotFound("Biên bản không đọc được.");
  f.content_type = row->Text(1);
  std::string ext = "bin";
  for (const FileType& t : kTypes) {
    if (t.content_type == f.content_type) ext = t.ext;
  }
  f.download_name = "bien-ban-sinh-hoat-" + std::to_string(id) + "." + ext;
  return f;
}

}  // namespace dangbo::service
