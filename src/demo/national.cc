// The national-scale demo data set (see national.h).
//
// Four phases:
//  1. the tree: drawn in memory (depth first, so parents come before children), then
//     written with multi-row INSERTs: org, org_span, org_event ('established') and host
//     units, with ids taken from the tables (SQLite: max(id)+1; PostgreSQL: the identity
//     sequences), in one transaction;
//  2. the member files: a producer thread draws them unit by unit (each unit from its own
//     random stream, so the result does not depend on timing) and derives their rows
//     (DeriveMemberRows: folding, ICU sort keys, tokens, spans, events); the calling thread
//     writes them through MemberWriter, committing every `commit_every` members. On an empty
//     registry the member tables' secondary indexes are dropped first;
//  3. the dropped indexes are built again;
//  4. each later domain fills its tables with set-based SQL (national_domains.h), and ANALYZE
//     gives the planner its statistics.
#include "demo/national.h"

#include <pthread.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/date.h"
#include "demo/national_data.h"
#include "demo/national_domains.h"
#include "service/core/audit.h"
#include "service/core/roles.h"
#include "service/members/member_writer.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::demo {

using service::OrgKind;
using namespace national;

namespace {

// What a unit is, for its name, its members' occupations and ages.
enum class Flavor : uint8_t {
  kProvince,
  kDistrict,  // huyện / quận / thị xã / thành phố thuộc tỉnh
  kBloc,      // đảng bộ khối
  kCommune,   // xã / phường / thị trấn
  kVillage,   // thôn / xóm / tổ dân phố / khu phố
  kAgency,    // cơ quan
  kSchool,
  kHealth,
  kEnterprise,
  kPolice,
  kArmy,
  kPart,  // đảng bộ bộ phận
};

struct Node {
  int32_t parent = -1;  // index; -1: under the root
  OrgKind kind = OrgKind::kBranch;
  Flavor flavor = Flavor::kVillage;
  int32_t province = 0;
  int32_t district = -1;    // index of the district-level node above (or itself)
  int32_t established = 0;  // day number
  int64_t members = 0;      // branch-like units only
  std::string name;
  std::string place;  // "xã Tân Phú", "huyện Yên Lạc", "tỉnh Vĩnh Phúc"; may be empty
  std::string host_unit;  // the host unit's name, if it has one
  std::string decision_no;
};

std::string Iso(int64_t day) { return Date::FromDayNumber(day).Iso(); }
int32_t Day(int y, int m, int d) { return static_cast<int32_t>(Date(y, m, d).DayNumber()); }

// Splits `total` in proportion to `weights` exactly (largest remainders; ties by index).
std::vector<int64_t> Split(int64_t total, const std::vector<double>& weights) {
  std::vector<int64_t> out(weights.size(), 0);
  if (weights.empty()) return out;
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<std::pair<double, size_t>> rest;
  int64_t given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const double exact = sum > 0 ? static_cast<double>(total) * weights[i] / sum : 0;
    out[i] = static_cast<int64_t>(std::floor(exact));
    given += out[i];
    rest.emplace_back(exact - static_cast<double>(out[i]), i);
  }
  std::stable_sort(rest.begin(), rest.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t k = 0; given < total; k = (k + 1) % rest.size(), ++given) ++out[rest[k].second];
  return out;
}

std::string PlaceName(Rng& rng) {
  const std::string& a = PlaceSyllables().Pick(rng);
  std::string b = PlaceSyllables().Pick(rng);
  while (b == a) b = PlaceSyllables().Pick(rng);
  return a + " " + b;
}

// ---- The tree ----

struct Shape {
  double grassroots_per_org = 0.174;  // TCCSĐ / all organizations
  double branch_like_per_org = 0.93;  // chi bộ cơ sở + chi bộ trực thuộc / all (calibrated)
  double districts_per_org = 0.0028;  // district-level and bloc committees / all
  double small_share = 0.45;          // of grassroots organizations: chi bộ cơ sở
};

class TreeBuilder {
 public:
  TreeBuilder(const NationalOptions& o, int32_t as_of)
      : o_(o), as_of_(as_of), rng_(Mix(o.seed, 1)) {
    const double orgs = static_cast<double>(std::max<int64_t>(o.orgs, 50));
    const double n = static_cast<double>(std::max<int64_t>(o.members, 1));
    const double grassroots = std::max(1.0, orgs * shape_.grassroots_per_org);
    small_avg_ = std::clamp(n / grassroots / 4.0, 3.0, 25.0);
    per_grassroots_ = n / grassroots;
    const double small = grassroots * shape_.small_share;
    per_branch_ = std::max(
        3.0, (n - small * small_avg_) / std::max(1.0, orgs * shape_.branch_like_per_org - small));
  }

  std::vector<Node> Build() {
    const auto& all = Provinces();
    const size_t count = std::clamp<size_t>(static_cast<size_t>(o_.provinces), 1, all.size());
    std::vector<double> w;
    for (size_t i = 0; i < count; ++i) w.push_back(all[i].weight);
    const std::vector<int64_t> members = Split(o_.members, w);
    const double district_total = std::max(2.0 * static_cast<double>(count),
                                           static_cast<double>(o_.orgs) * shape_.districts_per_org);
    static const int32_t kProvinceDays[] = {Day(1976, 7, 2), Day(1976, 7, 2), Day(1976, 7, 2),
                                            Day(1976, 7, 2), Day(1997, 1, 1), Day(1997, 1, 1),
                                            Day(2004, 1, 1), Day(2008, 8, 1)};
    for (size_t p = 0; p < count; ++p) {
      Node prov;
      prov.kind = OrgKind::kSuperiorCommittee;
      prov.flavor = Flavor::kProvince;
      prov.province = static_cast<int32_t>(p);
      prov.name = std::string(all[p].city ? "Đảng bộ thành phố " : "Đảng bộ tỉnh ") + all[p].name;
      prov.place = std::string(all[p].city ? "thành phố " : "tỉnh ") + all[p].name;
      prov.established = kProvinceDays[rng_.Below(std::size(kProvinceDays))];
      prov.decision_no = std::to_string(rng_.Between(10, 999)) + "-QĐ/TW";
      const int32_t pi = Push(std::move(prov));
      const int64_t d =
          std::max<int64_t>(2, std::llround(district_total * static_cast<double>(members[p]) /
                                            static_cast<double>(std::max<int64_t>(1, o_.members))));
      Province(pi, members[p], d);
    }
    return std::move(nodes_);
  }

