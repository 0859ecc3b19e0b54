// Indicators: scope and role checks, then one read transaction for the report engine.
#include "service/report/indicators.h"

#include <algorithm>
#include <map>

#include "report/as_recorded.h"
#include "service/core/access.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

// A read transaction seeing the data as recorded at `recorded` ("" now), and the member
// index when it may answer (it holds only the data as it is now).
struct Reader {
  store::Transaction tx;
  memindex::MemberIndex* index = nullptr;
};
Reader OpenReader(const Env& env, const std::string& recorded) {
  Reader r{env.db.BeginRead(), recorded.empty() ? env.index : nullptr};
  if (!recorded.empty()) report::ReadAsRecorded(r.tx, recorded);
  return r;
}

// "23:59 ngày 30/06/2025": a moment as people read it, in Vietnam.
std::string RecordedWhen(const std::string& moment) {
  TimePoint at;
  if (!ParseTimestamp(moment, &at)) return moment;
  // Vietnam is UTC+7 all year: the hour and minute of the shifted UTC form.
  const std::string local = FormatTimestamp(at + std::chrono::hours(7));
  return local.substr(11, 5) + " ngày " + Date::InVietnam(at).Vietnamese();
}

// An organization missing as recorded at a moment was not yet entered then: say so rather
// than that it did not exist.
Error NotYetRecorded(Error e, const std::string& recorded) {
  if (recorded.empty() || e.code != "org_not_existing") return e;
  e.detail = "Đến " + RecordedWhen(recorded) +
             ", tổ chức này chưa được ghi nhận trong hệ thống: chưa có số liệu.";
  return e;
}

// The values of `org_id`'s subtree on `at` and in `period`; a fresh scope per call.
Result<std::vector<report::Value>> ValuesOf(
    memindex::MemberIndex* index, store::Transaction& tx, int64_t org_id, const Date& at,
    const report::Period& period, const std::vector<const report::Indicator*>& list,
    const std::map<std::string, report::Counts>* precounted = nullptr) {
  report::Scope scope;
  scope.tx = &tx;
  scope.index = index;
  scope.org_id = org_id;
  scope.at = at;
  scope.period = period;
  scope.precounted = precounted;
  return report::Evaluate(scope, list);
}

// The counts of every unit of a breakdown of `root` in one pass per source that can make them
// (the fact tables, the quality tables).
std::map<int64_t, std::map<std::string, report::Counts>> CountUnits(
    memindex::MemberIndex* index, store::Transaction& tx, int64_t root, const Date& at,
    const report::Period& period, const std::vector<const report::Indicator*>& list,
    const std::vector<report::OrgSpan>& units) {
  report::Scope scope;
  scope.tx = &tx;
  scope.index = index;
  scope.org_id = root;
  scope.at = at;
  scope.period = period;
  std::vector<int64_t> ids;
  for (const auto& u : units) ids.push_back(u.id);
  return report::CountByUnit(scope, list, ids);
}

// The same values a year earlier; none when the organization did not exist then.
Result<std::optional<std::vector<report::Value>>> PreviousOf(
    memindex::MemberIndex* index, store::Transaction& tx, int64_t org_id, const IndicatorQuery& q,
    const std::vector<const report::Indicator*>& list,
    const std::map<std::string, report::Counts>* precounted = nullptr) {
  auto v = ValuesOf(index, tx, org_id, q.at.AddYears(-1), q.period.YearEarlier(), list, precounted);
  if (v.ok()) return std::optional<std::vector<report::Value>>(std::move(*v));
  if (v.error().kind == ErrorKind::kNotFound) return std::optional<std::vector<report::Value>>();
  return v.error();
}

// The breakdowns every indicator may allow, with what they list.
constexpr std::pair<std::string_view, std::string_view> kBreakdowns[] = {
    {"unit", "theo đơn vị trực thuộc"},
    {"grassroots", "theo tổ chức cơ sở đảng"},
};

Status CheckBreakdown(const std::string& breakdown,
                      const std::vector<const report::Indicator*>& list) {
  if (breakdown.empty()) return Status::Ok();
  for (const report::Indicator* i : list) {
    const auto& b = i->breakdowns;
    if (std::find(b.begin(), b.end(), breakdown) == b.end()) {
      std::string allowed;
      for (const auto& [code, label] : kBreakdowns) {
        if (std::find(b.begin(), b.end(), code) == b.end()) continue;
        allowed += (allowed.empty() ? "" : "; ") + std::string(code) + " — " + std::string(label);
      }
      return Error::Invalid("Chỉ tiêu “" + i->code + "” không chia được theo “" +
                                breakdown.substr(0, 40) + "” (được: " + allowed + ").",
                            {{"breakdown", "Cách chia không hợp lệ."}});
    }
  }
  return Status::Ok();
}

// The units of a breakdown as they were on `at`.
std::vector<report::OrgSpan> BreakdownUnits(store::Transaction& tx, const IndicatorQuery& q) {
  if (q.breakdown == "unit") return report::ChildrenAt(tx, q.org_id, q.at);
  if (q.breakdown == "grassroots") return report::GrassrootsAt(tx, q.org_id, q.at);
  return {};
}

