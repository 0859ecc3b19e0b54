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
};

struct Slot {
  int unit = 0;  // MemberUnit index
  service::MemberInput in;
  int64_t id = 0;
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
  void PlanSizes();
  void PlanMembers();
  Status CreateHosts();
  Status CreateInitialTree();
  Status CreateMembers(bool early);
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
};

}  // namespace dangbo::demo::internal