 private:
  int32_t Push(Node n) {
    nodes_.push_back(std::move(n));
    return static_cast<int32_t>(nodes_.size() - 1);
  }

  // A child's establishment: on or after the parent's, before as_of - 30 days.
  int32_t After(int32_t parent_day, int32_t max_gap_days) {
    const int32_t last = std::max(parent_day, as_of_ - 30);
    const int32_t hi = std::min(last, parent_day + max_gap_days);
    return static_cast<int32_t>(rng_.Between(parent_day, std::max(parent_day, hi)));
  }

  Node Child(int32_t parent, OrgKind kind, Flavor flavor, std::string name, int32_t gap_days,
             const char* issuer) {
    Node n;
    n.parent = parent;
    n.kind = kind;
    n.flavor = flavor;
    n.province = nodes_[parent].province;
    n.district = nodes_[parent].district;
    n.name = std::move(name);
    n.established = After(nodes_[parent].established, gap_days);
    n.decision_no = std::to_string(rng_.Between(1, 1999)) + "-QĐ/" + issuer;
    return n;
  }

  void Province(int32_t pi, int64_t members, int64_t districts) {
    const bool city = Provinces()[nodes_[pi].province].city;
    struct D {
      Flavor flavor;
      std::string name, place;
      double weight;
    };
    std::vector<D> ds;
    if (districts >= 4) {
      const std::string where = city ? "thành phố" : "tỉnh";
      ds.push_back({Flavor::kBloc, "Đảng bộ Khối các cơ quan " + where, "", 0.7});
      ds.push_back({Flavor::kBloc, "Đảng bộ Khối Doanh nghiệp " + where, "", 0.5});
    }
    std::unordered_set<std::string> used;
    while (static_cast<int64_t>(ds.size()) < districts) {
      std::string n = PlaceName(rng_);
      if (!used.insert(n).second) continue;
      const uint64_t r = rng_.Below(10);
      const char* type = city ? (r < 6   ? "quận"
                                 : r < 9 ? "huyện"
                                         : "thị xã")
                              : (r < 7   ? "huyện"
                                 : r < 9 ? "thị xã"
                                         : "thành phố");
      ds.push_back({Flavor::kDistrict, std::string("Đảng bộ ") + type + " " + n,
                    std::string(type) + " " + n, 0.6 + 0.8 * rng_.Unit()});
    }
    std::vector<double> w;
    for (const auto& d : ds) w.push_back(d.weight);
    const std::vector<int64_t> m = Split(members, w);
    for (size_t i = 0; i < ds.size(); ++i) {
      Node n = Child(pi, OrgKind::kSuperiorCommittee, ds[i].flavor, ds[i].name, 3650, "TU");
      n.place = ds[i].place;
      const int32_t di = Push(std::move(n));
      nodes_[di].district = di;
      District(di, m[i]);
    }
  }

  void District(int32_t di, int64_t members) {
    const Flavor df = nodes_[di].flavor;
    const bool enterprises =
        df == Flavor::kBloc && nodes_[di].name.find("Doanh") != std::string::npos;
    const int64_t g =
        std::max<int64_t>(1, std::llround(static_cast<double>(members) / per_grassroots_));
    struct G {
      Flavor flavor;
      bool small;
      double weight;
    };
    std::vector<G> gs;
    for (int64_t i = 0; i < g; ++i) {
      const bool small = rng_.Chance(shape_.small_share);
      Flavor f;
      if (df == Flavor::kBloc) {
        f = enterprises ? Flavor::kEnterprise
                        : (rng_.Chance(0.8) ? Flavor::kAgency : Flavor::kHealth);
      } else if (small) {
        const uint64_t r = rng_.Below(10);
        f = r < 5   ? Flavor::kSchool
            : r < 7 ? Flavor::kHealth
            : r < 9 ? Flavor::kAgency
                    : Flavor::kEnterprise;
      } else if (i == 0) {
        f = Flavor::kPolice;
      } else if (i == 1) {
        f = Flavor::kArmy;
      } else {
        f = rng_.Chance(0.85) ? Flavor::kCommune
                              : (rng_.Chance(0.5) ? Flavor::kAgency : Flavor::kEnterprise);
      }
      const double weight = small ? small_avg_ * (0.4 + 1.2 * rng_.Unit())
                                  : std::exp(0.5 * rng_.Normal()) * per_grassroots_;
      gs.push_back({f, small, weight});
    }
    std::vector<double> w;
    for (const auto& x : gs) w.push_back(x.weight);
    const std::vector<int64_t> m = Split(members, w);
    for (size_t i = 0; i < gs.size(); ++i) Grassroots(di, gs[i].flavor, gs[i].small, m[i]);
  }

  std::string Institution(Flavor f, const std::string& where) {
    static const char* kSchools[] = {"Trường Tiểu học ", "Trường THCS ", "Trường THPT ",
                                     "Trường Mầm non "};
    static const char* kAgencies[] = {"Phòng Tài chính - Kế hoạch ",
                                      "Phòng Giáo dục và Đào tạo ",
                                      "Phòng Nội vụ ",
                                      "Phòng Tài nguyên và Môi trường ",
                                      "Chi cục Thuế ",
                                      "Kho bạc Nhà nước ",
                                      "Tòa án nhân dân ",
                                      "Viện Kiểm sát nhân dân ",
                                      "Ban Quản lý dự án ",
                                      "Sở Xây dựng ",
                                      "Sở Công Thương ",
                                      "Văn phòng Ủy ban "};
    static const char* kHealth[] = {"Trung tâm Y tế ", "Bệnh viện Đa khoa ", "Trạm Y tế "};
    static const char* kEnterprises[] = {
        "Công ty Cổ phần ", "Công ty TNHH MTV ", "Chi nhánh Ngân hàng Nông nghiệp ",
        "Hợp tác xã ",      "Công ty Điện lực ", "Công ty Xây dựng "};
    switch (f) {
      case Flavor::kSchool:
        return kSchools[rng_.Below(std::size(kSchools))] + PlaceName(rng_);
      case Flavor::kAgency:
        return kAgencies[rng_.Below(std::size(kAgencies))] + where;
      case Flavor::kHealth:
        return kHealth[rng_.Below(std::size(kHealth))] + PlaceName(rng_);
      case Flavor::kEnterprise:
        return kEnterprises[rng_.Below(std::size(kEnterprises))] + PlaceName(rng_);
      case Flavor::kPolice:
        return "Công an " + where;
      case Flavor::kArmy:
        return "Ban Chỉ huy Quân sự " + where;
      default:
        return PlaceName(rng_);
    }
  }

