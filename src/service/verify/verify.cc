// `dangbo verify`: each check is one SQL query whose rows are differences between a
// projection and the history it is kept from (see docs/ARCHITECTURE.md, "History"), plus
// the member name keys and tokens recomputed in C++ (verify_names.cc).
#include "service/verify/verify.h"

#include <array>
#include <functional>

#include "service/members/member_spans.h"
#include "service/verify/verify_internal.h"
#include "store/schema_parts.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

using RowText = std::function<std::string(const store::Row&)>;

struct SqlCheck {
  std::string code;
  const char* title;
  std::string sql;
  RowText line;
};

std::string Member(const store::Row& r) { return "đảng viên mã " + r.Text(0); }
std::string OrgId(const store::Row& r) { return "tổ chức mã " + r.Text(0); }
std::string OrText(const store::Row& r, size_t i) { return r.IsNull(i) ? "(trống)" : r.Text(i); }

// A status code with its label: "removed (Xóa tên)".
std::string StatusText(const std::string& s) { return "“" + StatusLabel(s) + "” (" + s + ")"; }

// Checks that a table of spans (member_span by member_id, org_span by org_id) is one chain
// per key: no span ends before it starts, every closed span but the last is followed by one
// starting where it ends, and only one span starts where no other ends (else they overlap).
// Whether the last span may be closed is the owner's check (open span, end of the org).
std::vector<SqlCheck> ChainChecks(const char* table, const char* key, const char* who,
                                  const char* empty_op) {
  const std::string t = table, k = key, w = who;
  return {
      {"", nullptr,
       "SELECT " + k + ", valid_from, valid_to FROM " + t + " WHERE valid_to IS NOT NULL AND " +
           "valid_to " + empty_op + " valid_from ORDER BY " + k + ", valid_from",
       [w](const store::Row& r) {
         return w + " mã " + r.Text(0) + ": khoảng từ " + r.Text(1) + " đến " + r.Text(2) +
                " kết thúc không sau khi bắt đầu";
       }},
      {"", nullptr,
       "SELECT a." + k + ", a.valid_from, a.valid_to FROM " + t + " a WHERE a.valid_to IS NOT " +
           "NULL AND NOT EXISTS (SELECT 1 FROM " + t + " b WHERE b." + k + " = a." + k +
           " AND b.valid_from = a.valid_to) AND EXISTS (SELECT 1 FROM " + t + " c WHERE c." + k +
           " = a." + k + " AND c.valid_from > a.valid_from) ORDER BY a." + k + ", a.valid_from",
       [w](const store::Row& r) {
         return w + " mã " + r.Text(0) + ": sau khoảng từ " + r.Text(1) + " đến " + r.Text(2) +
                " không có khoảng nào bắt đầu từ " + r.Text(2) + " (đứt quãng)";
       }},
      {"", nullptr,
       "SELECT a." + k + ", COUNT(*) FROM " + t + " a WHERE NOT EXISTS (SELECT 1 FROM " + t +
           " b WHERE b." + k + " = a." + k + " AND b.valid_to = a.valid_from) GROUP BY a." + k +
           " HAVING COUNT(*) > 1 ORDER BY a." + k,
       [w](const store::Row& r) {
         return w + " mã " + r.Text(0) + ": " + r.Text(1) +
                " khoảng không nối tiếp khoảng nào (chồng lấn hoặc tách rời)";
       }},
  };
}

// Appends the three ChainChecks with codes <prefix>_order, _gap, _overlap and `titles`.
void AppendChain(std::vector<SqlCheck>& checks, const char* table, const char* key, const char* who,
                 const char* empty_op, const char* prefix,
                 const std::array<const char*, 3>& titles) {
  auto chain = ChainChecks(table, key, who, empty_op);
  const char* suffixes[] = {"_order", "_gap", "_overlap"};
  for (size_t i = 0; i < chain.size(); ++i) {
    chain[i].code = std::string(prefix) + suffixes[i];
    chain[i].title = titles[i];
    checks.push_back(std::move(chain[i]));
  }
}

