// Demo data: a deterministic, realistic party bloc (or a whole province of them) with ten
// years of organization history, written through the services as the CLI operator.
#pragma once

#include <cstdint>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"
#include "service/members/members.h"

namespace dangbo::demo {

enum class Scale {
  kBloc,      // one Đảng bộ Khối: 73 grassroots organizations, about 2,700 members
  kProvince,  // 15 bloc-sized superior committees under the root, about 40,000 members
};

struct Options {
  Scale scale = Scale::kBloc;
  uint64_t seed = 1;
  int64_t root_org_id = 0;  // 0: the root of the tree (the organization without a parent)
  // Password of the demo accounts (tochuc, kiemtra, tuyengiao, bithu.*); empty: none.
  std::string user_password;
  std::function<void(const std::string&)> progress;  // Vietnamese progress lines; optional
};

struct Report {
  int64_t orgs = 0;     // active organizations under the root today
  int64_t members = 0;  // active members under the root today
  int64_t users = 0;    // demo accounts created
  double seconds = 0;
};

// Fills an initialized database (root organization and admin exist) with a deterministic
// demo: the same seed and the same "today" give the same content. Refuses when the root
// already has members or organizations under it.
Result<Report> Generate(const service::Env& env, const Options& options);

// The generator's parts, shared by its source files (not an API for other modules).
namespace internal {

// Randomness with the same stream on every platform (no std::*_distribution).
class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed) {}
  uint64_t Next() { return gen_(); }
  int64_t Uniform(int64_t lo, int64_t hi);  // inclusive bounds
  double Real();                            // [0, 1)
  bool Chance(double p) { return Real() < p; }
  // Mean of two uniforms in [lo, hi]: a triangular shape peaking in the middle.
  int64_t Triangular(int64_t lo, int64_t hi);
  // An index drawn with the given relative weights.
  size_t Weighted(const std::vector<double>& weights);
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[static_cast<size_t>(Uniform(0, static_cast<int64_t>(v.size()) - 1))];
  }
  Date DateBetween(const Date& lo, const Date& hi);

 private:
  std::mt19937_64 gen_;
};

// What kind of workplace a unit is: shapes occupations, titles, sex ratio and unit sizes.
enum class Profile { kAgency, kHospital, kCollege, kSchool, kEnterprise, kBank, kMedia, kCommune };

// One grassroots organization of a bloc as it is today, with its part in the history.
struct Unit {
  std::string stem;  // "Sở Y tế", "xã Tân Phú": the name after "Đảng bộ"/"Chi bộ"
  std::string host;  // host unit (today's name), unique in the catalog
  std::string host_kind;  // HostUnitKinds() code
  Profile profile = Profile::kAgency;
  std::string head;               // head of the host unit, e.g. "Giám đốc Sở"
  bool committee = false;         // đảng bộ cơ sở today (else chi bộ cơ sở)
  int branches = 0;               // committees: chi bộ trực thuộc today
  std::vector<std::string> pool;  // sub-unit names for branches, most important first
  bool upgrade = false;           // was a chi bộ cơ sở, upgraded in the last 10 years
  bool merge_source = false;      // merged into the merge target in the restructuring
  bool merge_target = false;
  bool new_later = false;     // founded in the last 10 years
  std::string old_stem;       // renamed from this (in the restructuring)
  bool rename_early = false;  // ... or about seven years ago
  std::string sub_name;       // a đảng bộ bộ phận holding the first sub_branches
  int sub_branches = 0;
  bool sub_dissolved = false;                // its branches move up and it is dissolved
  std::string split_from, split_a, split_b;  // a branch split into two
  std::string user;                          // demo secretary account "bithu.<user>"
};

struct Catalog {
  std::string superior;  // name of the superior committee ("" at bloc scale: the root)
  std::string decision;  // suffix of decision numbers, e.g. "QĐ/ĐUK"
  std::vector<Unit> units;
};

Catalog ProvincialBloc();
// A district-like superior committee: names are generated; `used_hosts` keeps host unit
// names unique across the province.
Catalog District(Rng& rng, int index, std::set<std::string>& used_hosts);

// Draws people and their member files.
struct PersonSpec {
  Profile profile = Profile::kAgency;
  std::string unit_name;  // the branch-like unit (admitting organization)
  std::string sub_unit;   // "Khoa Nội", "Phòng Kế toán" ("" for a chi bộ cơ sở)
  std::string host;       // host unit name
  std::string job_title;  // preset (leaders), else drawn
  std::string party_position;
  bool senior = false;        // leaders: older, higher theory level
  bool probationary = false;  // admitted in the last 12 months
};

class People {
 public:
  People(Rng& rng, const Date& today);
  service::MemberInput Make(const PersonSpec& spec);
  std::string FullName(bool female);
  std::string Province() const;  // the province the demo is set in

 private:
  std::string Place(int province, bool full);
  Rng& rng_;
  Date today_;
  int home_;  // index of the demo's own province
  std::set<std::string> national_ids_;
  int64_t card_seq_ = 0;
  int64_t record_seq_ = 0;
};

