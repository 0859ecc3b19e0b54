// The built-in sources and indicators: stocks of organizations and members, flows of
// member and organization events, transfers relative to the subtree, admission targets.
#include "report/catalogue.h"

#include "report/indicator.h"

namespace dangbo::report {

namespace {

// A coded row of a built-in list: code, Vietnamese label, unit.
struct Coded {
  const char* code;
  const char* label;
  const char* unit;
};

constexpr const char* kMembers = "đảng viên";
constexpr const char* kOrgs = "tổ chức";
constexpr const char* kTimes = "lượt";

// Member events counted as flows; the first fifteen, in this order and wording, are also
// the kinds of the flows report (/api/orgs/{id}/flows).
constexpr Coded kMemberEvents[] = {
    {"admitted", "Kết nạp", kMembers},
    {"readmitted", "Kết nạp lại", kMembers},
    {"recognized", "Công nhận chính thức", kMembers},
    {"recognition_refused", "Không công nhận chính thức", kMembers},
    {"transferred_out", "Chuyển sinh hoạt đi", kTimes},
    {"transferred_in", "Chuyển sinh hoạt đến", kTimes},
    {"transferred_internal", "Chuyển sinh hoạt nội bộ", kTimes},
    {"temporary_out", "Sinh hoạt tạm thời", kTimes},
    {"card_issued", "Cấp thẻ đảng viên", kTimes},
    {"card_reissued", "Cấp lại thẻ đảng viên", kTimes},
    {"exempted", "Miễn công tác và sinh hoạt", kMembers},
    {"removed", "Xóa tên", kMembers},
    {"expelled", "Khai trừ", kMembers},
    {"left", "Xin ra khỏi Đảng", kMembers},
    {"died", "Từ trần", kMembers},
    {"temporary_returned", "Trở về sau sinh hoạt tạm thời", kTimes},
    {"exemption_ended", "Thôi miễn công tác và sinh hoạt", kMembers},
    {"unit_changed", "Chuyển đơn vị do sắp xếp tổ chức", kTimes},
};

constexpr Coded kOrgEvents[] = {
    {"established", "Thành lập tổ chức đảng", kOrgs},
    {"renamed", "Đổi tên tổ chức đảng", kOrgs},
    {"upgraded", "Nâng cấp chi bộ cơ sở thành đảng bộ cơ sở", kOrgs},
    {"moved", "Chuyển tổ chức cấp trên", kOrgs},
    {"merged", "Sáp nhập vào tổ chức khác", kOrgs},
    {"absorbed", "Tiếp nhận tổ chức sáp nhập", kOrgs},
    {"split", "Chia tách tổ chức đảng", kOrgs},
    {"split_from", "Thành lập do chia tách", kOrgs},
    {"dissolved", "Giải thể tổ chức đảng", kOrgs},
};

constexpr Coded kOrgKinds[] = {
    {"superior_committee", "Đảng bộ cấp trên cơ sở", kOrgs},
    {"grassroots_committee", "Đảng bộ cơ sở", kOrgs},
    {"grassroots_branch", "Chi bộ cơ sở", kOrgs},
    {"sub_committee", "Đảng bộ bộ phận", kOrgs},
    {"branch", "Chi bộ trực thuộc", kOrgs},
};

constexpr Coded kStatuses[] = {
    {"probationary", "Đảng viên dự bị", kMembers},
    {"official", "Đảng viên chính thức", kMembers},
    {"exempt", "Đảng viên miễn công tác và sinh hoạt", kMembers},
};

// One indicator summing the given keys of one source.
Indicator Simple(std::string code, std::string label, Shape shape, std::string unit,
                 const std::string& source, const std::vector<std::string>& keys,
                 bool member_data) {
  Indicator i{std::move(code), std::move(label), shape, std::move(unit), {"unit"}};
  for (const auto& k : keys) i.terms.push_back({source, k});
  i.member_data = member_data;
  return i;
}

void RegisterStocks() {
  RegisterSource({"org_span", Shape::kStock, [](Scope& s) {
                    return OrgsByKindAt(*s.tx, *s.org_at, s.at, s.units ? &*s.units : nullptr);
                  }});
  RegisterSource({"member_span", Shape::kStock, [](Scope& s) {
                    return MembersByStatusAt(*s.tx, s.index, *s.org_at, s.at,
                                             s.units ? &*s.units : nullptr);
                  }});
  Register(Simple("orgs.total", "Tổng số tổ chức đảng trực thuộc", Shape::kStock, kOrgs, "org_span",
                  {""}, false));
  Register(Simple("orgs.grassroots", "Tổ chức cơ sở đảng", Shape::kStock, kOrgs, "org_span",
                  {"grassroots_committee", "grassroots_branch"}, false));
  for (const Coded& k : kOrgKinds) {
    Register(Simple(std::string("orgs.") + k.code, k.label, Shape::kStock, k.unit, "org_span",
                    {k.code}, false));
  }
  Register(Simple("members.total", "Tổng số đảng viên", Shape::kStock, kMembers, "member_span",
                  {""}, false));
  for (const Coded& k : kStatuses) {
    Register(Simple(std::string("members.") + k.code, k.label, Shape::kStock, k.unit, "member_span",
                    {k.code}, false));
  }
}

void RegisterMemberFlows() {
  RegisterFactTable(MemberEventFacts());
  for (const Coded& k : kMemberEvents) {
    Register(Simple(std::string("flows.") + k.code, k.label, Shape::kFlow, k.unit, "member_event",
                    {k.code}, true));
  }
  // Internal transfers as seen from the subtree: both units inside, or one of them.
  FactTable moves;
  moves.name = "member_transfer_internal";
  moves.from =
      "(SELECT ev.org_id, tr.from_org_id, ev.occurred_on, ev.kind, ev.voided_at FROM "
      "member_event ev JOIN member_transfer tr ON tr.event_id = ev.id WHERE ev.kind = "
      "'transferred_internal')";
  moves.date_col = "occurred_on";
  moves.voided_col = "voided_at";
  moves.from_org_col = "from_org_id";
  RegisterFactTable(moves);
  const std::string in = "transferred_internal";
  Indicator out = Simple("transfers.out", "Chuyển sinh hoạt ra khỏi tổ chức (cả trong Đảng bộ)",
                         Shape::kFlow, kTimes, "member_event", {"transferred_out"}, true);
  out.terms.push_back({moves.name, in + ".out"});
  Register(out);
  Indicator into = Simple("transfers.in", "Chuyển sinh hoạt vào tổ chức (cả trong Đảng bộ)",
                          Shape::kFlow, kTimes, "member_event", {"transferred_in"}, true);
  into.terms.push_back({moves.name, in + ".in"});
  Register(into);
  Register(Simple("transfers.internal", "Chuyển sinh hoạt giữa các đơn vị trong tổ chức",
                  Shape::kFlow, kTimes, moves.name, {in + ".internal"}, true));
}

void RegisterOrgFlows() {
  FactTable t;
  t.name = "org_event";
  t.from = "org_event";
  t.date_col = "effective_on";
  t.may_end_unit = true;
  RegisterFactTable(t);
  for (const Coded& k : kOrgEvents) {
    Register(Simple(std::string("org_events.") + k.code, k.label, Shape::kFlow, k.unit, "org_event",
                    {k.code}, false));
  }
}

void RegisterAdmission() {
  RegisterSource({"admission_target", Shape::kFlow, [](Scope& s) {
                    const auto row =
                        s.tx->QueryOne("SELECT path FROM org WHERE id = ?", {s.org_id});
                    const int64_t target =
                        row ? AdmissionTargetIn(*s.tx, s.org_id, row->Text(0), s.period.from.year(),
                                                s.period.to.year())
                            : 0;
                    return Counts{{"target", target}};
                  }});
  Register(Simple("admission.target", "Chỉ tiêu kết nạp đảng viên", Shape::kFlow, kMembers,
                  "admission_target", {"target"}, true));
  Indicator pct = Simple("admission.percent", "Tỷ lệ kết nạp so với chỉ tiêu", Shape::kFlow, "%",
                         "member_event", {"admitted"}, true);
  pct.per = {{"admission_target", "target"}};
  Register(pct);
}

}  // namespace

const FactTable& MemberEventFacts() {
  static const FactTable t = [] {
    FactTable m;
    m.name = "member_event";
    m.from = "member_event";
    m.date_col = "occurred_on";
    m.voided_col = "voided_at";
    return m;
  }();
  return t;
}

int64_t AdmissionTargetIn(store::Transaction& tx, int64_t org_id, const std::string& org_path,
                          int from_year, int to_year) {
  int64_t total = 0;
  for (int year = from_year; year <= to_year; ++year) {
    const auto own =
        tx.QueryOne("SELECT target FROM admission_target WHERE org_id = ? AND year = ?",
                    {org_id, static_cast<int64_t>(year)});
    if (own) {
      total += own->Int(0);
      continue;
    }
    total += tx.QueryOne(
                   "SELECT COALESCE(SUM(t.target), 0) FROM admission_target t JOIN org o ON "
                   "o.id = t.org_id WHERE t.year = ? AND o.path > ? AND o.path < ?",
                   {static_cast<int64_t>(year), org_path, org_path + "~"})
                 ->Int(0);
  }
  return total;
}

void RegisterBuiltins() {
  RegisterStocks();
  RegisterMemberFlows();
  RegisterOrgFlows();
  RegisterAdmission();
}

}  // namespace dangbo::report