std::vector<SqlCheck> MemberChecks() {
  const std::string active = ActiveStatusesSql();
  std::vector<SqlCheck> checks = {
      {"member_open_span", "Đảng viên không có đúng một khoảng sinh hoạt đang mở",
       "SELECT m.id, (SELECT COUNT(*) FROM member_span s WHERE s.member_id = m.id AND "
       "s.valid_to IS NULL) FROM member m WHERE EXISTS (SELECT 1 FROM member_span s WHERE "
       "s.member_id = m.id) AND (SELECT COUNT(*) FROM member_span s WHERE s.member_id = m.id "
       "AND s.valid_to IS NULL) <> 1 ORDER BY m.id",
       [](const store::Row& r) { return Member(r) + ": " + r.Text(1) + " khoảng đang mở"; }},
      {"member_status", "Hồ sơ đảng viên khác khoảng sinh hoạt đang mở (trạng thái, chi bộ)",
       "SELECT m.id, m.status, m.org_id, s.status, s.org_id FROM member m JOIN member_span s ON "
       "s.member_id = m.id AND s.valid_to IS NULL WHERE m.status <> s.status OR m.org_id <> "
       "s.org_id ORDER BY m.id",
       [](const store::Row& r) {
         return Member(r) + ": hồ sơ ghi " + StatusText(r.Text(1)) + " ở chi bộ mã " + r.Text(2) +
                ", quá trình sinh hoạt cho " + StatusText(r.Text(3)) + " ở chi bộ mã " + r.Text(4);
       }},
      {"member_no_history", "Đảng viên không có quá trình sinh hoạt",
       "SELECT m.id, m.status FROM member m WHERE m.status <> 'ended' AND NOT EXISTS (SELECT 1 "
       "FROM member_span s WHERE s.member_id = m.id) ORDER BY m.id",
       [](const store::Row& r) {
         return Member(r) + " (" + StatusText(r.Text(1)) + ") không có khoảng sinh hoạt nào";
       }},
      {"member_path", "Đường dẫn tổ chức của đảng viên khác đường dẫn của chi bộ",
       "SELECT m.id, m.org_path, o.path FROM member m JOIN org o ON o.id = m.org_id WHERE "
       "m.org_path <> o.path ORDER BY m.id",
       [](const store::Row& r) {
         return Member(r) + ": hồ sơ ghi " + r.Text(1) + ", chi bộ ở " + r.Text(2);
       }},
      {"member_token_path", "Từ khóa tìm kiếm mang đường dẫn khác hồ sơ đảng viên",
       "SELECT t.member_id, t.token, t.org_path, m.org_path FROM member_name_token t JOIN member "
       "m ON m.id = t.member_id WHERE t.org_path <> m.org_path ORDER BY t.member_id, t.token",
       [](const store::Row& r) {
         return Member(r) + ": từ “" + r.Text(1) + "” ghi " + r.Text(2) + ", hồ sơ ghi " +
                r.Text(3);
       }},
      {"member_end_event", "Trạng thái đảng viên không có sự kiện tương ứng",
       "SELECT m.id, m.status, s.valid_from FROM member m JOIN member_span s ON s.member_id = "
       "m.id AND s.valid_to IS NULL WHERE m.status IN ('transferred_out', 'removed', "
       "'expelled', 'left', 'deceased') AND NOT EXISTS (SELECT 1 FROM member_event e WHERE "
       "e.member_id = m.id AND e.voided_at IS NULL AND e.occurred_on = s.valid_from AND ("
       "(m.status = 'transferred_out' AND e.kind = 'transferred_out') OR (m.status = 'removed' "
       "AND e.kind IN ('removed', 'recognition_refused')) OR (m.status = 'expelled' AND e.kind "
       "= 'expelled') OR (m.status = 'left' AND e.kind = 'left') OR (m.status = 'deceased' AND "
       "e.kind = 'died'))) ORDER BY m.id",
       [](const store::Row& r) {
         return Member(r) + ": trạng thái " + StatusText(r.Text(1)) + " từ " + r.Text(2) +
                " nhưng không có sự kiện (chưa hủy) nào ghi nhận việc đó ngày ấy";
       }},
      {"member_span_org", "Đảng viên sinh hoạt ở chi bộ ngoài thời gian chi bộ tồn tại",
       "SELECT s.member_id, s.org_id, s.valid_from, s.valid_to, o.established_on, o.ended_on "
       "FROM member_span s JOIN org o ON o.id = s.org_id WHERE s.status IN " +
           active +
           " AND ((o.established_on IS NOT NULL AND s.valid_from < o.established_on) OR "
           "(o.ended_on IS NOT NULL AND (s.valid_to IS NULL OR s.valid_to > o.ended_on))) "
           "ORDER BY s.member_id, s.valid_from",
       [](const store::Row& r) {
         return Member(r) + ": khoảng từ " + r.Text(2) + " đến " + OrText(r, 3) + " ở chi bộ mã " +
                r.Text(1) + " (thành lập " + OrText(r, 4) + ", kết thúc " + OrText(r, 5) + ")";
       }},
  };
  AppendChain(checks, "member_span", "member_id", "đảng viên", "<=", "member_span",
              {"Khoảng sinh hoạt của đảng viên ngược hoặc rỗng",
               "Quá trình sinh hoạt của đảng viên đứt quãng",
               "Quá trình sinh hoạt của đảng viên chồng lấn"});
  return checks;
}