// The demo's clock: the real one, or a moment set while history is replayed, so that each
// fact is recorded a few days after it happened (reports "as recorded on" a past day then
// show what was known that day). Never goes back once set, and never past the real time.
class RecordingClock final : public Clock {
 public:
  explicit RecordingClock(const Clock& real) : real_(real) {}
  TimePoint Now() const override {
    const int64_t ms = ms_.load(std::memory_order_relaxed);
    return ms < 0 ? real_.Now() : TimePoint(std::chrono::milliseconds(ms));
  }
  // Records from 09:00 (Vietnam) of `day` on, or stays where it is when that is earlier.
  void RecordOn(const Date& day);
  void Release() { ms_.store(-1); }  // the real time again

 private:
  const Clock& real_;
  std::atomic<int64_t> ms_{-1};
};

// What building one bloc needs from the run.
struct Context {
  const service::Env& env;
  RecordingClock* clock = nullptr;  // env's clock
  service::Actor op;
  Rng& rng;
  People& people;
  Date today;
  Date floor;  // nothing is founded before this (1990 or the root's founding)
  std::function<void(const std::string&)> progress;
  int64_t members = 0;  // member files written so far in the run
  std::string label;    // "" or "Khối 3/15: " for progress lines
};

// A demo account to create once the data exists.
struct Account {
  std::string username;
  std::string display_name;
  int64_t org_id = 0;
  std::string role;
};

// Plans one bloc from `catalog` under `superior_id` (founded on `superior_est`) and writes
// it: the tree as it was ten years ago, members, the changes in date order, later members,
// committees. Adds the secretaries' accounts of the catalog to `accounts`.
Status BuildBloc(Context& ctx, const Catalog& catalog, int64_t superior_id,
                 const Date& superior_est, std::vector<Account>& accounts);

// Ten years of yearly ratings (members and organizations, about 90% "tốt" or better, the
// "xuất sắc" cap kept) and of party badges awarded at each round to the members due, under
// `root_id`, through the ratings and badges services.
Status BuildRatingsAndBadges(Context& ctx, int64_t root_id);

// The leader's title of a sub-unit: "Khoa Nội" -> "Trưởng khoa", "Phòng Kế toán" ->
// "Trưởng phòng".
std::string LeaderTitle(const std::string& sub_unit);

// The syllables place names are made of ("Tân Phú", "An Hòa"): first and second words.
const std::vector<std::string>& PlaceFirstSyllables();
const std::vector<std::string>& PlaceSecondSyllables();

// Ten years of meetings with attendance, assignments of higher-level committee members and
// next month's plans for every unit under `root_id` (demo_meetings.cc).
Status BuildMeetings(Context& ctx, int64_t root_id);

// Ten years of inspection programmes and cases (a few dozen a year, concluded and followed
// up) and of discipline cases (a handful of members a year, some appealed) under `root_id`
// (demo_discipline.cc). Runs before the ratings, which then rate the disciplined members
// "không hoàn thành nhiệm vụ".
Status BuildInspectionAndDiscipline(Context& ctx, int64_t root_id);
// Writes three years of training classes (candidates, new members, political theory, skills
// for committee members, propaganda staff) with results and certificates under `root_id`
// (demo_training.cc), and the current term's cadre planning with roadmaps (demo_cadre.cc).
Status BuildTraining(Context& ctx, int64_t root_id);
// Writes four years of the committee's awards (8 collectives and 14 individuals a year, the
// seed's rate), emulation movements and "Dân vận khéo" models under `root_id`
// (demo_rewards.cc).
Status BuildRewards(Context& ctx, int64_t root_id);
// Writes the host units' cultural-standard registrations and results of the last three years
// at the seed's rates and this year's registrations (demo_culture.cc).
Status BuildCulture(Context& ctx, int64_t root_id);
// Writes the current term's congress resolution targets of `root_id` (seven computed from the
// catalogue's indicators, three typed each year: "9/10 chỉ tiêu đạt và vượt";
// demo_targets.cc). REQUIRES: after the domains whose figures they read.
Status BuildTargets(Context& ctx, int64_t root_id);
// Writes six higher-level documents of the last three years followed by `root_id` and each
// grassroots organization's implementation at the seeds' rates (demo_documents.cc).
Status BuildDocuments(Context& ctx, int64_t root_id);
Status BuildCadrePlanning(Context& ctx, int64_t root_id);
// Writes three years of propaganda work under `root_id` (demo_propaganda.cc): resolutions
// studied in every grassroots organization, online conferences, contests, opinion reports,
// Directive 05 models, and the public-opinion collaborators serving today.
Status BuildPropaganda(Context& ctx, int64_t root_id);
// Three years of monthly dues (bases, collection, remittances) for every unit under
// `root_id` (demo_dues.cc).
Status BuildDues(Context& ctx, int64_t root_id);

}  // namespace internal
}  // namespace dangbo::demo