// The indicators asked, or every one the actor may read; refused when the actor may not
// read what is asked.
Result<std::vector<const report::Indicator*>> Readable(const Actor& actor,
                                                       const IndicatorQuery& q) {
  const bool member_reader = RoleAllows(actor, Action::kMemberRead);
  std::vector<const report::Indicator*> indicators = q.indicators;
  if (indicators.empty()) {
    for (const auto& i : IndicatorCatalogue()) {
      if ((member_reader || !i.member_data) && MayReadConfidential(actor, i)) {
        indicators.push_back(&i);
      }
    }
  }
  const bool about_members = std::any_of(indicators.begin(), indicators.end(),
                                         [](const report::Indicator* i) { return i->member_data; });
  if (about_members && !member_reader) {
    return Error::Forbidden("Vai trò của bạn không được xem số liệu đảng viên.");
  }
  const bool confidential =
      std::any_of(indicators.begin(), indicators.end(),
                  [&actor](const report::Indicator* i) { return !MayReadConfidential(actor, *i); });
  if (confidential) {
    return Error::Forbidden("Vai trò của bạn không được xem số liệu kiểm tra, kỷ luật.");
  }
  return indicators;
}

}  // namespace

Result<IndicatorAnswer> Indicators(const Env& env, const Actor& actor, const IndicatorQuery& q) {
  auto org = GetOrg(env, actor, q.org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  auto indicators = Readable(actor, q);
  if (!indicators.ok()) return indicators.error();
  if (Status s = CheckBreakdown(q.breakdown, *indicators); !s) return s.error();
  Reader reader = OpenReader(env, q.recorded);
  store::Transaction& tx = reader.tx;
  std::vector<report::OrgSpan> units = BreakdownUnits(tx, q);
  const auto counted = CountUnits(reader.index, tx, q.org_id, q.at, q.period, *indicators, units);
  const auto counted_before = q.compare ? CountUnits(reader.index, tx, q.org_id, q.at.AddYears(-1),
                                                     q.period.YearEarlier(), *indicators, units)
                                        : decltype(counted){};
  // What a breakdown's pass counted for the organization itself.
  const auto own = [](const auto& c, int64_t id) { return c.contains(id) ? &c.at(id) : nullptr; };
  auto values =
      ValuesOf(reader.index, tx, q.org_id, q.at, q.period, *indicators, own(counted, q.org_id));
  if (!values.ok()) return NotYetRecorded(values.error(), q.recorded);
  IndicatorAnswer answer{*org, q.at, q.period, std::move(*values)};
  answer.compared = q.compare;
  answer.breakdown = q.breakdown;
  answer.recorded = q.recorded;
  if (q.compare) {
    auto previous =
        PreviousOf(reader.index, tx, q.org_id, q, *indicators, own(counted_before, q.org_id));
    if (!previous.ok()) return previous.error();
    answer.previous = std::move(*previous);
  }
  for (report::OrgSpan& unit : units) {
    const auto pre = counted.find(unit.id);
    auto v = ValuesOf(reader.index, tx, unit.id, q.at, q.period, *indicators,
                      pre == counted.end() ? nullptr : &pre->second);
    if (!v.ok()) return v.error();
    UnitValues u{std::move(unit), std::move(*v)};
    if (q.compare) {
      const auto before = counted_before.find(u.unit.id);
      auto previous = PreviousOf(reader.index, tx, u.unit.id, q, *indicators,
                                 before == counted_before.end() ? nullptr : &before->second);
      if (!previous.ok()) return previous.error();
      u.previous = std::move(*previous);
    }
    answer.units.push_back(std::move(u));
  }
  return answer;
}

Result<PeopleAnswer> IndicatorPeople(const Env& env, const Actor& actor, const PeopleQuery& q) {
  auto org = GetOrg(env, actor, q.org_id);
  if (!org.ok()) return org.error();
  if (Status s = Authorize(actor, Action::kReportRead, org->path); !s) return s.error();
  IndicatorQuery one;
  one.indicators = {q.indicator};
  if (auto readable = Readable(actor, one); !readable.ok()) return readable.error();
  if (!report::Listable(*q.indicator)) {
    return Error::Invalid("Chỉ tiêu “" + q.indicator->label + "” không có danh sách kèm theo.",
                          {{"code", "Chỉ tiêu không có danh sách."}});
  }
  Reader reader = OpenReader(env, q.recorded);
  report::Scope scope;
  scope.tx = &reader.tx;
  scope.org_id = q.org_id;
  scope.at = q.at;
  scope.period = q.period;
  auto list = report::List(scope, *q.indicator);
  if (!list.ok()) return NotYetRecorded(list.error(), q.recorded);
  const bool members = std::any_of(list->begin(), list->end(),
                                   [](const report::ListEntry& e) { return e.kind != "org"; });
  if (members && !RoleAllows(actor, Action::kMemberRead)) {
    return Error::Forbidden("Vai trò của bạn không được xem danh sách đảng viên.");
  }
  if (const std::string words = text::Fold(q.search); !words.empty()) {
    std::erase_if(*list, [&words](const report::ListEntry& e) {
      return text::Fold(e.name).find(words) == std::string::npos;
    });
  }
  PeopleAnswer answer{q.indicator, static_cast<int64_t>(list->size())};
  const size_t first = static_cast<size_t>(q.page - 1) * static_cast<size_t>(q.page_size);
  for (size_t i = first; i < list->size() && i < first + q.page_size; ++i) {
    answer.items.push_back(std::move((*list)[i]));
  }
  return answer;
}

nlohmann::json PeopleAnswerJson(const PeopleAnswer& a) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : a.items) {
    items.push_back({{"kind", e.kind},
                     {"id", e.id},
                     {"name", e.name},
                     {"org_name", e.org_name},
                     {"date", e.date},
                     {"detail", e.detail}});
  }
  nlohmann::json indicator = IndicatorJson(*a.indicator);
  indicator.erase("breakdowns");
  return {{"indicator", indicator}, {"total", a.total}, {"items", items}};
}

