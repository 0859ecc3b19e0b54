// One bloc of the demo (internal to src/demo): the plan of the tree, its member units,
// member slots and committees, shared by the bloc's writer (demo_bloc.cc) and its ten
// years of member history (demo_history.cc).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "demo/demo.h"
#include "service/orgs/orgs.h"

namespace dangbo::demo::internal {

inline Error Wrap(const std::string& what, const Error& e) {
  Error out = e;
  out.detail = "Không tạo được dữ liệu mẫu (" + what + "): " + e.detail;
  for (const auto& f : e.fields) out.detail += " [" + f.field + ": " + f.message + "]";
  return out;
}

// An organization of the plan; `id` is known once it is written.
struct Node {
  int64_t id = 0;
  std::string name;  // at creation
  std::string kind;  // at creation
  int parent = -1;   // node index; -1: the bloc's superior
  Date est;
  std::optional<int64_t> host;
};

// A branch-like unit as it is today, and where its members were before the changes.
struct MemberUnit {
  int node = 0;
  int early = -1;              // node holding members before the history (-1: none)
  std::optional<Date> cutoff;  // members whose history starts later join after the change
  int part = -1;               // split part
  int unit = 0;                // catalog unit (grassroots organization today)
  std::string sub;             // sub-unit, "" for a chi bộ cơ sở
  int size = 0;
  bool regroup = false;  // an upgrade's later branch: members move in from the first one
  bool stable = false;   // the same unit for the whole history (no change moves its members)
};

// How a member came into the bloc (every way is a dated event but the first).
enum class Arrival {
  kInitial,     // already a member when the history starts (the registry's file)
  kRegistry,    // admitted in the history, entered from the admission decision's file
  kCandidate,   // admitted through the candidate's steps (the latest years)
  kTransferIn,  // from a party organization outside the bloc
};

// What happens to a member of the plan after arriving.
enum class Leaving { kNone, kTransferOut, kDied, kLeft, kRemoved, kExpelled };

struct Slot {
  int unit = 0;  // MemberUnit index
  service::MemberInput in;
  int64_t id = 0;
  Arrival arrival = Arrival::kInitial;
  Date arrive_on;
  int first_unit = -1;  // arrives in this unit, moved to `unit` on move_on (internal)
  Date move_on;
  bool busy = false;  // has an event of its own (not an introducer, not picked again)
  Leaving leaving = Leaving::kNone;  // members of the past (not counted today)
  Date leave_on;
  std::optional<Date> readmit_on;
  std::string card_no;  // issued by an event (after a recognition in the history)
  Date card_on;
};

// A candidate (quần chúng ưu tú) and the dates of the steps taken up to today.
struct Prospect {
  service::MemberInput person;
  int slot = -1;                 // the member it becomes, when admitted by today
  int unit = 0;                  // MemberUnit
  int intro1 = -1, intro2 = -1;  // introducers (slots)
  int64_t id = 0;
  std::vector<std::pair<std::string, Date>> steps;  // class ... ceremony, up to today
};

struct Seat {
  std::string position;
  int slot = 0;
  bool heads = false;
};

// The committee of one organization.
struct Committee {
  int node = 0;
  int owner = 0;  // catalog unit whose congress dates apply
  bool grassroots = false;
  std::vector<Seat> seats;
};

class Bloc {
 public:
  Bloc(Context& ctx, const Catalog& cat, int64_t superior, const Date& superior_est)
      : c_(ctx), cat_(cat), superior_(superior), floor_(std::max(ctx.floor, superior_est)) {}

  Status Run(std::vector<Account>& accounts);