  void Grassroots(int32_t di, Flavor f, bool small, int64_t members) {
    const Node& d = nodes_[di];
    const std::string where = d.place.empty() ? ProvincePlace(d.province) : d.place;
    std::string place;
    std::string name;
    bool host = false;
    if (f == Flavor::kCommune) {
      const bool urban = d.place.rfind("quận", 0) == 0 || d.place.rfind("thành phố", 0) == 0 ||
                         d.place.rfind("thị xã", 0) == 0;
      const std::string n = PlaceName(rng_);
      place = std::string(urban ? "phường " : rng_.Chance(0.08) ? "thị trấn " : "xã ") + n;
      name = "Đảng bộ " + place;
    } else {
      const std::string inst = Institution(f, where);
      name = std::string(small ? "Chi bộ " : "Đảng bộ ") + inst;
      host = true;
      place = inst;
    }
    const bool committee = !small || members > 60;
    Node n = Child(di, committee ? OrgKind::kGrassrootsCommittee : OrgKind::kGrassrootsBranch, f,
                   std::move(name), 7300, d.flavor == Flavor::kBloc ? "ĐUK" : "HU");
    n.place = place;
    if (host) {
      n.host_unit = d.place.empty() ? place : place + ", " + ProvincePlace(n.province);
    }
    if (!committee) {
      n.members = members;
      Push(std::move(n));
      return;
    }
    const int32_t gi = Push(std::move(n));
    const int64_t b =
        std::max<int64_t>(2, std::llround(static_cast<double>(members) / per_branch_));
    std::vector<double> w;
    for (int64_t i = 0; i < b; ++i) w.push_back(0.5 + rng_.Unit());
    const std::vector<int64_t> m = Split(members, w);
    // Large committees group part of their branches into sub-committees.
    int64_t next = 0;
    if (b >= 16 && rng_.Chance(0.5)) {
      const int64_t parts = std::max<int64_t>(2, b / 10);
      for (int64_t s = 0; s < parts; ++s) {
        Node part = Child(gi, OrgKind::kSubCommittee, Flavor::kPart,
                          "Đảng bộ bộ phận " + PartName(f, s), 3650, "ĐU");
        const int32_t si = Push(std::move(part));
        const int64_t take = std::min<int64_t>(b - next - 1, rng_.Between(4, 9));
        for (int64_t k = 0; k < take; ++k) Branch(si, f, m[next++]);
      }
    }
    while (next < b) Branch(gi, f, m[next++]);
  }

  std::string ProvincePlace(int32_t province) const {
    const auto& p = Provinces()[static_cast<size_t>(province)];
    return std::string(p.city ? "thành phố " : "tỉnh ") + p.name;
  }

  std::string PartName(Flavor f, int64_t i) {
    const std::string n = std::to_string(i + 1);
    switch (f) {
      case Flavor::kCommune:
        return "Cụm " + n;
      case Flavor::kEnterprise:
        return "Phân xưởng " + n;
      case Flavor::kHealth:
        return "Khối " + n;
      default:
        return "Khối " + n;
    }
  }

  void Branch(int32_t parent, Flavor f, int64_t members) {
    std::string name;
    Flavor bf = f;
    std::string place;
    const int64_t number = rng_.Between(1, 30);
    switch (f) {
      case Flavor::kCommune: {
        bf = Flavor::kVillage;
        const uint64_t r = rng_.Below(10);
        if (r < 5) {
          place = "thôn " + PlaceName(rng_);
        } else if (r < 7) {
          place = "xóm " + std::to_string(number);
        } else if (r < 9) {
          place = "tổ dân phố số " + std::to_string(number);
        } else {
          place = "khu phố " + std::to_string(number);
        }
        name = "Chi bộ " + place;
        break;
      }
      case Flavor::kSchool:
        name =
            "Chi bộ Tổ " + std::string(rng_.Chance(0.5) ? "Khoa học Tự nhiên" : "Khoa học Xã hội");
        break;
      case Flavor::kEnterprise:
        name = "Chi bộ " + std::string(rng_.Chance(0.5) ? "Phân xưởng " : "Phòng ") +
               std::to_string(number);
        break;
      case Flavor::kHealth:
        name = "Chi bộ Khoa " + PlaceName(rng_);
        break;
      case Flavor::kPolice:
        name = "Chi bộ Đội " + std::to_string(number);
        break;
      case Flavor::kArmy:
        name = "Chi bộ Đại đội " + std::to_string(number);
        break;
      default:
        name = "Chi bộ Phòng " + std::to_string(number);
        break;
    }
    Node n = Child(parent, OrgKind::kBranch, bf, std::move(name), 5475, "ĐU");
    n.place = place;
    n.members = members;
    Push(std::move(n));
  }

  const NationalOptions& o_;
  int32_t as_of_;
  Rng rng_;
  Shape shape_;
  double small_avg_ = 25, per_grassroots_ = 107, per_branch_ = 21;
  std::vector<Node> nodes_;
};

// ---- Member files ----

struct Unit {
  int32_t node = 0;
  int64_t first_member = 0;  // global index of its first member
  int64_t first_in_province = 0;
};

struct Item {
  service::MemberInput in;
  service::MemberRows rows;
  int32_t node = 0;
};

class MemberMaker {
 public:
  MemberMaker(const std::vector<Node>& nodes, int32_t as_of) : nodes_(nodes), as_of_(as_of) {}