std::vector<SqlCheck> OrgChecks() {
  std::vector<SqlCheck> checks = {
      {"org_open_span", "Tổ chức đang hoạt động không có đúng một khoảng lịch sử đang mở",
       "SELECT o.id, COUNT(s.org_id) FROM org o LEFT JOIN org_span s ON s.org_id = o.id AND "
       "s.valid_to IS NULL WHERE o.ended_on IS NULL GROUP BY o.id HAVING COUNT(s.org_id) <> 1 "
       "ORDER BY o.id",
       [](const store::Row& r) { return OrgId(r) + ": " + r.Text(1) + " khoảng đang mở"; }},
      {"org_projection", "Cây tổ chức hiện nay khác khoảng lịch sử đang mở",
       "SELECT o.id, o.parent_id, o.kind, o.name, o.path, s.parent_id, s.kind, s.name, s.path "
       "FROM org o JOIN org_span s ON s.org_id = o.id AND s.valid_to IS NULL WHERE "
       "o.ended_on IS NULL AND (COALESCE(o.parent_id, 0) <> COALESCE(s.parent_id, 0) OR "
       "o.kind <> s.kind OR o.name <> s.name OR o.path <> s.path) ORDER BY o.id",
       [](const store::Row& r) {
         std::string out = OrgId(r) + ":";
         const char* names[] = {"cấp trên", "loại", "tên", "đường dẫn"};
         for (size_t i = 0; i < 4; ++i) {
           if (OrText(r, 1 + i) != OrText(r, 5 + i)) {
             out += std::string(" ") + names[i] + " “" + OrText(r, 1 + i) + "” (lịch sử: “" +
                    OrText(r, 5 + i) + "”)";
           }
         }
         return out;
       }},
      {"org_ended_span", "Tổ chức đã kết thúc nhưng lịch sử không kết thúc đúng ngày",
       "SELECT o.id, o.ended_on FROM org o WHERE o.ended_on IS NOT NULL AND (EXISTS (SELECT 1 "
       "FROM org_span s WHERE s.org_id = o.id AND s.valid_to IS NULL) OR NOT EXISTS (SELECT 1 "
       "FROM org_span s WHERE s.org_id = o.id AND s.valid_to = o.ended_on)) ORDER BY o.id",
       [](const store::Row& r) {
         return OrgId(r) + ": kết thúc " + r.Text(1) +
                " nhưng không có khoảng lịch sử nào khép lại đúng ngày đó";
       }},
      {"org_established", "Ngày thành lập khác ngày bắt đầu lịch sử của tổ chức",
       "SELECT o.id, o.established_on, MIN(s.valid_from) FROM org o LEFT JOIN org_span s ON "
       "s.org_id = o.id WHERE o.established_on IS NOT NULL GROUP BY o.id, o.established_on "
       "HAVING MIN(s.valid_from) IS NULL OR MIN(s.valid_from) <> o.established_on ORDER BY o.id",
       [](const store::Row& r) {
         return OrgId(r) + ": thành lập " + r.Text(1) + ", lịch sử bắt đầu " + OrText(r, 2);
       }},
      {"org_path", "Đường dẫn của tổ chức không khớp tổ chức cấp trên",
       "SELECT c.id, c.path, COALESCE(p.path, '/') || CAST(c.id AS TEXT) || '/' FROM org c "
       "LEFT JOIN org p ON p.id = c.parent_id WHERE c.ended_on IS NULL AND c.path <> "
       "COALESCE(p.path, '/') || CAST(c.id AS TEXT) || '/' ORDER BY c.id",
       [](const store::Row& r) {
         return OrgId(r) + ": đường dẫn " + r.Text(1) + ", theo cấp trên phải là " + r.Text(2);
       }},
      {"org_parent_ended", "Tổ chức đang hoạt động thuộc tổ chức đã kết thúc",
       "SELECT c.id, p.id, p.ended_on FROM org c JOIN org p ON p.id = c.parent_id WHERE "
       "c.ended_on IS NULL AND p.ended_on IS NOT NULL ORDER BY c.id",
       [](const store::Row& r) {
         return OrgId(r) + ": cấp trên mã " + r.Text(1) + " đã kết thúc từ " + r.Text(2);
       }},
      {"org_end_event",
       "Việc kết thúc tổ chức không khớp quyết định (sáp nhập, chia tách, giải thể)",
       "SELECT o.id, o.ended_on FROM org o WHERE (o.ended_on IS NOT NULL AND NOT EXISTS (SELECT "
       "1 FROM org_event e WHERE e.org_id = o.id AND e.kind IN ('merged', 'split', 'dissolved') "
       "AND e.voided_at IS NULL AND e.effective_on = o.ended_on)) OR (o.ended_on IS NULL AND "
       "EXISTS (SELECT 1 FROM org_event e WHERE e.org_id = o.id AND e.kind IN ('merged', "
       "'split', 'dissolved') AND e.voided_at IS NULL)) "
       "ORDER BY o.id",
       [](const store::Row& r) {
         return r.IsNull(1) ? OrgId(r) + ": có quyết định kết thúc nhưng vẫn đang hoạt động"
                            : OrgId(r) + ": kết thúc " + r.Text(1) +
                                  " nhưng không có quyết định nào hiệu lực ngày đó";
       }},
  };
  // An organization established and ended on the same day keeps an empty span: allowed.
  AppendChain(checks, "org_span", "org_id", "tổ chức", "<", "org_span",
              {"Khoảng lịch sử của tổ chức ngược", "Lịch sử của tổ chức đứt quãng",
               "Lịch sử của tổ chức chồng lấn"});
  return checks;
}

