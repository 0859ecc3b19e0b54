// Holiday table maintenance and the calendar built from it.
#include "service/calendar/holidays.h"

#include <set>

#include "service/core/access.h"
#include "service/core/audit.h"
#include "text/text.h"

namespace dangbo::service {

int64_t EnsureShippedHolidays(const Env& env) {
  store::Transaction tx = env.db.BeginWrite();
  std::set<std::string> present;
  tx.Each("SELECT day FROM holiday", {}, [&](const store::Row& r) { present.insert(r.Text(0)); });
  int64_t added = 0;
  const std::string now = FormatTimestamp(env.clock.Now());
  for (const auto& seed : rules::ShippedHolidays()) {
    const std::string day = seed.date.Iso();
    if (present.count(day)) continue;
    tx.Exec(
        "INSERT INTO holiday (day, name, kind, source, updated_by, updated_at) "
        "VALUES (?, ?, ?, 'shipped', NULL, ?)",
        {day, seed.name, std::string(rules::HolidayKindCode(seed.kind)), now});
    ++added;
  }
  if (added > 0) {
    RecordAudit(tx, Actor::CliOperator(),
                {.action = "holiday.seed",
                 .entity = "holiday",
                 .after = {{"added", added}},
                 .detail = "Nạp bảng ngày nghỉ lễ kèm theo phần mềm"},
                env.clock.Now());
  }
  tx.Commit();
  return added;
}

rules::WorkingCalendar LoadCalendar(store::Transaction& tx) {
  std::vector<Date> off, working;
  tx.Each("SELECT day, kind FROM holiday", {}, [&](const store::Row& r) {
    const auto d = Date::Parse(r.Text(0));
    if (!d) return;
    (r.Text(1) == "working_saturday" ? working : off).push_back(*d);
  });
  return rules::WorkingCalendar(std::move(off), std::move(working));
}

Result<std::vector<HolidayRow>> ListHolidays(const Env& env, const Actor& actor, int year) {
  if (actor.roles.empty()) return Error::Forbidden("Không có quyền xem bảng ngày nghỉ.");
  if (year < 1990 || year > 2100) {
    return Error::Invalid("Năm không hợp lệ.", {{"year", "Năm phải từ 1990 đến 2100."}});
  }
  store::Transaction tx = env.db.BeginRead();
  std::vector<HolidayRow> out;
  tx.Each(
      "SELECT day, name, kind, source, updated_by FROM holiday WHERE day >= ? AND day < ? "
      "ORDER BY day",
      {std::to_string(year) + "-01-01", std::to_string(year + 1) + "-01-01"},
      [&](const store::Row& r) {
        out.push_back({r.Text(0), r.Text(1), r.Text(2), r.Text(3), r.OptText(4).value_or("")});
      });
  return out;
}

Result<HolidayRow> PutHoliday(const Env& env, const Actor& actor, const HolidayRow& raw) {
  // The table drives every deadline in every organization: root-scope admins only.
  AuditEntry audit{.action = "holiday.put", .entity = "holiday", .entity_id = raw.day};
  if (Status s = Authorize(actor, Action::kGlobalWrite, actor.org_path); !s) {
    RecordRefusal(env.db, actor, audit, s.error(), env.clock.Now());
    return s.error();
  }
  HolidayRow in = raw;
  in.name = text::Trim(in.name);
  const auto day = Date::Parse(in.day);
  Validator v;
  v.Check(day.has_value(), "day", "Ngày phải có dạng YYYY-MM-DD.");
  v.Check(!in.name.empty() && in.name.size() <= 200, "name",
          "Hãy ghi tên ngày nghỉ (tối đa 200 ký tự).");
  v.Check(rules::ParseHolidayKind(in.kind).has_value(), "kind",
          "Loại ngày phải là nghỉ lễ, nghỉ bù hoặc ngày thứ Bảy làm bù.");
  if (Status s = v.ToStatus(); !s) return s.error();
  store::Transaction tx = env.db.BeginWrite();
  if (auto before = tx.QueryOne("SELECT name, kind FROM holiday WHERE day = ?", {in.day})) {
    audit.before = {{"name", before->Text(0)}, {"kind", before->Text(1)}};
    tx.Exec("DELETE FROM holiday WHERE day = ?", {in.day});
  }
  in.source = "admin";
  in.updated_by = actor.username;
  tx.Exec(
      "INSERT INTO holiday (day, name, kind, source, updated_by, updated_at) "
      "VALUES (?, ?, ?, 'admin', ?, ?)",
      {in.day, in.name, in.kind, actor.username, FormatTimestamp(env.clock.Now())});
  audit.after = {{"name", in.name}, {"kind", in.kind}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return in;
}

Status DeleteHoliday(const Env& env, const Actor& actor, const std::string& day) {
  AuditEntry audit{.action = "holiday.delete", .entity = "holiday", .entity_id = day};
  if (Status s = Authorize(actor, Action::kGlobalWrite, actor.org_path); !s) {
    RecordRefusal(env.db, actor, audit, s.error(), env.clock.Now());
    return s.error();
  }
  store::Transaction tx = env.db.BeginWrite();
  const auto before = tx.QueryOne("SELECT name, kind FROM holiday WHERE day = ?", {day});
  if (!before) return Error::NotFound("Ngày " + day + " không có trong bảng ngày nghỉ.");
  tx.Exec("DELETE FROM holiday WHERE day = ?", {day});
  audit.before = {{"name", before->Text(0)}, {"kind", before->Text(1)}};
  RecordAudit(tx, actor, audit, env.clock.Now());
  tx.Commit();
  return Status::Ok();
}

}  // namespace dangbo::service
