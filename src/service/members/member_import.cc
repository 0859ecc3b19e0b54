// Member import and export.
#include "service/members/member_import.h"

#include <map>

#include "service/calendar/reference.h"
#include "service/core/access.h"
#include "service/core/audit.h"
#include "service/members/member_checks_internal.h"
#include "service/members/member_spans.h"
#include "service/members/member_writer.h"
#include "service/orgs/orgs.h"
#include "tableio/tableio.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

// Folded header texts offices use, beyond the field labels themselves.
const std::map<std::string, std::string>& HeaderAliases() {
  static const std::map<std::string, std::string> kAliases = {
      {"ho ten", "full_name"},
      {"ho va ten", "full_name"},
      {"ten", "full_name"},
      {"ten goi khac", "other_name"},
      {"gioi tinh", "sex"},
      {"nam/nu", "sex"},
      {"ngay sinh", "birth_date"},
      {"ngay thang nam sinh", "birth_date"},
      {"noi sinh", "birth_place"},
      {"que quan", "home_town"},
      {"noi o", "residence"},
      {"noi cu tru", "residence"},
      {"dan toc", "ethnicity"},
      {"ton giao", "religion"},
      {"cccd", "national_id"},
      {"so cccd", "national_id"},
      {"can cuoc", "national_id"},
      {"so can cuoc", "national_id"},
      {"so dinh danh", "national_id"},
      {"nghe nghiep", "occupation"},
      {"chuc vu", "job_title"},
      {"hoc van", "general_education"},
      {"giao duc pho thong", "general_education"},
      {"trinh do chuyen mon", "professional_level"},
      {"ly luan chinh tri", "theory_level"},
      {"trinh do ly luan chinh tri", "theory_level"},
      {"ngay vao dang", "admitted_on"},
      {"ngay ket nap", "admitted_on"},
      {"ngay chinh thuc", "official_on"},
      {"so the", "card_no"},
      {"so the dang", "card_no"},
      {"so the dang vien", "card_no"},
      {"ngay cap the", "card_issued_on"},
      {"so ly lich", "record_no"},
      {"chuc vu dang", "party_position"},
      {"chi bo", "org"},
      {"chi bo sinh hoat", "org"},
      {"ma chi bo", "org"},
      {"don vi", "org"},
  };
  return kAliases;
}

std::string FieldForHeader(const std::string& header) {
  const std::string key = text::Fold(header);
  if (key.empty()) return "";
  const auto& aliases = HeaderAliases();
  if (auto it = aliases.find(key); it != aliases.end()) return it->second;
  for (const auto& f : MemberFields()) {
    if (text::Fold(f.label) == key || key == f.name) return f.name;
  }
  return "";
}

// "02/05/1980", "2/5/1980", "1980-05-02" -> "1980-05-02"; anything else unchanged (and then
// rejected by validation with the field's message).
// Parsed by hand: d{1,2} sep d{1,2} sep d{4}, with sep one of / . -
std::string NormalizeDate(const std::string& s) {
  size_t i = 0;
  auto number = [&](size_t min, size_t max, int* out) {
    size_t n = 0;
    *out = 0;
    while (n < max && i < s.size() && s[i] >= '0' && s[i] <= '9')
      *out = *out * 10 + (s[i++] - '0'), ++n;
    return n >= min;
  };
  auto sep = [&] {
    return i < s.size() && (s[i] == '/' || s[i] == '.' || s[i] == '-') ? (++i, true) : false;
  };
  int d = 0, m = 0, y = 0;
  if (number(1, 2, &d) && sep() && number(1, 2, &m) && sep() && number(4, 4, &y) && i == s.size()) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
  return s;
}

bool IsDateField(const std::string& f) {
  return f == "birth_date" || f == "admitted_on" || f == "official_on" || f == "card_issued_on";
}

struct Units {
  std::map<int64_t, Org> by_id;
  std::multimap<std::string, int64_t> by_name;  // folded name -> id
};

Units LoadUnits(const Env& env, const Actor& actor) {
  Units u;
  auto orgs = ListOrgs(env, actor);
  if (!orgs.ok()) return u;
  for (const auto& o : *orgs) {
    if (o.kind != OrgKind::kGrassrootsBranch && o.kind != OrgKind::kBranch) continue;
    u.by_id[o.id] = o;
    u.by_name.emplace(text::Fold(o.name), o.id);
  }
  return u;
}

