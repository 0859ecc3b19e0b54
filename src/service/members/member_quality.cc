// The quality-analysis dimensions as a table of bands and classifiers, and the stock source
// "member_quality" that reads the subtree's active members on a date once and counts every
// dimension's bands ("<dimension>.<band>").
#include "service/members/member_quality.h"

#include <charconv>
#include <map>
#include <optional>
#include <stdexcept>
#include <unordered_map>

#include "memindex/member_index.h"
#include "report/flow.h"
#include "report/indicator.h"
#include "service/members/member_indicators.h"
#include "service/members/member_spans.h"
#include "text/text.h"

namespace dangbo::service {

namespace {

// Whole years from `from` (ISO) to `at`; -1 when `from` is not a date.
int YearsOn(const std::string& from, const Date& at) {
  const auto d = Date::Parse(from);
  if (!d) return -1;
  int years = at.year() - d->year();
  if (at.month() < d->month() || (at.month() == d->month() && at.day() < d->day())) --years;
  return years;
}

std::string AgeBand(const QualityFacts& m, const Date& at) {
  const int age = YearsOn(m.birth_date, at);
  if (age <= 30) return "le30";
  if (age <= 40) return "31_40";
  if (age <= 50) return "41_50";
  if (age <= 60) return "51_60";
  return "gt60";
}

std::string PartyAgeBand(const QualityFacts& m, const Date& at) {
  const int years = YearsOn(m.admitted_on, at);
  if (years < 10) return "lt10";
  if (years < 20) return "10_19";
  if (years < 30) return "20_29";
  if (years < 40) return "30_39";
  return "ge40";
}

std::string Sex(const QualityFacts& m, const Date&) {
  return m.sex == "female" ? "female" : "male";
}

std::string Ethnicity(const QualityFacts& m, const Date&) {
  return m.ethnicity.empty() || m.ethnicity == "Kinh" ? "kinh" : "minority";
}

std::string Religion(const QualityFacts& m, const Date&) {
  return m.religion.empty() || m.religion == "Không" ? "none" : "any";
}

// "12/12" and "10/10" finish upper secondary; "9/12", "7/10" lower secondary.
std::string GeneralEducation(const QualityFacts& m, const Date&) {
  const std::string& e = m.general_education;
  const size_t slash = e.find('/');
  if (slash == std::string::npos) return "unknown";
  int grade = 0, of = 0;
  std::from_chars(e.data(), e.data() + slash, grade);
  std::from_chars(e.data() + slash + 1, e.data() + e.size(), of);
  if (of <= 0) return "unknown";
  return grade >= of ? "upper_secondary" : "lower_secondary";
}

// By the degree that opens the recorded qualification ("Thạc sĩ Kinh tế", "Kỹ sư Xây dựng").
std::string Professional(const QualityFacts& m, const Date&) {
  static const std::pair<const char*, const char*> kPrefixes[] = {
      {"tien si", "doctor"},          {"thac si", "master"},     {"cu nhan", "university"},
      {"ky su", "university"},        {"bac si", "university"},  {"duoc si", "university"},
      {"kien truc su", "university"}, {"dai hoc", "university"}, {"cao dang", "college"},
      {"trung cap", "vocational"},    {"so cap", "vocational"},
  };
  const std::string folded = text::Fold(m.professional_level);
  for (const auto& [prefix, band] : kPrefixes) {
    if (folded.starts_with(prefix)) return band;
  }
  return "none";
}

std::string Theory(const QualityFacts& m, const Date&) {
  if (m.theory_level == "cao_cap" || m.theory_level == "cu_nhan") return "advanced";
  if (m.theory_level == "trung_cap") return "intermediate";
  if (m.theory_level == "so_cap") return "elementary";
  return "none";
}

std::string StateManagement(const QualityFacts& m, const Date&) {
  const std::string folded = text::Fold(m.state_mgmt_level);
  if (folded == "chuyen vien cao cap") return "senior";
  if (folded == "chuyen vien chinh") return "principal";
  if (folded == "chuyen vien") return "specialist";
  return "none";
}

// The facts the classifiers read, after the five listing columns.
constexpr const char* kFactColumns =
    ", m.sex, m.birth_date, m.ethnicity, m.religion, m.general_education, "
    "m.professional_level, m.theory_level, m.state_mgmt_level, m.admitted_on";

QualityFacts FactsOf(const store::Row& r) {
  const auto text = [&](size_t i) { return r.OptText(i).value_or(""); };
  return {text(6), text(7), text(8), text(9), text(10), text(11), text(12), text(13), text(14)};
}

// Each dimension's band position for a member.
using Bands = std::vector<uint8_t>;

// REQUIRES: `band` is one of `d`'s keys (every classifier returns one; a fault otherwise).
uint8_t BandOf(const QualityDimension& d, const std::string& band) {
  for (size_t b = 0; b < d.bands.size(); ++b) {
    if (band == d.bands[b].key) return static_cast<uint8_t>(b);
  }
  throw std::logic_error(std::string("quality band ") + d.code + "." + band + " not in its table");
}

Bands Classify(const QualityFacts& m, const Date& at) {
  const auto& dims = QualityDimensions();
  Bands out(dims.size());
  for (size_t i = 0; i < dims.size(); ++i) out[i] = BandOf(dims[i], dims[i].classify(m, at));
  return out;
}

// Counts by dimension and band position, made into "<dimension>.<band>" keys at the end.
class QualityTally {
 public:
  QualityTally() {
    for (const auto& d : QualityDimensions()) counts_.emplace_back(d.bands.size(), 0);
  }
  void Add(const Bands& bands) {
    for (size_t i = 0; i < bands.size(); ++i) ++counts_[i][bands[i]];
  }
  report::Counts ToCounts() const {
    report::Counts out;
    const auto& dims = QualityDimensions();
    for (size_t i = 0; i < dims.size(); ++i) {
      for (size_t b = 0; b < dims[i].bands.size(); ++b) {
        out[std::string(dims[i].code) + "." + dims[i].bands[b].key] = counts_[i][b];
      }
    }
    return out;
  }

