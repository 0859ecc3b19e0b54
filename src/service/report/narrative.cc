// Narrative: sentence templates filled from the figures; IndicatorDocument: the header,
// title and signature words an organization's kind calls for.
#include "service/report/narrative.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "service/core/validate.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

// A clause: its forms are tried in order; a form is used when the answer has every figure
// it names ({code}) and none but the first is zero. A zero first figure gives `zero`
// ("" leaves the clause out). Clauses of one group are joined by ", ", groups by the
// sentence's `group_join`.
struct Clause {
  int group;
  std::vector<const char*> forms;
  const char* zero = "";
};

// A sentence: the lead ({at}, {subject}, {period}, {period_again}), then its clauses.
struct SentenceTemplate {
  const char* lead;
  const char* group_join;
  std::vector<Clause> clauses;
};

// The sentences of a report, in order; each figure is named by its indicator's code.
const std::vector<SentenceTemplate>& Sentences() {
  static const std::vector<SentenceTemplate> kSentences = {
      {"Tính đến ngày {at}, {subject} có ",
       " với ",
       {
           {0,
            {"{orgs.grassroots} tổ chức cơ sở đảng ({orgs.grassroots_committee} đảng bộ cơ sở, "
             "{orgs.grassroots_branch} chi bộ cơ sở)",
             "{orgs.grassroots} tổ chức cơ sở đảng"}},
           {0, {"{orgs.sub_committee} đảng bộ bộ phận"}},
           {0, {"{orgs.branch} chi bộ trực thuộc"}},
           {1,
            {"{members.total} đảng viên ({members.official} đảng viên chính thức, "
             "{members.probationary} đảng viên dự bị, {members.exempt} đảng viên được miễn "
             "công tác và sinh hoạt đảng)",
             "{members.total} đảng viên ({members.official} đảng viên chính thức, "
             "{members.probationary} đảng viên dự bị)",
             "{members.total} đảng viên",
             "{members.official} đảng viên chính thức, {members.probationary} đảng viên dự bị",
             "{members.official} đảng viên chính thức", "{members.probationary} đảng viên dự bị"}},
       }},
      {"{period}, ",
       "; ",
       {
           {0,
            {"đã kết nạp {flows.admitted} đảng viên mới, đạt {admission.percent} so với chỉ "
             "tiêu đề ra",
             "đã kết nạp {flows.admitted} đảng viên mới"},
            "chưa kết nạp đảng viên mới"},
           {0, {"kết nạp lại {flows.readmitted} đảng viên"}},
           {1, {"công nhận chính thức {flows.recognized} đảng viên"}},
           {1, {"không công nhận chính thức {flows.recognition_refused} đảng viên"}},
           {2,
            {"chuyển sinh hoạt đi {transfers.out} lượt",
             "chuyển sinh hoạt đi {flows.transferred_out} lượt"}},
           {2, {"tiếp nhận {transfers.in} lượt", "tiếp nhận {flows.transferred_in} lượt"}},
           {2, {"chuyển sinh hoạt giữa các đơn vị trực thuộc {transfers.internal} lượt"}},
           {2, {"chuyển sinh hoạt tạm thời {flows.temporary_out} lượt"}},
           {3, {"cấp {flows.card_issued} thẻ đảng viên"}},
           {3, {"cấp lại {flows.card_reissued} thẻ đảng viên"}},
       }},
      {"{period_again}, ",
       "; ",
       {
           {0, {"có {flows.died} đảng viên từ trần"}},
           {0, {"xóa tên {flows.removed} đảng viên"}},
           {0, {"khai trừ {flows.expelled} đảng viên"}},
           {0, {"{flows.left} đảng viên ra khỏi Đảng"}},
           {1, {"miễn công tác và sinh hoạt đảng cho {flows.exempted} đảng viên"}},
       }},
      {"{period_again}, ",
       "; ",
       {
           {0, {"thành lập mới {org_events.established} tổ chức đảng"}},
           {0, {"nâng cấp {org_events.upgraded} chi bộ cơ sở thành đảng bộ cơ sở"}},
           {0, {"sáp nhập {org_events.merged} tổ chức đảng"}},
           {0, {"chia tách {org_events.split} tổ chức đảng"}},
           {0, {"giải thể {org_events.dissolved} tổ chức đảng"}},
       }},
  };
  return kSentences;
}