// The dues' summaries kept beside their rows (dues_standing from the payments, dues_kept
// from the tallies): a row that differs from its recomputation, or one left where nothing
// should be.
std::vector<SqlCheck> DuesChecks() {
  const std::string standing = store::schema::DuesStandingOfPayments();
  const std::string kept = store::schema::DuesKeptOfTallies();
  // "tháng 1, 3" of a mask (bit 0 January), read as stored (NULL: no row) and recomputed.
  const auto months = [](const store::Row& r, size_t i) {
    if (r.IsNull(i)) return std::string("(không có)");
    std::string out;
    for (int m = 0; m < 12; ++m) {
      if (r.Int(i) >> m & 1) out += (out.empty() ? "tháng " : ", ") + std::to_string(m + 1);
    }
    return out.empty() ? std::string("không tháng nào") : out;
  };
  const RowText masks = [months](const store::Row& r) {
    return r.Text(0) + " năm " + r.Text(1) + ": lưu " + months(r, 4) + " / " + months(r, 5) +
           "; tính lại " + months(r, 2) + " / " + months(r, 3);
  };
  return {
      {"dues_standing", "Tháng đã ghi thu / chưa đóng của đảng viên khác sổ thu đảng phí",
       "SELECT x.member_id, x.year, x.recorded_mask, x.unpaid_mask, s.recorded_mask, "
       "s.unpaid_mask FROM (" +
           standing +
           ") x LEFT JOIN dues_standing s ON s.member_id = x.member_id AND s.year = x.year "
           "WHERE s.member_id IS NULL OR s.recorded_mask <> x.recorded_mask OR s.unpaid_mask <> "
           "x.unpaid_mask UNION ALL SELECT s.member_id, s.year, 0, 0, s.recorded_mask, "
           "s.unpaid_mask FROM dues_standing s LEFT JOIN (" +
           standing +
           ") x ON x.member_id = s.member_id AND x.year = s.year WHERE x.member_id IS NULL AND "
           "(s.recorded_mask <> 0 OR s.unpaid_mask <> 0) ORDER BY 1, 2",
       [masks](const store::Row& r) { return "đảng viên mã " + masks(r); }},
      {"dues_kept", "Tháng đã lập sổ thu của chi bộ khác bảng tổng hợp đảng phí",
       "SELECT x.org_id, x.year, x.kept_mask, 0, k.kept_mask, 0 FROM (" + kept +
           ") x LEFT JOIN dues_kept k ON k.org_id = x.org_id AND k.year = x.year WHERE "
           "k.org_id IS NULL OR k.kept_mask <> x.kept_mask UNION ALL SELECT k.org_id, k.year, 0, "
           "0, k.kept_mask, 0 FROM dues_kept k LEFT JOIN (" +
           kept +
           ") x ON x.org_id = k.org_id AND x.year = k.year WHERE x.org_id IS NULL AND "
           "k.kept_mask <> 0 ORDER BY 1, 2",
       [masks](const store::Row& r) { return "tổ chức mã " + masks(r); }},
  };
}