 private:
  std::vector<std::vector<int64_t>> counts_;
};

// Members from the in-memory index: each dimension's band is looked up by the value of the
// one fact it reads (a text as the index's shared string, a date as its number), classified
// once per distinct value. Lives for one MemberIndex::EachAt call (the strings' lifetime).
class IndexedClassifier {
 public:
  using Facts = memindex::MemberIndex::Facts;
  explicit IndexedClassifier(const Date& at) : at_(at) {
    for (const auto& d : QualityDimensions()) {
      const Fact* f = nullptr;
      for (const Fact& k : kFacts) {
        if (k.field == d.reads) f = &k;
      }
      if (f == nullptr) throw std::logic_error(std::string("quality dimension ") + d.code);
      facts_.push_back(f);
    }
    memo_.resize(facts_.size());
    bands_.resize(facts_.size());
  }

  const Bands& Of(const Facts& m) {
    const auto& dims = QualityDimensions();
    for (size_t i = 0; i < dims.size(); ++i) {
      const Fact& f = *facts_[i];
      const uint64_t key =
          f.text ? reinterpret_cast<uintptr_t>(m.*f.text) : static_cast<uint32_t>(m.*f.date);
      auto [it, fresh] = memo_[i].try_emplace(key, 0);
      if (fresh) {
        QualityFacts one;
        one.*f.field = f.text ? *(m.*f.text) : IsoOf(m.*f.date);
        it->second = BandOf(dims[i], dims[i].classify(one, at_));
      }
      bands_[i] = it->second;
    }
    return bands_;
  }