// What the words of a report depend on in an organization's kind.
struct KindWords {
  OrgKind kind;
  const char* subject;     // who "has" the figures in the sentences
  const char* signer_for;  // "on behalf of" line of the signature block
};
constexpr KindWords kKindWords[] = {
    {OrgKind::kSuperiorCommittee, "Đảng bộ", "T/M Ban Thường vụ"},
    {OrgKind::kGrassrootsCommittee, "Đảng bộ", "T/M Đảng ủy"},
    {OrgKind::kSubCommittee, "Đảng bộ bộ phận", "T/M Đảng ủy"},
    {OrgKind::kGrassrootsBranch, "Chi bộ", "T/M Chi bộ"},
    {OrgKind::kBranch, "Chi bộ", "T/M Chi bộ"},
};

const KindWords& WordsOf(OrgKind k) {
  for (const KindWords& w : kKindWords) {
    if (w.kind == k) return w;
  }
  return kKindWords[0];
}

// The committee that leads an organization ("Đảng bộ Khối …" → "Đảng ủy Khối …") and the
// letters its documents' numbers end with ("ĐUK"), by the start of the organization's name
// in capitals.
struct Committee {
  const char* org_prefix;
  const char* committee_prefix;
  const char* symbol;
};
constexpr Committee kCommittees[] = {
    {"ĐẢNG BỘ KHỐI ", "Đảng ủy Khối ", "ĐUK"},
    {"ĐẢNG BỘ ", "Đảng ủy ", "ĐU"},
    {"CHI BỘ ", "Chi bộ ", "CB"},
};

const Committee* CommitteeOf(std::string_view org_name) {
  const std::string upper = text::Upper(org_name);
  if (upper.size() != org_name.size()) return nullptr;  // the prefix's bytes would not match
  for (const Committee& c : kCommittees) {
    if (upper.starts_with(c.org_prefix)) return &c;
  }
  return nullptr;
}

std::string CommitteeOfName(std::string_view org_name) {
  const Committee* c = CommitteeOf(org_name);
  if (c == nullptr) return std::string(org_name);
  return c->committee_prefix + std::string(org_name.substr(std::string_view(c->org_prefix).size()));
}

std::string CommitteeSymbol(std::string_view org_name) {
  const Committee* c = CommitteeOf(org_name);
  return c == nullptr ? "…" : c->symbol;
}