VerifyCheck RunSqlCheck(store::Transaction& tx, const SqlCheck& c, int64_t limit) {
  VerifyCheck out{c.code, c.title, 0, {}};
  tx.Each(c.sql, {}, [&](const store::Row& r) {
    if (out.found++ < limit) out.problems.push_back(c.line(r));
  });
  return out;
}

// SQLite's own checks of the file: page structure and indexes, then foreign keys.
void SqliteIntegrity(store::Transaction& tx, VerifyReport& r, int64_t limit) {
  r.integrity_checked = true;
  tx.Each("PRAGMA integrity_check", {}, [&](const store::Row& row) {
    if (row.Text(0) != "ok" && static_cast<int64_t>(r.integrity.size()) < limit) {
      r.integrity.push_back("integrity_check: " + row.Text(0));
    }
  });
  tx.Each("PRAGMA foreign_key_check", {}, [&](const store::Row& row) {
    if (static_cast<int64_t>(r.integrity.size()) < limit) {
      r.integrity.push_back("foreign_key_check: bảng " + row.Text(0) + ", dòng " + OrText(row, 1) +
                            " trỏ tới " + row.Text(2) + " không tồn tại");
    }
  });
}

}  // namespace

int64_t VerifyReport::Differences() const {
  int64_t n = static_cast<int64_t>(integrity.size());
  for (const auto& c : checks) n += c.found;
  return n;
}

VerifyReport VerifyDatabase(store::Database& db, int64_t limit) {
  VerifyReport r;
  r.engine = store::EngineName(db.engine());
  store::Transaction tx = db.BeginRead();
  if (db.engine() == store::Engine::kSqlite) SqliteIntegrity(tx, r, limit);
  r.members = tx.QueryRow("SELECT COUNT(*) FROM member").Int(0);
  r.orgs = tx.QueryRow("SELECT COUNT(*) FROM org").Int(0);
  for (const auto& c : MemberChecks()) r.checks.push_back(RunSqlCheck(tx, c, limit));
  r.checks.push_back(VerifyMemberNames(tx, limit));
  for (const auto& c : OrgChecks()) r.checks.push_back(RunSqlCheck(tx, c, limit));
  for (const auto& c : DuesChecks()) r.checks.push_back(RunSqlCheck(tx, c, limit));
  return r;
}

std::string FormatVerifyReport(const VerifyReport& r) {
  std::string out = "Cơ sở dữ liệu " + r.engine + ": " + text::FormatInt(r.members) +
                    " đảng viên, " + text::FormatInt(r.orgs) + " tổ chức; " +
                    std::to_string(r.checks.size()) + " phép đối chiếu.\n";
  if (r.integrity_checked) {
    out += r.integrity.empty() ? "Kiểm tra tệp SQLite (integrity_check, foreign_key_check): ổn.\n"
                               : "Kiểm tra tệp SQLite phát hiện lỗi:\n";
    for (const auto& l : r.integrity) out += "  - " + l + "\n";
  } else {
    out += "PostgreSQL: không có PRAGMA integrity_check; chỉ đối chiếu dữ liệu.\n";
  }
  if (r.Clean()) return out + "Kết quả: không có sai lệch.\n";
  out += "Kết quả: " + text::FormatInt(r.Differences()) + " sai lệch.\n";
  for (const auto& c : r.checks) {
    if (c.found == 0) continue;
    out += "* " + c.title + " [" + c.code + "]: " + text::FormatInt(c.found) + "\n";
    for (const auto& p : c.problems) out += "  - " + p + "\n";
    if (c.found > static_cast<int64_t>(c.problems.size())) {
      out += "  - … và " + text::FormatInt(c.found - static_cast<int64_t>(c.problems.size())) +
             " dòng khác\n";
    }
  }
  return out;
}

}  // namespace dangbo::service