  // The members of `unit`, appended to `out`.
  void Make(uint64_t seed, const Unit& u, const std::vector<std::string>& established,
            std::vector<Item>& out) {
    const Node& n = nodes_[static_cast<size_t>(u.node)];
    Rng rng(Mix(seed, 0x100000000ULL + static_cast<uint64_t>(u.node)));
    const Node& grassroots = Grassroots(n);
    const std::string& district_place = nodes_[static_cast<size_t>(n.district)].place;
    const std::string province_place = ProvincePlace(n.province);
    const auto& prov = Provinces()[static_cast<size_t>(n.province)];
    for (int64_t i = 0; i < n.members; ++i) {
      Item item;
      item.node = u.node;
      service::MemberInput& m = item.in;
      m.org_id = 0;  // set by the writer side (ids are known there)
      const bool female = rng.Chance(Female(n.flavor));
      m.sex = female ? "female" : "male";
      m.full_name = Name(rng, female);
      if (rng.Chance(0.01)) m.other_name = GivenNames(female).Pick(rng);
      const bool community = n.flavor == Flavor::kVillage || n.flavor == Flavor::kCommune;
      // Age: community branches include many retirees; others are of working age.
      int64_t age =
          community ? 22 + static_cast<int64_t>(std::abs(rng.Normal()) * 28) : rng.Between(23, 60);
      age = std::min<int64_t>(age, 95);
      const int64_t born =
          as_of_ - age * 365 - static_cast<int64_t>(age / 4) - static_cast<int64_t>(rng.Below(365));
      m.birth_date = Iso(born);
      // Admitted at 18 or later, at least 30 days ago.
      const int64_t adult = Date::FromDayNumber(born).AddYears(18).DayNumber() + 1;
      int64_t admitted =
          adult + static_cast<int64_t>(std::abs(rng.Normal()) * 8 * 365) + rng.Between(0, 364);
      admitted = std::min<int64_t>(admitted, as_of_ - 30);
      if (admitted < adult) admitted = adult;  // very young members: admitted recently
      m.admitted_on = Iso(admitted);
      const int64_t official =
          Date::FromDayNumber(admitted).AddMonths(12).DayNumber() + rng.Between(0, 30);
      if (official <= as_of_) {
        m.official_on = Iso(official);
        if (rng.Chance(0.95)) {
          m.card_no = Digits(u.first_member + i + 1, 8);
          m.card_issued_on = Iso(std::min<int64_t>(as_of_, official + rng.Between(30, 400)));
        }
      }
      m.admitting_org = rng.Chance(0.85) ? n.name : "Chi bộ " + PlaceName(rng);
      m.introducers = Name(rng, rng.Chance(0.4)) + ", " + Name(rng, rng.Chance(0.4));
      const bool minority = rng.Chance(prov.minority);
      m.ethnicity = minority ? MinorityEthnicities().Pick(rng) : "Kinh";
      m.religion = rng.Chance(0.06) ? OtherReligions().Pick(rng) : "Không";
      const int64_t local = u.first_in_province + i;
      if (rng.Chance(0.97)) {
        const int century_sex =
            (Date::FromDayNumber(born).year() >= 2000 ? 2 : 0) + (female ? 1 : 0);
        m.national_id = Digits(n.province + 1, 3) + std::to_string(century_sex) +
                        Digits(Date::FromDayNumber(born).year() % 100, 2) + Digits(local, 6);
      }
      m.record_no = Digits(n.province + 1, 2) + Digits(local, 7);
      const std::string where =
          district_place.empty() ? province_place : district_place + ", " + province_place;
      m.birth_place = (rng.Chance(0.5) ? "xã " : "phường ") + PlaceName(rng) + ", " + where;
      m.home_town = rng.Chance(0.7) ? m.birth_place : "xã " + PlaceName(rng) + ", " + where;
      if (n.flavor == Flavor::kVillage && !n.place.empty()) {
        m.residence = n.place + ", " + grassroots.place + ", " + where;
      } else {
        m.residence = "Số " + std::to_string(rng.Between(1, 300)) + ", " +
                      (rng.Chance(0.5) ? "phường " : "xã ") + PlaceName(rng) + ", " + where;
      }
      m.occupation = Occupation(rng, n.flavor, age);
      const int64_t born_year = Date::FromDayNumber(born).year();
      m.general_education = born_year < 1960 ? (rng.Chance(0.5) ? "10/10" : "7/10")
                                             : (rng.Chance(0.97) ? "12/12" : "9/12");
      m.professional_level = ProfessionalLevels().Pick(rng);
      m.theory_level = TheoryLevelCodes().Pick(rng);
      if (!community) m.state_mgmt_level = StateMgmtLevels().Pick(rng);
      m.foreign_language = ForeignLanguages().Pick(rng);
      m.it_level = ItLevels().Pick(rng);
      if (i == 0) {
        m.party_position = "Bí thư chi bộ";
      } else if (i == 1 && n.members >= 10) {
        m.party_position = "Phó Bí thư chi bộ";
      } else if (i < 5 && n.members >= 20) {
        m.party_position = "Chi ủy viên";
      }
      item.rows = service::DeriveMemberRows(m, established[static_cast<size_t>(u.node)]);
      out.push_back(std::move(item));
    }
  }

 private:
  const Node& Grassroots(const Node& n) const {
    const Node* g = &n;
    while (g->parent >= 0 && g->kind != OrgKind::kGrassrootsCommittee &&
           g->kind != OrgKind::kGrassrootsBranch) {
      g = &nodes_[static_cast<size_t>(g->parent)];
    }
    return *g;
  }

  static std::string ProvincePlace(int32_t province) {
    const auto& p = Provinces()[static_cast<size_t>(province)];
    return std::string(p.city ? "thành phố " : "tỉnh ") + p.name;
  }

  static double Female(Flavor f) {
    switch (f) {
      case Flavor::kSchool:
        return 0.7;
      case Flavor::kHealth:
        return 0.6;
      case Flavor::kPolice:
      case Flavor::kArmy:
        return 0.08;
      default:
        return 0.33;
    }
  }