// Parses and checks every row; nothing is written.
Result<ImportPreview> Analyze(const Env& env, const Actor& actor, const std::string& bytes,
                              int64_t default_org_id, const ImportLimits& limits) {
  if (!RoleAllows(actor, Action::kMemberWrite)) {
    return Error::Forbidden("Vai trò của bạn không được nhập hồ sơ đảng viên.");
  }
  if (bytes.empty())
    return Error::Invalid("Tệp rỗng.", {{"file", "Hãy chọn tệp .xlsx hoặc .csv."}});
  auto table = tableio::Read(bytes, {limits.max_bytes, limits.max_rows});
  if (!table.ok()) return table.error();
  ImportPreview p;
  bool has_org = false, has_name = false;
  for (size_t i = 0; i < table->header.size(); ++i) {
    ImportColumn c{static_cast<int>(i), table->header[i], FieldForHeader(table->header[i])};
    has_org |= c.field == "org";
    has_name |= c.field == "full_name";
    p.columns.push_back(std::move(c));
  }
  if (!has_name) {
    return Error::Invalid("Không tìm thấy cột “Họ và tên” trong dòng tiêu đề của tệp.",
                          {{"file", "Tệp phải có cột “Họ và tên”."}});
  }
  const Units units = LoadUnits(env, actor);
  if (!has_org && default_org_id <= 0) {
    return Error::Invalid("Tệp không có cột “Chi bộ”: hãy chọn chi bộ cho các đảng viên trong tệp.",
                          {{"org_id", "Hãy chọn chi bộ."}});
  }
  if (default_org_id > 0 && !units.by_id.count(default_org_id)) {
    return Error::Invalid("Chi bộ đã chọn không thuộc phạm vi của bạn hoặc không phải chi bộ.",
                          {{"org_id", "Hãy chọn một chi bộ trong phạm vi của bạn."}});
  }
  const Date today = service::Today(env);
  std::map<std::string, int> seen_card, seen_id, seen_record, seen_person;
  store::Transaction tx = env.db.BeginRead();
  for (size_t r = 0; r < table->rows.size(); ++r) {
    ImportRow row;
    row.row = static_cast<int>(table->row_lines.size() > r ? table->row_lines[r] : r + 2);
    for (const auto& c : p.columns) {
      if (c.field.empty()) continue;
      std::string value = table->rows[r][c.index];
      // Our exports guard formula-like text with an apostrophe; take it off again.
      if (value.size() >= 2 && value[0] == '\'' &&
          std::string_view("=+-@").find(value[1]) != std::string_view::npos) {
        value.erase(0, 1);
      }
      if (c.field == "org") {
        row.org_text = value;
        continue;
      }
      if (IsDateField(c.field)) value = NormalizeDate(value);
      SetMemberField(row.input, c.field, value);
    }
    row.input = NormalizeMember(row.input);
    Validator v;
    // The unit: by id, by exact name, or the default.
    const std::string org_key = text::Fold(row.org_text);
    if (org_key.empty()) {
      row.input.org_id = default_org_id;
      if (default_org_id <= 0) v.Fail("org", "Thiếu chi bộ sinh hoạt.");
    } else if (org_key.find_first_not_of("0123456789") == std::string::npos &&
               org_key.size() <= 18 && units.by_id.count(std::stoll(org_key))) {
      row.input.org_id = std::stoll(org_key);
    } else {
      const auto [lo, hi] = units.by_name.equal_range(org_key);
      const auto n = std::distance(lo, hi);
      if (n == 1) {
        row.input.org_id = lo->second;
      } else {
        v.Fail("org", n == 0 ? "Không có chi bộ “" + row.org_text + "” trong phạm vi của bạn."
                             : "Có " + std::to_string(n) + " chi bộ cùng tên “" + row.org_text +
                                   "”: hãy ghi mã chi bộ.");
      }
    }
    ValidateMember(row.input, today, v);
    const MemberInput& in = row.input;
    // Within the file.
    auto once = [&](std::map<std::string, int>& seen, const std::string& key, const char* field,
                    const std::string& what) {
      if (key.empty()) return;
      const auto [it, fresh] = seen.emplace(key, row.row);
      if (!fresh)
        v.Fail(field, what + " trùng với dòng " + std::to_string(it->second) + " trong tệp.");
    };
    once(seen_card, in.card_no, "card_no", "Số thẻ đảng viên");
    once(seen_id, in.national_id, "national_id", "Số CCCD");
    once(seen_record, in.record_no, "record_no", "Số lý lịch");
    once(seen_person, in.birth_date.empty() ? "" : text::Fold(in.full_name) + "|" + in.birth_date,
         "full_name", "Họ tên và ngày sinh");
    // Against the registry.
    if (!in.card_no.empty() &&
        tx.QueryOne("SELECT 1 FROM member WHERE card_no = ?", {in.card_no})) {
      v.Fail("card_no", "Số thẻ " + in.card_no + " đã được cấp cho đảng viên khác.");
    }
    if (!in.record_no.empty() &&
        tx.QueryOne("SELECT 1 FROM member WHERE record_no = ?", {in.record_no})) {
      v.Fail("record_no", "Số lý lịch " + in.record_no + " đã có trong hệ thống.");
    }
    // Likely duplicates, told as the actor may know them (member_checks.h).
    if (!in.birth_date.empty() || !in.national_id.empty()) {
      const DuplicateCheck dups = FindDuplicates(tx, actor, in, 0);
      for (const Duplicate& d : dups.inside) {
        const std::string who = "đảng viên mã " + std::to_string(d.id) + ".";
        if (d.by_national_id) {
          v.Fail("national_id", "Có thể trùng: số CCCD đã có ở " + who);
        } else {
          v.Fail("full_name", "Có thể trùng: cùng họ tên và ngày sinh với " + who);
        }
      }
      if (dups.national_id_elsewhere) v.Fail("national_id", NationalIdElsewhereText());
    }
    if (Status s = v.ToStatus(); !s) row.errors = s.error().fields;
    (row.errors.empty() ? p.valid : p.invalid)++;
    p.rows.push_back(std::move(row));
  }
  if (p.rows.empty()) {
    return Error::Invalid("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.",
                          {{"file", "Tệp không có dữ liệu."}});
  }
  return p;
}

}  // namespace

