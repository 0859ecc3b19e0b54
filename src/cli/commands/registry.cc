// Registry CLI commands.
#include "cli/commands/registry.h"
#include "cli/cli_util.h"
#include "report/period.h"

#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "base/date.h"
#include "service/core/actor.h"
#include "service/members/member_import.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"
#include "store/migrate.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

Result<Date> ParseAt(const std::string& at, const Clock& clock) {
  return report::ParseDateParam("--at", at, Date::InVietnam(clock.Now()));
}

}  // namespace

int Stats(const DbOption& db, long long org_id, const std::string& at) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    auto date = ParseAt(at, env.clock);
    if (!date.ok()) return PrintError(date.error());
    auto s = service::StocksAt(env, op, org_id, *date);
    if (!s.ok()) return PrintError(s.error());
    const nlohmann::json j = {
        {"org", {{"id", s->org.id}, {"name", s->org.name}, {"kind", vocab::Code(s->org.kind)}}},
        {"date", s->date},
        {"orgs_by_kind", s->orgs_by_kind},
        {"grassroots", s->grassroots},
        {"members_by_status", s->members_by_status},
        {"members", s->members}};
    std::cout << j.dump(2) << "\n";
    return 0;
  });
}

int OrgTree(const DbOption& db, const std::string& at) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    auto date = ParseAt(at, env.clock);
    if (!date.ok()) return PrintError(date.error());
    auto tree = service::TreeAt(env, op, *date);
    if (!tree.ok()) return PrintError(tree.error());
    std::cout << "Cây tổ chức ngày " << date->Vietnamese() << ":\n";
    for (const auto& o : *tree) {
      const auto depth = std::count(o.path.begin(), o.path.end(), '/') - 2;
      std::cout << std::string(static_cast<size_t>(std::max<long>(0, depth)) * 2, ' ') << o.id
                << "  " << o.name << "  [" << vocab::Label(o.kind) << "]\n";
    }
    return 0;
  });
}

int OrgChange(const DbOption& db, const OrgChangeOptions& o) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    const service::Decision d{o.effective_on, o.decision_no, o.decision_date};
    auto done = [](const std::string& what) {
      std::cout << what << "\n";
      return 0;
    };
    if (o.verb == "rename") {
      auto r = service::RenameOrg(env, op, o.org_id, o.name, d);
      return r.ok() ? done("Đã đổi tên thành “" + r->name + "”.") : PrintError(r.error());
    }
    if (o.verb == "move") {
      auto r = service::MoveOrg(env, op, o.org_id, o.target_id, d);
      return r.ok() ? done("Đã chuyển “" + r->name + "” sang tổ chức cấp trên mã " +
                           std::to_string(o.target_id) + ".")
                    : PrintError(r.error());
    }
    if (o.verb == "upgrade") {
      auto r = service::UpgradeOrg(env, op, o.org_id, o.name, d);
      return r.ok() ? done("Đã nâng cấp thành đảng bộ cơ sở; " + std::to_string(r->members_moved) +
                           " đảng viên chuyển vào “" + r->first_branch.name + "” (mã " +
                           std::to_string(r->first_branch.id) + ").")
                    : PrintError(r.error());
    }
    if (o.verb == "merge") {
      auto r = service::MergeOrg(
          env, op, o.org_id, o.target_id,
          o.target_branch_id > 0 ? std::optional<int64_t>(o.target_branch_id) : std::nullopt, d);
      return r.ok() ? done("Đã sáp nhập vào “" + r->target.name +
                           "”: " + std::to_string(r->members_moved) + " đảng viên, " +
                           std::to_string(r->units_moved) + " đơn vị.")
                    : PrintError(r.error());
    }
    if (o.verb == "dissolve") {
      auto r = service::DissolveOrg(env, op, o.org_id, d);
      return r.ok() ? done("Đã giải thể “" + r->name + "”.") : PrintError(r.error());
    }
    std::cerr << "Lỗi: thao tác không hợp lệ: " << o.verb << "\n";
    return 2;
  });
}