  static std::string Name(Rng& rng, bool female) {
    std::string s = FamilyNames().Pick(rng);
    s += ' ';
    s += MiddleNames(female).Pick(rng);
    if (rng.Chance(0.2)) {
      s += ' ';
      s += SecondMiddleNames(female).Pick(rng);
    }
    s += ' ';
    s += GivenNames(female).Pick(rng);
    return s;
  }

  static std::string Digits(int64_t v, int width) {
    std::string s = std::to_string(v);
    if (static_cast<int>(s.size()) < width) s.insert(0, static_cast<size_t>(width) - s.size(), '0');
    return s;
  }

  static std::string Occupation(Rng& rng, Flavor f, int64_t age) {
    if (age >= 62 && f == Flavor::kVillage) return rng.Chance(0.8) ? "Hưu trí" : "Nông dân";
    switch (f) {
      case Flavor::kVillage: {
        const uint64_t r = rng.Below(10);
        return r < 5   ? "Nông dân"
               : r < 7 ? "Lao động tự do"
               : r < 8 ? "Kinh doanh"
               : r < 9 ? "Cán bộ thôn"
                       : "Giáo viên";
      }
      case Flavor::kSchool:
        return rng.Chance(0.85) ? "Giáo viên" : "Viên chức";
      case Flavor::kHealth: {
        const uint64_t r = rng.Below(10);
        return r < 4 ? "Bác sĩ" : r < 8 ? "Điều dưỡng" : "Viên chức";
      }
      case Flavor::kEnterprise: {
        const uint64_t r = rng.Below(10);
        return r < 5 ? "Công nhân" : r < 7 ? "Kỹ sư" : "Nhân viên";
      }
      case Flavor::kPolice:
        return "Công an nhân dân";
      case Flavor::kArmy:
        return "Quân nhân";
      default:
        return rng.Chance(0.85) ? "Công chức" : "Người lao động";
    }
  }

  const std::vector<Node>& nodes_;
  int32_t as_of_;
};

// A bounded queue of member batches from the producer thread to the writer.
class Queue {
 public:
  explicit Queue(size_t capacity) : capacity_(capacity) {}

  // False when the consumer gave up.
  bool Push(std::vector<Item> batch) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return q_.size() < capacity_ || cancelled_; });
    if (cancelled_) return false;
    q_.push_back(std::move(batch));
    not_empty_.notify_one();
    return true;
  }
  // Empty when the producer is done (or failed: see error()).
  std::vector<Item> Pop() {
    std::unique_lock lock(mu_);
    not_empty_.wait(lock, [&] { return !q_.empty() || done_; });
    if (q_.empty()) return {};
    std::vector<Item> b = std::move(q_.front());
    q_.pop_front();
    not_full_.notify_one();
    return b;
  }
  void Finish(std::exception_ptr error) {
    std::lock_guard lock(mu_);
    done_ = true;
    error_ = error;
    not_empty_.notify_all();
  }
  void Cancel() {
    std::lock_guard lock(mu_);
    cancelled_ = true;
    not_full_.notify_all();
  }
  std::exception_ptr error() {
    std::lock_guard lock(mu_);
    return error_;
  }
  // Spent batches go back to the producer, which frees them: the writer's thread is the
  // busier one.
  void Recycle(std::vector<Item> batch) {
    std::lock_guard lock(mu_);
    spent_.push_back(std::move(batch));
  }
  std::vector<std::vector<Item>> TakeSpent() {
    std::lock_guard lock(mu_);
    return std::exchange(spent_, {});
  }

 private:
  std::mutex mu_;
  std::condition_variable not_full_, not_empty_;
  std::deque<std::vector<Item>> q_;
  std::vector<std::vector<Item>> spent_;
  size_t capacity_;
  bool done_ = false, cancelled_ = false;
  std::exception_ptr error_;
};