 private:
  // A fact of QualityFacts and where the index's Facts keep it.
  struct Fact {
    std::string QualityFacts::*field;
    const std::string* Facts::*text;  // or null: a date
    int32_t Facts::*date;
  };
  static constexpr Fact kFacts[] = {
      {&QualityFacts::sex, &Facts::sex, nullptr},
      {&QualityFacts::ethnicity, &Facts::ethnicity, nullptr},
      {&QualityFacts::religion, &Facts::religion, nullptr},
      {&QualityFacts::general_education, &Facts::general_education, nullptr},
      {&QualityFacts::professional_level, &Facts::professional_level, nullptr},
      {&QualityFacts::theory_level, &Facts::theory_level, nullptr},
      {&QualityFacts::state_mgmt_level, &Facts::state_mgmt_level, nullptr},
      {&QualityFacts::birth_date, nullptr, &Facts::birth},
      {&QualityFacts::admitted_on, nullptr, &Facts::admitted},
  };
  // YYYYMMDD (a valid date: the index keeps 0 for anything else) as ISO; "" for 0.
  static std::string IsoOf(int32_t n) {
    return n == 0 ? "" : Date(n / 10000, n / 100 % 100, n % 100).Iso();
  }

  Date at_;
  std::vector<const Fact*> facts_;
  std::vector<std::unordered_map<uint64_t, uint8_t>> memo_;
  Bands bands_;
};

// Whether the scope's members can be read from the in-memory index (as recorded now).
bool FromIndex(const report::Scope& s) {
  return s.index != nullptr && s.index->Ready() && s.units.has_value();
}

// The tables of the disjoint `units` of a breakdown (none: the scope alone), and of the
// scope itself, in one pass over the scope's members: each member goes to the unit whose
// subtree held their own unit on the date.
std::map<int64_t, report::Counts> CountQualityByUnit(report::Scope& s,
                                                     const std::vector<int64_t>& units) {
  std::map<int64_t, QualityTally> tallies;
  for (const int64_t u : units) tallies[u];
  QualityTally& whole = tallies[s.org_id];
  const std::string day = s.at.Iso();
  std::optional<report::UnitHolders> holders;
  if (!units.empty()) holders.emplace(*s.tx, units, s.at, s.at);
  const auto holder = [&](const std::string& path) {
    return holders ? holders->Holder(path, day) : std::nullopt;
  };
  const auto add = [&](const Bands& bands, std::optional<int64_t> unit) {
    whole.Add(bands);
    if (unit) tallies[*unit].Add(bands);
  };
  bool counted = false;
  if (FromIndex(s)) {
    // Each unit of the subtree on the date, with the breakdown unit holding it.
    std::unordered_map<int64_t, std::optional<int64_t>> unit_of;
    for (size_t i = 0; holders && i < s.units->ids.size(); ++i) {
      unit_of[s.units->ids[i]] = holder(s.units->paths[i]);
    }
    s.index->CatchUp(*s.tx);  // this request's and other processes' writes first
    IndexedClassifier classify(s.at);
    counted = s.index->EachAt(s.units->ids, day, ActiveStatusCodes(), [&](const auto& m) {
      const auto u = unit_of.find(m.org_id);
      add(classify.Of(m), u == unit_of.end() ? std::nullopt : u->second);
    });
  }
  if (!counted) {
    std::unordered_map<std::string, std::optional<int64_t>> holder_of;  // a unit's path -> unit
    EachActiveMemberAt(
        *s.tx, s.org_at->path, s.at, std::string(kFactColumns) + ", os.path",
        [&](const store::Row& r) {
          const std::string path = r.Text(15);
          auto it = holder_of.find(path);
          if (it == holder_of.end()) it = holder_of.emplace(path, holder(path)).first;
          add(Classify(FactsOf(r), s.at), it->second);
        },
        false);
  }
  std::map<int64_t, report::Counts> out;
  for (const auto& [u, t] : tallies) out[u] = t.ToCounts();
  return out;
}

report::Counts CountQuality(report::Scope& s) { return CountQualityByUnit(s, {})[s.org_id]; }

// The members in one band ("age.le30"); the detail is the band's label.
std::vector<report::ListEntry> ListQuality(report::Scope& s, const std::string& key) {
  std::vector<report::ListEntry> out;
  const size_t dot = key.find('.');
  for (const auto& d : QualityDimensions()) {
    if (key.compare(0, dot, d.code) != 0) continue;
    const std::string band = key.substr(dot + 1);
    EachActiveMemberAt(*s.tx, s.org_at->path, s.at, kFactColumns, [&](const store::Row& r) {
      if (d.classify(FactsOf(r), s.at) != band) return;
      report::ListEntry e = report::ListEntryFromRow(r);
      e.detail.clear();
      out.push_back(std::move(e));
    });
  }
  return out;
}

}  // namespace

const std::vector<QualityDimension>& QualityDimensions() {
  static const std::vector<QualityDimension> kDimensions = {
      {"age",
       "Độ tuổi",
       {{"le30", "Từ 30 tuổi trở xuống"},
        {"31_40", "Từ 31 đến 40 tuổi"},
        {"41_50", "Từ 41 đến 50 tuổi"},
        {"51_60", "Từ 51 đến 60 tuổi"},
        {"gt60", "Trên 60 tuổi"}},
       AgeBand,
       &QualityFacts::birth_date},
      {"sex", "Giới tính", {{"male", "Nam"}, {"female", "Nữ"}}, Sex, &QualityFacts::sex},
      {"ethnicity",
       "Dân tộc",
       {{"kinh", "Dân tộc Kinh"}, {"minority", "Dân tộc thiểu số"}},
       Ethnicity,
       &QualityFacts::ethnicity},
      {"religion",
       "Tôn giáo",
       {{"none", "Không theo tôn giáo"}, {"any", "Có tôn giáo"}},
       Religion,
       &QualityFacts::religion},
      {"education",
       "Giáo dục phổ thông",
       {{"upper_secondary", "Trung học phổ thông"},
        {"lower_secondary", "Trung học cơ sở"},
        {"unknown", "Chưa ghi trình độ"}},
       GeneralEducation,
       &QualityFacts::general_education},
      {"professional",
       "Chuyên môn, nghiệp vụ",
       {{"doctor", "Tiến sĩ"},
        {"master", "Thạc sĩ"},
        {"university", "Đại học"},
        {"college", "Cao đẳng"},
        {"vocational", "Trung cấp, sơ cấp"},
        {"none", "Chưa qua đào tạo"}},
       Professional,
       &QualityFacts::professional_level},
      {"theory",
       "Lý luận chính trị",
       {{"advanced", "Cao cấp, cử nhân"},
        {"intermediate", "Trung cấp"},
        {"elementary", "Sơ cấp"},
        {"none", "Chưa qua đào tạo"}},
       Theory,
       &QualityFacts::theory_level},
      {"state_mgmt",
       "Quản lý nhà nước",
       {{"senior", "Chuyên viên cao cấp"},
        {"principal", "Chuyên viên chính"},
        {"specialist", "Chuyên viên"},
        {"none", "Chưa qua bồi dưỡng"}},
       StateManagement,
       &QualityFacts::state_mgmt_level},
      {"party_age",
       "Tuổi Đảng",
       {{"lt10", "Dưới 10 năm"},
        {"10_19", "Từ 10 đến dưới 20 năm"},
        {"20_29", "Từ 20 đến dưới 30 năm"},
        {"30_39", "Từ 30 đến dưới 40 năm"},
        {"ge40", "Từ 40 năm trở lên"}},
       PartyAgeBand,
       &QualityFacts::admitted_on},
  };
  return kDimensions;
}

void RegisterQualityIndicators() {
  report::RegisterSource(
      {"member_quality", report::Shape::kStock, CountQuality, ListQuality, CountQualityByUnit});
  for (const auto& d : QualityDimensions()) {
    for (const auto& b : d.bands) {
      const std::string key = std::string(d.code) + "." + b.key;
      report::Register(report::SumOf("members." + key, std::string(d.title) + ": " + b.label,
                                     report::Shape::kStock, "đảng viên", "member_quality", {key},
                                     true));
    }
  }
}

}  // namespace dangbo::service