int MemberAdd(const DbOption& db, const std::string& path) {
  const auto in = ReadMemberFile(path);
  if (!in.ok()) return PrintError(in.error());
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    auto m = service::CreateMember(env, op, *in);
    if (!m.ok()) return PrintError(m.error());
    std::cout << "Đã thêm đảng viên " << m->data.full_name << " (mã " << m->id << ") vào "
              << m->org_name << ".\n";
    return 0;
  });
}

int MemberSearch(const DbOption& db, const std::string& q, long long org_id,
                 const std::string& status) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    service::MemberQuery query;
    query.q = q;
    query.org_id = org_id;
    query.status = status;
    query.page_size = 500;
    auto page = service::SearchMembers(env, op, query);
    if (!page.ok()) return PrintError(page.error());
    for (const auto& m : page->items) {
      std::cout << m.id << "\t" << m.full_name << "\t" << Date::Parse(m.birth_date)->Vietnamese()
                << "\t" << service::StatusLabel(m.status) << "\t" << m.org_name << "\n";
    }
    std::cout << "Tìm thấy " << text::FormatInt(page->total) << " đảng viên"
              << (page->total > 500 ? " (hiện 500 đầu tiên)" : "") << ".\n";
    return 0;
  });
}

int MemberShow(const DbOption& db, long long id) {
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    auto m = service::GetMember(env, op, id);
    if (!m.ok()) return PrintError(m.error());
    std::cout << service::MemberJson(*m).dump(2) << "\n";
    return 0;
  });
}

int MemberImport(const DbOption& db, const std::string& file, long long org_id, bool commit,
                 const std::vector<int>& exclude) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "Lỗi: không đọc được tệp " << file << "\n";
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string bytes = ss.str();
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    if (commit) {
      auto r = service::CommitImport(env, op, bytes, org_id,
                                     std::set<int>(exclude.begin(), exclude.end()), file);
      if (!r.ok()) return PrintError(r.error());
      std::cout << "Đã nhập " << text::FormatInt(r->imported) << " đảng viên.\n";
      return 0;
    }
    auto p = service::PreviewImport(env, op, bytes, org_id);
    if (!p.ok()) return PrintError(p.error());
    for (const auto& row : p->rows) {
      if (row.errors.empty()) continue;
      std::cout << "Dòng " << row.row << " (" << row.input.full_name << "):\n";
      for (const auto& e : row.errors) std::cout << "  - " << e.field << ": " << e.message << "\n";
    }
    std::cout << p->valid << " dòng hợp lệ, " << p->invalid << " dòng có lỗi. "
              << (p->invalid ? "Sửa tệp hoặc bỏ dòng lỗi bằng --exclude, rồi chạy lại với --commit."
                             : "Chạy lại với --commit để nhập.")
              << "\n";
    return p->invalid ? 1 : 0;
  });
}

int MemberExport(const DbOption& db, long long org_id, const std::string& status,
                 const std::string& format, const std::string& out) {
  if (format != "xlsx" && format != "csv") {
    std::cerr << "Lỗi: --format phải là xlsx hoặc csv.\n";
    return 2;
  }
  return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
    service::MemberQuery q;
    q.org_id = org_id;
    q.status = status;
    auto bytes = service::ExportMembers(
        env, op, q, format == "csv" ? service::ExportFormat::kCsv : service::ExportFormat::kXlsx);
    if (!bytes.ok()) return PrintError(bytes.error());
    if (int rc = WriteFileOrFail(out, *bytes); rc != 0) return rc;
    auto page =
        service::SearchMembers(env, op, {.org_id = org_id, .status = status, .page_size = 1});
    std::cout << "Đã xuất " << (page.ok() ? page->total : 0) << " đảng viên vào " << out << ".\n";
    return 0;
  });
}

}  // namespace dangbo::cli