// Ids for `n` new rows of `table`: SQLite max(id)+1...; PostgreSQL from its identity sequence.
std::vector<int64_t> AllocateIds(store::Transaction& tx, const std::string& table, int64_t n) {
  std::vector<int64_t> ids;
  ids.reserve(static_cast<size_t>(n));
  if (n <= 0) return ids;
  if (tx.engine() == store::Engine::kSqlite) {
    const int64_t first = tx.QueryRow("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).Int(0);
    for (int64_t i = 0; i < n; ++i) ids.push_back(first + i);
  } else {
    tx.Each(
        "SELECT nextval(pg_get_serial_sequence('" + table + "', 'id')) FROM generate_series(1, ?)",
        {n}, [&](const store::Row& r) { ids.push_back(r.Int(0)); });
    std::sort(ids.begin(), ids.end());
  }
  return ids;
}

// SQLite: bulk-load settings for the writing connection while a transaction lasts: a 1 GiB
// page cache, two sorter threads for the index builds, and no fsync (a generated data set
// is made again if the machine fails while writing it; checkpoints then cost page-cache
// copies instead of waits for the disk). `synchronous` cannot change inside a transaction,
// so switching commits what the transaction holds so far, changes the settings and begins
// again; the connection stays leased as the one writer throughout. End() commits and
// restores the driver's settings (store/sqlite); without End() (an error), the destructor
// rolls back and restores them, so the pooled connection never keeps them.
class BulkMode {
 public:
  // `cache_kib`: the page cache while loading (index builds sort faster with the default,
  // small one: SQLite's sorter then merges runs that fit the CPU caches).
  explicit BulkMode(store::Transaction& tx, int64_t cache_kib = CacheKib()) : tx_(tx) {
    if (tx_.engine() != store::Engine::kSqlite) return;
    tx_.ExecuteScript(
        "COMMIT; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA cache_size=-" +
        std::to_string(cache_kib) + "; BEGIN IMMEDIATE");
    on_ = true;
  }
  static int64_t CacheKib() {
    const char* env = std::getenv("DANGBO_NATIONAL_CACHE_KIB");
    return env ? std::atoll(env) : 1048576;
  }
  ~BulkMode() {
    if (!on_ || !tx_.active()) return;
    try {
      tx_.ExecuteScript(std::string("ROLLBACK; ") + kDefaults + "; BEGIN IMMEDIATE");
    } catch (...) {
    }
  }
  BulkMode(const BulkMode&) = delete;
  BulkMode& operator=(const BulkMode&) = delete;

  // Commits the transaction's work so far and restores the settings (the transaction
  // stays open, empty, for the caller to commit).
  void End() {
    if (!on_) return;
    tx_.ExecuteScript(std::string("COMMIT; ") + kDefaults + "; BEGIN IMMEDIATE");
    on_ = false;
  }

 private:
  static constexpr const char* kDefaults =
      "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-2000";
  store::Transaction& tx_;
  bool on_ = false;
};

double Since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

constexpr const char* kRecordedBy = "demo:national";

std::vector<std::string> KeptIndexes() {
  const char* env = std::getenv("DANGBO_NATIONAL_KEEP");
  if (env) {
    std::vector<std::string> out;
    std::string s = env;
    for (size_t p = 0, q; p <= s.size(); p = q + 1) {
      q = s.find(',', p);
      if (q == std::string::npos) q = s.size();
      if (q > p) out.push_back(s.substr(p, q - p));
    }
    return out;
  }
  return {"member_org_idx",
          "member_card_idx",
          "member_record_idx",
          "member_event_member_idx",
          "member_name_token_member_idx",
          "member_span_org_idx"};
}

// SQLite: the coded-column check triggers (store/schema_codes.cc) off while the domain
// phases write (a trigger program per row costs several times the row; the phases' codes are
// the vocabulary's), and back on at Restore() or, after a failure, in the destructor.
class CodeChecksOff {
 public:
  explicit CodeChecksOff(store::Database& db) : db_(db) {
    if (db_.engine() != store::Engine::kSqlite) return;
    store::Transaction tx = db_.BeginWrite();
    tx.Each(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
        "'%\\_code\\_%' ESCAPE '\\' ORDER BY name",
        {}, [&](const store::Row& r) {
          names_.push_back(r.Text(0));
          create_.push_back(r.Text(1));
        });
    for (const auto& n : names_) tx.ExecuteScript("DROP TRIGGER " + n);
    tx.Commit();
  }
  ~CodeChecksOff() {
    try {
      Restore();
    } catch (...) {
    }
  }
  CodeChecksOff(const CodeChecksOff&) = delete;
  CodeChecksOff& operator=(const CodeChecksOff&) = delete;

  void Restore() {
    if (create_.empty()) return;
    store::Transaction tx = db_.BeginWrite();
    for (const auto& sql : create_) tx.ExecuteScript(sql);
    tx.Commit();
    create_.clear();
  }

 private:
  store::Database& db_;
  std::vector<std::string> names_, create_;
};

// Each later domain's phase, one transaction each, over the subtree just generated.
template <typename Progress>
void RunDomainPhases(const service::Env& env, const NationalOptions& o, const Date& as_of,
                     const std::string& now, NationalReport& report, const Progress& progress) {
  const auto t = std::chrono::steady_clock::now();
  NationalDomainContext c{.root_id = report.root_id, .as_of = as_of, .seed = o.seed, .now = now};
  {
    store::Transaction tx = env.db.BeginRead();
    c.root_path =
        store::Must(tx.QueryOne("SELECT path FROM org WHERE id = ?", {c.root_id}), "national root")
            .Text(0);
  }
  const auto phases = NationalDomains();
  CodeChecksOff checks(env.db);
  int64_t done = 0;
  progress("domains", 0, static_cast<int64_t>(phases.size()));
  for (const NationalDomain& d : phases) {
    const auto phase_start = std::chrono::steady_clock::now();
    store::Transaction tx = env.db.BeginWrite();
    BulkMode bulk(tx);
    const int64_t rows = d.generate(tx, c);
    bulk.End();
    tx.Commit();
    report.domains.push_back({d.name, rows, Since(phase_start)});
    progress("domains", ++done, static_cast<int64_t>(phases.size()));
  }
  checks.Restore();
  report.domain_seconds = Since(t);
}

}  // namespace