 private:
  Date T() const { return c_.today; }
  service::Decision Dec(const Date& on) {
    const int64_t no = c_.rng.Uniform(12, 980);
    return {on.Iso(), std::to_string(no) + "-" + cat_.decision,
            on.AddDays(-c_.rng.Uniform(0, 14)).Iso()};
  }
  // A day drawn after today comes back to one between `earliest` and today, spread by the
  // slot count rather than a draw (so the rest of the demo stays the same): many leavings
  // must not pile up on today.
  Date ByToday(Date d, Date earliest) const {
    if (d <= T()) return d;
    if (earliest >= T()) return T();
    const int64_t span = T().DayNumber() - earliest.DayNumber();
    return earliest.AddDays(static_cast<int64_t>(slots_.size() * 37) % (span + 1));
  }
  Date Around(int months_ago, int days) {
    return T().AddMonths(-months_ago).AddDays(c_.rng.Uniform(-days, days));
  }
  Node& N(int i) { return nodes_[static_cast<size_t>(i)]; }
  MemberUnit& U(int i) { return units_[static_cast<size_t>(i)]; }
  int AddNode(std::string name, std::string kind, int parent, Date est) {
    nodes_.push_back({0, std::move(name), std::move(kind), parent, est, std::nullopt});
    return static_cast<int>(nodes_.size()) - 1;
  }
  int AddUnit(int node, int unit, std::string sub, int early = -1,
              std::optional<Date> cutoff = std::nullopt, int part = -1) {
    units_.push_back({node, early, cutoff, part, unit, std::move(sub), 0});
    return static_cast<int>(units_.size()) - 1;
  }
  void Schedule(const Date& on, std::function<Status()> run) {
    events_.push_back({on, static_cast<int>(events_.size()), std::move(run)});
  }

  std::vector<int> BranchCounts();
  void PlanTree();
  // The member history (demo_history.cc): who arrives how and when, who leaves, the
  // candidates, admission targets, transfers, exemptions; scheduled with the changes.
  void PlanHistory();
  int HomeNode(int unit, const Date& on);
  bool Steady(int slot, const Date& from, const Date& to);
  void PlanArrivals();
  void PlanPast();
  void PlanCandidates();
  void PlanTargets();
  void PlanMoves();
  void ScheduleArrival(int slot);
  void ScheduleLeaving(int slot);
  void ScheduleProspect(Prospect p);
  void ScheduleRecognition(int slot, const Date& probation);
  // The card of a member present at the start but issued later: taken off the file and
  // issued by an event on its day.
  void ScheduleLaterCard(int slot);
  // A member transferred in on probation and recognised after arriving: recognised (and
  // given the card) by events after the arrival.
  void ScheduleRecognitionAfterArrival(int slot);
  // Recognizes the member of `slot` (branch resolution, then the decision on `decided`).
  void ScheduleRecognize(int slot, const Date& resolution, const Date& decided);
  // Issues card `card_no` to the member of `slot` on `card`.
  void ScheduleCard(int slot, const Date& card, const std::string& card_no);
  // `in` as it could be entered on the recording clock's day: sub-records (work, courses,
  // awards, family) dated after it are not known yet.
  service::MemberInput AsKnown(const service::MemberInput& in) const;
  std::string Outside();
  void PlanSizes();
  void PlanMembers();
  Status CreateHosts();
  Status CreateInitialTree();
  Status CreateMembers();
  Status RunEvents();
  Status CreateCommittees();
  void Progress();

  struct Change {
    Date on;
    int order = 0;
    std::function<Status()> run;
  };

  Context& c_;
  const Catalog& cat_;
  int64_t superior_;
  Date floor_;
  std::vector<Node> nodes_;
  std::vector<int> grassroots_;             // per catalog unit: its node
  std::vector<std::vector<int>> branches_;  // per catalog unit: member units today, lead first
  std::vector<MemberUnit> units_;
  std::vector<Slot> slots_;
  std::vector<Committee> committees_;
  std::vector<Change> events_;
  std::vector<std::vector<int64_t>> split_parts_{2};
  std::vector<int> split_nodes_;                          // the two parts' nodes
  std::vector<std::pair<int, std::string>> secretaries_;  // (unit, account) for bithu.*
  std::vector<int> secretary_slot_;                       // per catalog unit, -1 if none
  std::vector<Prospect> prospects_;
  std::vector<bool> seated_;        // per slot of today: holds a committee seat
  std::vector<int> upgrade_first_;  // per MemberUnit of an upgrade: its first branch's unit
};

}  // namespace dangbo::demo::internal