Result<ImportPreview> PreviewImport(const Env& env, const Actor& actor, const std::string& bytes,
                                    int64_t default_org_id, const ImportLimits& limits) {
  return Analyze(env, actor, bytes, default_org_id, limits);
}

Result<ImportResult> CommitImport(const Env& env, const Actor& actor, const std::string& bytes,
                                  int64_t default_org_id, const std::set<int>& exclude_rows,
                                  const std::string& filename, const ImportLimits& limits) {
  auto preview = Analyze(env, actor, bytes, default_org_id, limits);
  if (!preview.ok()) return preview.error();
  std::vector<FieldError> errors;
  size_t error_count = 0;
  std::vector<const ImportRow*> rows;
  for (const auto& r : preview->rows) {
    if (exclude_rows.count(r.row)) continue;
    for (const auto& e : r.errors) {
      if (++error_count > kMaxReportedErrors) continue;
      errors.push_back({"rows[" + std::to_string(r.row) + "]." + e.field,
                        "Dòng " + std::to_string(r.row) + ": " + e.message});
    }
    rows.push_back(&r);
  }
  if (error_count > 0) {
    Validator v;
    for (auto& f : errors) v.Fail(std::move(f.field), std::move(f.message));
    Error e = v.ToStatus().error();
    e.code = "import_has_errors";
    e.detail = "Chưa nhập được: còn " + std::to_string(error_count) +
               " lỗi. Hãy sửa tệp hoặc bỏ các dòng lỗi rồi thử lại." +
               (error_count > kMaxReportedErrors
                    ? " Dưới đây là " + std::to_string(kMaxReportedErrors) + " lỗi đầu tiên."
                    : " " + e.detail);
    return e;
  }
  if (rows.empty()) {
    return Error::Invalid("Không còn dòng nào để nhập.", {{"exclude_rows", "Đã bỏ mọi dòng."}});
  }
  // One transaction; access is checked on the unit of every row.
  AuditEntry audit{.action = "member.import", .entity = "member", .org_id = rows[0]->input.org_id};
  audit.detail = "Tệp " + filename;
  auto txr = BeginAuthorizedWrite(env, actor, Action::kMemberWrite, rows[0]->input.org_id, audit);
  if (!txr.ok()) return txr.error();
  store::Transaction& tx = txr.value();
  std::map<int64_t, std::pair<std::string, std::string>> units;  // id -> (path, established_on)
  for (const ImportRow* r : rows) {
    if (units.count(r->input.org_id)) continue;
    const auto org = LoadOrg(tx, r->input.org_id);
    if (!org || !InScope(actor, org->path)) {
      return Error::Forbidden("Dòng " + std::to_string(r->row) + ": chi bộ nằm ngoài phạm vi.");
    }
    units[org->id] = {org->path, org->established_on};
  }
  // Numbers may have been taken since the preview.
  for (const ImportRow* r : rows) {
    const MemberInput& in = r->input;
    if ((!in.card_no.empty() &&
         tx.QueryOne("SELECT 1 FROM member WHERE card_no = ?", {in.card_no})) ||
        (!in.record_no.empty() &&
         tx.QueryOne("SELECT 1 FROM member WHERE record_no = ?", {in.record_no}))) {
      return Error::Conflict("duplicate_number", "Dòng " + std::to_string(r->row) +
                                                     ": số thẻ hoặc số lý lịch vừa được dùng. "
                                                     "Hãy xem trước lại tệp.");
    }
  }
  ImportResult result;
  MemberWriter writer(tx, actor.username, FormatTimestamp(env.clock.Now()));
  for (const ImportRow* r : rows) {
    const auto& [path, established] = units[r->input.org_id];
    result.ids.push_back(writer.Add(r->input, DeriveMemberRows(r->input, established), path));
  }
  writer.Flush();
  result.imported = static_cast<int64_t>(result.ids.size());
  audit.after = {{"file", filename},
                 {"imported", result.imported},
                 {"excluded_rows", std::vector<int>(exclude_rows.begin(), exclude_rows.end())},
                 {"first_id", result.ids.front()},
                 {"last_id", result.ids.back()}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return result;
}

Result<std::string> ExportMembers(const Env& env, const Actor& actor, const MemberQuery& query,
                                  ExportFormat format) {
  const bool sensitive = SeesSensitive(actor);
  tableio::Table t;
  t.header = {"STT",
              "Họ và tên",
              "Giới tính",
              "Ngày sinh",
              "Dân tộc",
              "Tôn giáo",
              "Chi bộ",
              "Ngày vào Đảng",
              "Ngày chính thức",
              "Số thẻ đảng viên",
              "Lý luận chính trị",
              "Trạng thái"};
  if (sensitive) t.header.push_back("Số CCCD");
  const bool csv = format == ExportFormat::kCsv;
  auto date = [csv](const std::string& iso) { return csv ? text::FormatDate(iso) : iso; };
  int64_t n = 0;
  Status s = EachMember(env, actor, query, [&](const MemberSummary& m) {
    std::string theory;
    for (const auto& l : TheoryLevels()) {
      if (l.code == m.theory_level) theory = l.label;
    }
    std::vector<std::string> row = {std::to_string(++n),
                                    m.full_name,
                                    m.sex == "female" ? "Nữ" : "Nam",
                                    date(m.birth_date),
                                    m.ethnicity,
                                    m.religion,
                                    m.org_name,
                                    date(m.admitted_on),
                                    date(m.official_on),
                                    m.card_no,
                                    theory,
                                    StatusLabel(m.status)};
    if (sensitive) row.push_back(m.national_id);
    t.rows.push_back(std::move(row));
  });
  if (!s.ok()) return s.error();
  if (csv) return tableio::WriteCsv(t);
  tableio::XlsxOptions o;
  const Date today = service::Today(env);
  o.title_lines = {"ĐẢNG CỘNG SẢN VIỆT NAM", "DANH SÁCH ĐẢNG VIÊN",
                   "Ngày " + today.Vietnamese() + " — " + text::FormatInt(n) + " đảng viên"};
  using K = tableio::ColumnKind;
  o.kinds = {K::kInteger, K::kText, K::kText, K::kDate, K::kText, K::kText, K::kText,
             K::kDate,    K::kDate, K::kText, K::kText, K::kText, K::kText};
  return tableio::WriteXlsx(t, o);
}

}  // namespace dangbo::service