Result<NationalReport> GenerateNational(const service::Env& env, const NationalOptions& o) {
  const auto start = std::chrono::steady_clock::now();
  const auto as_of = Date::Parse(o.as_of);
  Validator v;
  v.Check(as_of.has_value(), "as_of", "Ngày mốc phải có dạng YYYY-MM-DD.");
  v.Check(o.members >= 0, "members", "Số đảng viên không được âm.");
  v.Check(o.orgs >= 50, "orgs", "Số tổ chức phải từ 50 trở lên.");
  v.Check(o.provinces >= 1, "provinces", "Phải có ít nhất một tỉnh.");
  if (Status s = v.ToStatus(); !s) return s.error();
  const int32_t as_of_day = static_cast<int32_t>(as_of->DayNumber());
  const std::string now = FormatTimestamp(env.clock.Now());
  NationalReport report;
  auto progress = [&](const char* phase, int64_t done, int64_t total) {
    if (o.progress) o.progress({phase, done, total, Since(start)});
  };

  // ---- 1. The tree ----
  std::vector<Node> nodes = TreeBuilder(o, as_of_day).Build();
  progress("orgs", 0, static_cast<int64_t>(nodes.size()));
  std::vector<int64_t> ids;
  std::vector<std::string> paths(nodes.size()), established(nodes.size());
  {
    store::Transaction tx = env.db.BeginWrite();
    BulkMode bulk(tx);
    int64_t root_id = 0;
    std::string root_path;
    int32_t root_day = 0;
    if (o.root_id) {
      const auto row =
          tx.QueryOne("SELECT id, path, kind, established_on FROM org WHERE id = ?", {*o.root_id});
      if (!row) return Error::NotFound("Không tìm thấy tổ chức gốc đã chọn.");
      if (row->Text(2) != "superior_committee") {
        return Error::Invalid("Tổ chức gốc phải là đảng bộ cấp trên cơ sở.", {});
      }
      root_id = row->Int(0);
      root_path = row->Text(1);
      root_day = static_cast<int32_t>(Date::Parse(row->Text(3))->DayNumber());
    } else {
      const auto roots =
          tx.Query("SELECT id, path, kind, established_on FROM org WHERE parent_id IS NULL");
      if (roots.size() > 1) {
        return Error::Invalid("Cây có nhiều tổ chức gốc: hãy chọn một.", {});
      }
      if (roots.size() == 1) {
        if (roots[0].Text(2) != "superior_committee") {
          return Error::Invalid("Tổ chức gốc phải là đảng bộ cấp trên cơ sở.", {});
        }
        root_id = roots[0].Int(0);
        root_path = roots[0].Text(1);
        root_day = static_cast<int32_t>(Date::Parse(roots[0].Text(3))->DayNumber());
      }
    }
    if (tx.QueryOne("SELECT 1 FROM member LIMIT 1")) {
      return Error::Conflict("demo_not_empty",
                             "Cơ sở dữ liệu đã có hồ sơ đảng viên: dữ liệu mẫu toàn quốc chỉ "
                             "được tạo trên một sổ đảng viên trống.");
    }
    if (root_id != 0 && tx.QueryOne("SELECT 1 FROM org WHERE parent_id = ?", {root_id})) {
      return Error::Conflict("demo_not_empty",
                             "Tổ chức gốc đã có tổ chức trực thuộc: dữ liệu mẫu toàn quốc chỉ "
                             "được tạo trên một cây trống.");
    }
    if (root_id == 0) {
      // A new root, established 1930-02-03.
      root_day = static_cast<int32_t>(Date(1930, 2, 3).DayNumber());
      root_id = AllocateIds(tx, "org", 1)[0];
      root_path = "/" + std::to_string(root_id) + "/";
      const std::string name = "Đảng Cộng sản Việt Nam";
      tx.Exec(
          "INSERT INTO org (id, parent_id, kind, name, path, created_at, established_on, "
          "name_key) VALUES (?, NULL, 'superior_committee', ?, ?, ?, ?, ?)",
          {root_id, name, root_path, now, Iso(root_day), text::Fold(name)});
      tx.Exec(
          "INSERT INTO org_span (org_id, valid_from, valid_to, parent_id, kind, name, path) "
          "VALUES (?, ?, NULL, NULL, 'superior_committee', ?, ?)",
          {root_id, Iso(root_day), name, root_path});
      tx.Exec(
          "INSERT INTO org_event (org_id, kind, effective_on, recorded_by, recorded_at) "
          "VALUES (?, 'established', ?, ?, ?)",
          {root_id, Iso(root_day), std::string(kRecordedBy), now});
    }
    report.root_id = root_id;
    // Provinces are not older than the root.
    for (auto& n : nodes) n.established = std::max(n.established, root_day);
    for (size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].parent >= 0) {
        nodes[i].established =
            std::max(nodes[i].established, nodes[static_cast<size_t>(nodes[i].parent)].established);
      }
    }

    ids = AllocateIds(tx, "org", static_cast<int64_t>(nodes.size()));
    int64_t hosts = 0;
    for (const auto& n : nodes) hosts += n.host_unit.empty() ? 0 : 1;
    const std::vector<int64_t> host_ids = AllocateIds(tx, "host_unit", hosts);
    service::BulkInsert host("host_unit", {"id", "name", "kind", "created_at"});
    service::BulkInsert org("org", {"id", "parent_id", "kind", "name", "path", "created_at",
                                    "established_on", "host_unit_id", "name_key"});
    service::BulkInsert span(
        "org_span", {"org_id", "valid_from", "valid_to", "parent_id", "kind", "name", "path"});
    service::BulkInsert event("org_event", {"org_id", "kind", "effective_on", "decision_no",
                                            "decision_date", "recorded_by", "recorded_at"});
    std::unordered_set<std::string> host_names;
    size_t next_host = 0;
    for (size_t i = 0; i < nodes.size(); ++i) {
      Node& n = nodes[i];
      const int64_t id = ids[i];
      const int64_t parent = n.parent >= 0 ? ids[static_cast<size_t>(n.parent)] : root_id;
      paths[i] = (n.parent >= 0 ? paths[static_cast<size_t>(n.parent)] : root_path) +
                 std::to_string(id) + "/";
      established[i] = Iso(n.established);
      const std::string kind(vocab::Code(n.kind));
      store::Value host_id = nullptr;
      if (!n.host_unit.empty()) {
        std::string hn = n.host_unit;
        for (int k = 2; !host_names.insert(hn).second; ++k) {
          hn = n.host_unit + " (" + std::to_string(k) + ")";
        }
        host_id = host_ids[next_host++];
        const char* hk = n.flavor == Flavor::kEnterprise
                             ? (hn.find("Cổ phần") != std::string::npos ? "non_state_enterprise"
                                                                        : "state_enterprise")
                         : n.flavor == Flavor::kSchool || n.flavor == Flavor::kHealth
                             ? "public_unit"
                             : "agency";
        auto& hv = host.values();
        hv.emplace_back(std::get<int64_t>(host_id));
        hv.emplace_back(std::move(hn));
        hv.emplace_back(std::string(hk));
        hv.emplace_back(now);
      }
      auto& ov = org.values();
      ov.emplace_back(id);
      ov.emplace_back(parent);
      ov.emplace_back(kind);
      ov.emplace_back(n.name);
      ov.emplace_back(paths[i]);
      ov.emplace_back(now);
      ov.emplace_back(established[i]);
      ov.push_back(host_id);
      ov.emplace_back(text::Fold(n.name));
      auto& sv = span.values();
      sv.emplace_back(id);
      sv.emplace_back(established[i]);
      sv.emplace_back(nullptr);
      sv.emplace_back(parent);
      sv.emplace_back(kind);
      sv.emplace_back(n.name);
      sv.emplace_back(paths[i]);
      auto& ev = event.values();
      ev.emplace_back(id);
      ev.emplace_back(std::string("established"));
      ev.emplace_back(established[i]);
      ev.emplace_back(n.decision_no);
      ev.emplace_back(Iso(n.established - static_cast<int32_t>(Mix(o.seed, i) % 20)));
      ev.emplace_back(std::string(kRecordedBy));
      ev.emplace_back(now);
      if (org.rows() >= 4096) {
        host.Flush(tx);
        org.Flush(tx);
        span.Flush(tx);
        event.Flush(tx);
        progress("orgs", static_cast<int64_t>(i + 1), static_cast<int64_t>(nodes.size()));
      }
    }
    host.Flush(tx);
    org.Flush(tx);
    span.Flush(tx);
    event.Flush(tx);
    report.orgs = static_cast<int64_t>(nodes.size());
    service::AuditEntry audit{.action = "demo.national", .entity = "org"};
    audit.entity_id = std::to_string(root_id);
    audit.org_id = root_id;
    audit.after = {
        {"seed", o.seed}, {"members", o.members}, {"orgs", report.orgs}, {"as_of", o.as_of}};
    service::RecordAudit(tx, service::Actor::CliOperator(), audit, env.clock.Now());
    bulk.End();
    tx.Commit();
  }
  report.org_seconds = Since(start);
  progress("orgs", report.orgs, report.orgs);

  // ---- 2. Member files ----
  const auto member_start = std::chrono::steady_clock::now();
  std::vector<Unit> units;
  {
    int64_t global = 0;
    std::vector<int64_t> per_province(Provinces().size(), 0);
    for (size_t i = 0; i < nodes.size(); ++i) {
      if (nodes[i].members <= 0) continue;
      units.push_back(
          {static_cast<int32_t>(i), global, per_province[static_cast<size_t>(nodes[i].province)]});
      global += nodes[i].members;
      per_province[static_cast<size_t>(nodes[i].province)] += nodes[i].members;
    }
  }
  Queue queue(8);
  std::thread producer([&] {
    pthread_setname_np(pthread_self(), "dangbo-members");
    std::exception_ptr error;
    try {
      MemberMaker maker(nodes, as_of_day);
      std::vector<Item> batch;
      batch.reserve(4200);
      for (const Unit& u : units) {
        maker.Make(o.seed, u, established, batch);
        if (batch.size() >= 4096) {
          queue.TakeSpent();  // freed here, on this thread
          if (!queue.Push(std::move(batch))) break;
          batch = {};
          batch.reserve(4200);
        }
      }
      if (!batch.empty()) queue.Push(std::move(batch));
    } catch (...) {
      error = std::current_exception();
    }
    queue.Finish(error);
  });
  struct JoinGuard {
    Queue& q;
    std::thread& t;
    ~JoinGuard() {
      q.Cancel();
      if (t.joinable()) t.join();
    }
  } join_guard{queue, producer};

  std::optional<service::DeferredMemberIndexes> deferred;
  int64_t written = 0;
  int64_t next_report = 100'000;
  {
    std::optional<store::Transaction> tx(env.db.BeginWrite());
    std::optional<BulkMode> bulk(std::in_place, *tx);
    if (o.defer_indexes) {
      // Indexes this loader fills in key order (members go unit by unit, units in id
      // order, numbers in member order) stay: appending to them costs less than a rebuild.
      deferred.emplace(*tx, KeptIndexes());
    }
    report.deferred_indexes = deferred.has_value();
    std::optional<service::MemberWriter> writer;
    service::MemberWriterOptions wo;
    wo.batch_members = o.batch;
    writer.emplace(*tx, kRecordedBy, now, wo);
    int64_t in_tx = 0;
    for (;;) {
      std::vector<Item> batch = queue.Pop();
      if (batch.empty()) break;
      for (Item& item : batch) {
        item.in.org_id = ids[static_cast<size_t>(item.node)];
        report.tokens += static_cast<int64_t>(item.rows.tokens.size());
        report.spans += static_cast<int64_t>(item.rows.spans.size());
        report.events += static_cast<int64_t>(item.rows.events.size());
        writer->Add(item.in, item.rows, paths[static_cast<size_t>(item.node)]);
        ++written;
        ++in_tx;
      }
      queue.Recycle(std::move(batch));
      if (in_tx >= o.commit_every) {
        writer->Flush();
        writer.reset();
        bulk->End();
        bulk.reset();
        tx->Commit();
        tx.emplace(env.db.BeginWrite());
        bulk.emplace(*tx);
        writer.emplace(*tx, kRecordedBy, now, wo);
        in_tx = 0;
      }
      if (written >= next_report) {
        progress("members", written, o.members);
        next_report += 100'000;
      }
    }
    if (std::exception_ptr e = queue.error()) std::rethrow_exception(e);
    writer->Flush();
    writer.reset();
    bulk->End();
    bulk.reset();
    tx->Commit();
  }
  report.members = written;
  report.member_seconds = Since(member_start);
  progress("members", written, o.members);

  // ---- 3. Indexes and statistics ----
  if (deferred) {
    const auto t = std::chrono::steady_clock::now();
    store::Transaction tx = env.db.BeginWrite();
    BulkMode bulk(tx, 2000);
    const int64_t n = static_cast<int64_t>(deferred->names().size());
    progress("indexes", 0, n);
    int64_t built = 0;
    deferred->Restore(tx, [&](const std::string& name) {
      progress("indexes", ++built, n);
      report.index_log.push_back({name, Since(start)});
    });
    bulk.End();
    tx.Commit();
    report.index_seconds = Since(t);
    progress("indexes", n, n);
  }
  if (o.domains) RunDomainPhases(env, o, *as_of, now, report, progress);
  if (o.analyze) {
    const auto t = std::chrono::steady_clock::now();
    progress("analyze", 0, 1);
    store::Transaction tx = env.db.BeginWrite();
    if (tx.engine() == store::Engine::kSqlite) {
      // Sampled statistics: enough for the planner, seconds instead of minutes.
      tx.ExecuteScript("PRAGMA analysis_limit=2000; ANALYZE; PRAGMA analysis_limit=0");
      // The change log holds one row now and millions later: a row count measured now
      // would make the planner scan it whole instead of reading the rows after a number.
      tx.Exec("DELETE FROM sqlite_stat1 WHERE tbl = 'member_change'");
    } else {
      tx.ExecuteScript("ANALYZE");
    }
    tx.Commit();
    report.analyze_seconds = Since(t);
    progress("analyze", 1, 1);
  }
  report.seconds = Since(start);
  return report;
}

}  // namespace dangbo::demo