size_t CodePoints(std::string_view s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

// "tháng 8/2022", "quý III/2022", "8 tháng đầu năm 2022", "năm 2022", "từ 01/06/2022 đến
// 30/09/2022": the period's label inside a sentence (every label starts with ASCII).
std::string PeriodInSentence(const report::Period& p) {
  std::string label = p.Label();
  if (!label.empty())
    label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
  return label;
}

// "Trong 8 tháng đầu năm 2022", "Từ ngày 01/06/2022 đến ngày 30/09/2022".
std::string PeriodLead(const report::Period& p) {
  if (p.kind == report::PeriodKind::kCustom) {
    return "Từ ngày " + p.from.Vietnamese() + " đến ngày " + p.to.Vietnamese();
  }
  return "Trong " + PeriodInSentence(p);
}

struct Figure {
  std::string shown;
  bool zero = false;
};

std::map<std::string, Figure> FiguresOf(const std::vector<report::Value>& values) {
  std::map<std::string, Figure> out;
  for (const report::Value& v : values) {
    if (v.is_percent() && !v.percent) continue;  // a percentage of nothing says nothing
    const bool zero = v.is_percent() ? *v.percent == 0 : v.count == 0;
    out[v.indicator->code] = {report::ShownValue(v), zero};
  }
  return out;
}

// The form with its placeholders filled, or nullopt when a figure is missing or, other
// than the first, zero; `first_zero` tells whether the first figure was zero.
std::optional<std::string> Fill(std::string_view form, const std::map<std::string, Figure>& figures,
                                const std::map<std::string, std::string>& words, bool* first_zero) {
  std::string out;
  bool first = true;
  *first_zero = false;
  size_t i = 0;
  while (i < form.size()) {
    const size_t open = form.find('{', i);
    if (open == std::string_view::npos) break;
    const size_t close = form.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(form.substr(i, open - i));
    const std::string name(form.substr(open + 1, close - open - 1));
    i = close + 1;
    if (const auto w = words.find(name); w != words.end()) {
      out += w->second;
      continue;
    }
    const auto f = figures.find(name);
    if (f == figures.end()) return std::nullopt;
    if (f->second.zero) {
      if (!first) return std::nullopt;
      *first_zero = true;
    }
    first = false;
    out += f->second.shown;
  }
  out.append(form.substr(std::min(i, form.size())));
  return out;
}

// The clause as written, or nullopt when it says nothing.
std::optional<std::string> ClauseText(const Clause& c, const std::map<std::string, Figure>& figures,
                                      const std::map<std::string, std::string>& words) {
  for (const char* form : c.forms) {
    bool first_zero = false;
    auto filled = Fill(form, figures, words, &first_zero);
    if (!filled) continue;
    if (first_zero) return *c.zero ? std::optional<std::string>(c.zero) : std::nullopt;
    return filled;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::string> Narrative(const IndicatorAnswer& a) {
  const auto figures = FiguresOf(a.values);
  std::map<std::string, std::string> words = {
      {"at", a.at.Vietnamese()},
      {"subject", WordsOf(a.org.kind).subject},
      {"period", PeriodLead(a.period)},
      {"period_again", PeriodLead(a.period)},
  };
  std::vector<std::string> out;
  for (const SentenceTemplate& s : Sentences()) {
    std::string body;
    int last_group = -1;
    for (const Clause& c : s.clauses) {
      auto clause = ClauseText(c, figures, words);
      if (!clause) continue;
      if (!body.empty()) body += c.group == last_group ? ", " : s.group_join;
      body += *clause;
      last_group = c.group;
    }
    if (body.empty()) continue;
    bool unused = false;
    out.push_back(*Fill(s.lead, {}, words, &unused) + body + ".");
    if (std::string_view(s.lead).find("{period") != std::string_view::npos) {
      words["period_again"] = "Cũng trong thời gian này";  // the period is said once
    }
  }
  return out;
}

Status CheckDocxOptions(const DocxOptions& o) {
  Validator v;
  CheckText(v, o.number, "number", "Số văn bản", 60, false);
  CheckText(v, o.place, "place", "Địa danh", 200, false);
  if (!v.ok()) return v.ToStatus();
  auto only = [](const std::string& s, std::string_view allowed_ascii) {
    for (const char c : s) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && !std::isalpha(u) && allowed_ascii.find(c) == std::string_view::npos) {
        return false;
      }
    }
    return true;
  };
  const std::string number = text::Trim(o.number), place = text::Trim(o.place);
  v.Check(CodePoints(number) <= 20 && only(number, "0123456789-/."), "number",
          "Số văn bản chỉ gồm chữ, số và các dấu - / . (tối đa 20 ký tự), ví dụ 12 hoặc "
          "12-BC/ĐUK.");
  v.Check(CodePoints(place) <= 50 && only(place, " .-"), "place",
          "Địa danh chỉ gồm chữ, dấu cách và các dấu . - (tối đa 50 ký tự), ví dụ Hà Nội.");
  return v.ToStatus();
}

namespace {

// The parts every document of `org` shares: the header's two names, who signs, who receives.
void Letterhead(report::ReportDocument& d, const Org& org, std::string_view superior) {
  d.superior = superior.empty() ? org.name : std::string(superior);
  d.issuer = CommitteeOfName(org.name);
  d.signer_for = WordsOf(org.kind).signer_for;
  d.signer_role = "Bí thư";
  if (!superior.empty()) {
    d.recipients.push_back("- " + CommitteeOfName(superior) + " (để báo cáo),");
  }
  d.recipients.push_back("- Lưu Văn phòng.");
}

// "Số 12-BC/ĐUK": a bare number gets the kind's symbol and the committee's letters; a number
// with '-' or '/' is taken whole; none leaves blanks to fill by hand.
std::string NumberLine(std::string_view number_in, std::string_view symbol, const Org& org) {
  const std::string number = text::Trim(std::string(number_in));
  const std::string suffix = "-" + std::string(symbol) + "/" + CommitteeSymbol(org.name);
  if (number.empty()) return "Số       " + suffix;
  const bool whole = number.find_first_of("-/") != std::string::npos;
  return "Số " + number + (whole ? "" : suffix);
}

// The parent's name as it is today; "" for the root.
std::string SuperiorName(const Env& env, const std::optional<int64_t>& parent_id) {
  if (!parent_id) return "";
  store::Transaction tx = env.db.BeginRead();
  auto parent = report::OrgSpanAt(tx, *parent_id, Today(env));
  return parent ? parent->name : std::string();
}

}  // namespace

std::string CommitteeName(std::string_view org_name) { return CommitteeOfName(org_name); }

report::ReportDocument IndicatorDocument(const IndicatorAnswer& a, std::string_view superior,
                                         const DocxOptions& o) {
  report::ReportDocument d;
  Letterhead(d, a.org, superior);
  d.number_line = NumberLine(o.number, "BC", a.org);
  const std::string place = text::Trim(o.place);
  d.place_date = report::PlaceAndDate(place.empty() ? "Hà Nội" : place, a.at);
  d.subtitle = "Số liệu công tác xây dựng Đảng " + PeriodInSentence(a.period);
  d.paragraphs = Narrative(a);
  d.table_caption = {"BIỂU SỐ LIỆU", "(Số lượng tại ngày " + a.at.Vietnamese() +
                                         "; biến động: " + PeriodInSentence(a.period) + ")"};
  d.grid = IndicatorGrid(a);
  return d;
}

Result<std::string> IndicatorDocx(const Env& env, const IndicatorAnswer& a, const DocxOptions& o) {
  return report::ReportDocx(IndicatorDocument(a, SuperiorName(env, a.org.parent_id), o));
}

Result<std::string> ListDocx(const Env& env, const Org& org, const Date& on, ListDocument l) {
  OfficialDocument d;
  d.symbol = "DS";
  d.title = "DANH SÁCH";
  d.subtitle = std::move(l.subtitle);
  d.list = std::move(l.list);
  d.weights = std::move(l.weights);
  d.landscape = l.landscape;
  return OfficialDocx(env, org, on, std::move(d));
}

Result<std::string> OfficialDocx(const Env& env, const Org& org, const Date& on,
                                 OfficialDocument o) {
  report::ReportDocument d;
  Letterhead(d, org, SuperiorName(env, org.parent_id));
  d.number_line = NumberLine(o.number, o.symbol, org);
  d.place_date = report::PlaceAndDate("Hà Nội", on);
  d.title = std::move(o.title);
  d.subtitle = std::move(o.subtitle);
  d.paragraphs = std::move(o.paragraphs);
  d.list = std::move(o.list);
  d.list_weights = std::move(o.weights);
  d.landscape = o.landscape;
  if (!o.recipients.empty()) d.recipients = std::move(o.recipients);
  return report::ReportDocx(d);
}

std::string IndicatorDocxFileName(const IndicatorAnswer& a) {
  return "bao-cao-" + std::to_string(a.org.id) + "-" + a.at.Iso() + ".docx";
}

}  // namespace dangbo::service