nlohmann::json IndicatorJson(const report::Indicator& i) {
  return {{"code", i.code},
          {"label", i.label},
          {"shape", report::ShapeCode(i.shape)},
          {"unit", i.unit},
          {"breakdowns", i.breakdowns}};
}

namespace {

nlohmann::json ValueJson(const report::Value& v) {
  nlohmann::json j = IndicatorJson(*v.indicator);
  j.erase("breakdowns");
  if (!v.is_percent()) {
    j["value"] = v.count;
  } else {
    j["value"] = v.percent ? nlohmann::json(*v.percent) : nlohmann::json(nullptr);
  }
  return j;
}

// With `compared`, each value also carries its previous value (null when unknown) and the
// change (null for percentages and when unknown).
nlohmann::json ValuesJson(const std::vector<report::Value>& values, bool compared,
                          const std::optional<std::vector<report::Value>>& previous) {
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < values.size(); ++i) {
    nlohmann::json j = ValueJson(values[i]);
    if (compared) {
      j["previous"] = previous ? ValueJson((*previous)[i])["value"] : nlohmann::json(nullptr);
      j["change"] = previous && !values[i].is_percent()
                        ? nlohmann::json(values[i].count - (*previous)[i].count)
                        : nlohmann::json(nullptr);
    }
    out.push_back(std::move(j));
  }
  return out;
}

nlohmann::json PeriodJson(const report::Period& p) {
  return {{"code", p.Code()}, {"from", p.from.Iso()}, {"to", p.to.Iso()}, {"label", p.Label()}};
}

}  // namespace

nlohmann::json IndicatorAnswerJson(const IndicatorAnswer& a) {
  nlohmann::json j = {{"org",
                       {{"id", a.org.id},
                        {"name", a.org.name},
                        {"kind", vocab::Code(a.org.kind)},
                        {"kind_label", vocab::Label(a.org.kind)}}},
                      {"at", a.at.Iso()},
                      {"period", PeriodJson(a.period)},
                      {"indicators", ValuesJson(a.values, a.compared, a.previous)}};
  if (!a.recorded.empty()) j["recorded"] = a.recorded;
  if (a.compared) {
    const report::Period before = a.period.YearEarlier();
    j["previous_at"] = a.at.AddYears(-1).Iso();
    j["previous_period"] = PeriodJson(before);
  }
  if (!a.breakdown.empty()) {
    nlohmann::json units = nlohmann::json::array();
    for (const auto& u : a.units) {
      units.push_back({{"org", {{"id", u.unit.id}, {"name", u.unit.name}, {"kind", u.unit.kind}}},
                       {"indicators", ValuesJson(u.values, a.compared, u.previous)}});
    }
    j["units"] = units;
  }
  return j;
}

std::string RecordedLine(const std::string& moment) {
  return "Số liệu như đã ghi nhận đến " + RecordedWhen(moment);
}

report::Grid IndicatorGrid(const IndicatorAnswer& a) {
  report::Grid g;
  g.title_lines = {"ĐẢNG CỘNG SẢN VIỆT NAM", text::Upper(a.org.name), "SỐ LIỆU CHỈ TIÊU BÁO CÁO",
                   "Số lượng tại ngày " + a.at.Vietnamese() + "; biến động: " + a.period.Label() +
                       " (" + a.period.from.Vietnamese() + " – " + a.period.to.Vietnamese() + ")"};
  if (!a.recorded.empty()) g.title_lines.push_back(RecordedLine(a.recorded));
  for (const auto& v : a.values) g.indicators.push_back(v.indicator);
  g.columns.push_back({a.org.name, a.values});
  for (const auto& u : a.units) g.columns.push_back({u.unit.name, u.values});
  return g;
}

std::string IndicatorFileName(const IndicatorAnswer& a) {
  return "chi-tieu-" + std::to_string(a.org.id) + "-" + a.at.Iso() + ".xlsx";
}

}  // namespace dangbo::service
