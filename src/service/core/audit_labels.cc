// The nouns of audited entities and the SQL naming a record of each, as a table.
#include "service/core/audit_labels.h"

#include <map>

namespace dangbo::service {

namespace {

struct EntityNoun {
  const char* entity;
  const char* noun;
  const char* name_sql;  // one `?`: the id; nullptr: the entity has no name
};
constexpr EntityNoun kNouns[] = {
    {"user", "Người dùng", "SELECT display_name FROM app_user WHERE id = ?"},
    {"member", "Đảng viên", "SELECT full_name FROM member WHERE id = ?"},
    {"org", "Tổ chức", "SELECT name FROM org WHERE id = ?"},
    {"candidate", "Quần chúng ưu tú", "SELECT full_name FROM candidate WHERE id = ?"},
    {"member_transfer", "Chuyển sinh hoạt của",
     "SELECT m.full_name FROM member_transfer t JOIN member m ON m.id = t.member_id WHERE t.id = "
     "?"},
    {"correction_request", "Đề nghị sửa hồ sơ của",
     "SELECT m.full_name FROM correction_request c JOIN member m ON m.id = c.member_id WHERE "
     "c.id = ?"},
    {"badge", "Huy hiệu Đảng của",
     "SELECT m.full_name FROM badge b JOIN member m ON m.id = b.member_id WHERE b.id = ?"},
    {"meeting", "Buổi sinh hoạt", nullptr},
    {"rating", "Xếp loại chất lượng", nullptr},
    {"holiday", "Ngày nghỉ", nullptr},
    {"host_unit", "Đơn vị", "SELECT name FROM host_unit WHERE id = ?"},
    {"org_committee_member", "Cấp ủy viên", nullptr},
    {"admission_target", "Chỉ tiêu kết nạp", nullptr},
    {"report_snapshot", "Báo cáo đã lưu", "SELECT title FROM report_snapshot WHERE id = ?"},
    {"inspection_case", "Cuộc kiểm tra, giám sát", nullptr},
    {"inspection_programme", "Chương trình kiểm tra", nullptr},
    {"discipline_case", "Hồ sơ kỷ luật", nullptr},
    {"propaganda_activity", "Hoạt động tuyên giáo",
     "SELECT title FROM propaganda_activity WHERE id = ?"},
    {"directive05_model", "Mô hình Chỉ thị 05", "SELECT name FROM directive05_model WHERE id = ?"},
    {"opinion_collaborator", "Cộng tác viên dư luận xã hội",
     "SELECT m.full_name FROM opinion_collaborator c JOIN member m ON m.id = c.member_id WHERE "
     "c.id = ?"},
    {"reward", "Khen thưởng", "SELECT recipient FROM reward WHERE id = ?"},
    {"emulation", "Phong trào thi đua, mô hình", "SELECT title FROM emulation WHERE id = ?"},
};

const EntityNoun* Find(const std::string& entity) {
  for (const EntityNoun& n : kNouns) {
    if (entity == n.entity) return &n;
  }
  return nullptr;
}

bool IsNumber(const std::string& s) {
  return !s.empty() && s.size() < 19 && s.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

std::vector<std::string> AuditEntityLabels(const Env& env, const std::vector<AuditRow>& rows) {
  std::vector<std::string> out;
  std::map<std::pair<std::string, std::string>, std::string> names;
  store::Transaction tx = env.db.BeginRead();
  for (const AuditRow& a : rows) {
    const EntityNoun* n = Find(a.entity);
    std::string label = n ? n->noun : a.entity;
    if (!a.entity_id.empty()) {
      std::string name;
      if (n && n->name_sql && IsNumber(a.entity_id)) {
        const auto key = std::make_pair(a.entity, a.entity_id);
        auto it = names.find(key);
        if (it == names.end()) {
          const auto row = tx.QueryOne(n->name_sql, {std::stoll(a.entity_id)});
          it = names.emplace(key, row ? row->OptText(0).value_or("") : "").first;
        }
        name = it->second;
      }
      label += name.empty() ? " số " + a.entity_id : " " + name;
    }
    out.push_back(std::move(label));
  }
  return out;
}

}  // namespace dangbo::service
