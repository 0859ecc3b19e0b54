// One bloc of the demo: plans the tree as it was ten years ago, the changes since then,
// members and committees, then replays everything through the services in date order.
#include "demo/demo_bloc.h"

#include <algorithm>
#include <optional>

#include "service/orgs/org_details.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"
#include "text/text.h"

namespace dangbo::demo::internal {

namespace {

constexpr int kBranchesToday = 216;  // chi bộ trực thuộc in a bloc today (seed 001)

std::string Deputy(const std::string& title) { return "Phó " + title; }

}  // namespace

// Chi bộ trực thuộc per committee today, adjusted so the bloc has exactly 216.
std::vector<int> Bloc::BranchCounts() {
  std::vector<int> n(cat_.units.size(), 0), lo(n), hi(n);
  int sum = 0;
  for (size_t i = 0; i < cat_.units.size(); ++i) {
    const Unit& u = cat_.units[i];
    if (!u.committee) continue;
    const int split = u.split_from.empty() ? 0 : 2;
    lo[i] = (u.sub_branches > 0 ? u.sub_branches + 1 : 2) + split;
    hi[i] = static_cast<int>(u.pool.size()) + split;
    n[i] = std::clamp(u.branches, lo[i], hi[i]);
    sum += n[i];
  }
  while (sum != kBranchesToday) {
    const size_t i = static_cast<size_t>(c_.rng.Uniform(0, static_cast<int64_t>(n.size()) - 1));
    if (!cat_.units[i].committee || cat_.units[i].upgrade) continue;
    if (sum < kBranchesToday && n[i] < hi[i]) {
      ++n[i];
      ++sum;
    } else if (sum > kBranchesToday && n[i] > lo[i]) {
      --n[i];
      --sum;
    }
  }
  return n;
}

void Bloc::PlanTree() {
  const Date founded_by = std::min(Date(2012, 12, 31), T().AddYears(-11));
  const Date branches_by = T().AddYears(-10).AddMonths(-6);
  const Date restructuring = T() >= Date(2025, 9, 1) ? Date(2025, 3, 1) : T().AddMonths(-6);
  static const int kUpgradeMonthsAgo[] = {111, 98, 72, 60, 42, 28, 14};
  int upgrades = 0;
  const std::vector<int> counts = BranchCounts();
  int merge_source = -1, merge_target = -1;
  grassroots_.assign(cat_.units.size(), -1);
  branches_.assign(cat_.units.size(), {});

  for (size_t i = 0; i < cat_.units.size(); ++i) {
    const Unit& u = cat_.units[i];
    const int ui = static_cast<int>(i);
    const Date est = c_.rng.DateBetween(floor_, std::max(floor_, founded_by));
    const std::string stem = u.old_stem.empty() ? u.stem : u.old_stem;
    if (u.merge_source) merge_source = ui;
    if (u.merge_target) merge_target = ui;
    auto branch_est = [&](int parent) {
      const Date from = N(parent).est;
      return c_.rng.DateBetween(from, std::clamp(from.AddYears(8), from, branches_by));
    };

    if (!u.committee) {
      if (u.new_later) {
        const Date on = Around(50, 60);
        const int node = AddNode("Chi bộ " + u.stem, "grassroots_branch", -1, on);
        grassroots_[i] = node;
        branches_[i].push_back(AddUnit(node, ui, ""));
        Schedule(on, [this, node] {
          Node& n = N(node);
          auto org = service::CreateOrg(
              c_.env, c_.op, {superior_, "grassroots_branch", n.name, Dec(n.est), n.host});
          if (!org.ok()) return Status(Wrap(n.name, org.error()));
          n.id = org->id;
          return Status::Ok();
        });
      } else {
        const int node = AddNode("Chi bộ " + stem, "grassroots_branch", -1, est);
        grassroots_[i] = node;
        branches_[i].push_back(AddUnit(node, ui, "", node));
      }
    } else if (u.upgrade) {
      const Date on = Around(kUpgradeMonthsAgo[upgrades++ % 7], 40);
      const int x = AddNode("Chi bộ " + stem, "grassroots_branch", -1, est);
      grassroots_[i] = x;
      std::vector<int> created;
      for (int b = 0; b < counts[i]; ++b) {
        const int node = AddNode("Chi bộ " + u.pool[static_cast<size_t>(b)], "branch", x, on);
        created.push_back(node);
        // Every branch's members were members of the chi bộ cơ sở before the upgrade.
        const int mu = AddUnit(node, ui, u.pool[static_cast<size_t>(b)], x, on);
        U(mu).regroup = b > 0;
        upgrade_first_.resize(units_.size(), -1);
        upgrade_first_[static_cast<size_t>(mu)] = branches_[i].empty() ? mu : branches_[i][0];
        branches_[i].push_back(mu);
      }
      Schedule(on, [this, x, created, ui, on] {
        const service::Decision d = Dec(on);
        Node& n = N(x);
        auto up = service::UpgradeOrg(c_.env, c_.op, n.id, N(created[0]).name, d);
        if (!up.ok()) return Status(Wrap("nâng cấp " + n.name, up.error()));
        N(created[0]).id = up->first_branch.id;
        const std::string name = "Đảng bộ " + cat_.units[static_cast<size_t>(ui)].stem;
        auto renamed = service::RenameOrg(c_.env, c_.op, n.id, name, d);
        if (!renamed.ok()) return Status(Wrap("đổi tên " + n.name, renamed.error()));
        for (size_t b = 1; b < created.size(); ++b) {
          Node& child = N(created[b]);
          auto org = service::CreateOrg(c_.env, c_.op, {n.id, "branch", child.name, d});
          if (!org.ok()) return Status(Wrap(child.name, org.error()));
          child.id = org->id;
        }
        return Status::Ok();
      });
    } else {
      const int g = AddNode("Đảng bộ " + stem, "grassroots_committee", -1, est);
      grassroots_[i] = g;
      int sub = -1;
      if (!u.sub_name.empty()) {
        sub = AddNode("Đảng bộ bộ phận " + u.sub_name, "sub_committee", g, branch_est(g));
      }
      const bool split = !u.split_from.empty();
      const int own = counts[i] - (split ? 2 : 0);
      std::vector<int> in_sub;
      std::vector<int> lead_first;  // the leadership's branch goes first
      for (int b = 0; b < own; ++b) {
        const bool under_sub = b < u.sub_branches && sub >= 0;
        const int parent = under_sub ? sub : g;
        const std::string& name = u.pool[static_cast<size_t>(b)];
        const int node = AddNode("Chi bộ " + name, "branch", parent, branch_est(parent));
        if (under_sub) in_sub.push_back(node);
        const int mu = AddUnit(node, ui, name, node);
        if (b == u.sub_branches) {
          lead_first.insert(lead_first.begin(), mu);
        } else {
          lead_first.push_back(mu);
        }
      }
      if (split) {
        const Date on = Around(25, 30);
        const int source = AddNode("Chi bộ " + u.split_from, "branch", g, branch_est(g));
        const int a = AddNode("Chi bộ " + u.split_a, "branch", g, on);
        const int b = AddNode("Chi bộ " + u.split_b, "branch", g, on);
        split_nodes_ = {a, b};
        lead_first.push_back(AddUnit(a, ui, u.split_a, source, on, 0));
        lead_first.push_back(AddUnit(b, ui, u.split_b, source, on, 1));
        Schedule(on, [this, source, on] {
          const Node& s = N(source);
          std::vector<service::SplitPart> parts;
          for (int p = 0; p < 2; ++p) {
            parts.push_back({N(split_nodes_[static_cast<size_t>(p)]).name, "branch",
                             split_parts_[static_cast<size_t>(p)]});
          }
          auto made = service::SplitOrg(c_.env, c_.op, s.id, parts, Dec(on));
          if (!made.ok()) return Status(Wrap("chia tách " + s.name, made.error()));
          for (size_t p = 0; p < 2; ++p) N(split_nodes_[p]).id = (*made)[p].id;
          return Status::Ok();
        });
      }
      branches_[i] = lead_first;
      if (u.sub_dissolved && sub >= 0) {
        const Date on = Around(74, 30);
        Schedule(on, [this, sub, g, in_sub, on] {
          const service::Decision d = Dec(on);
          for (int b : in_sub) {
            const Node& n = N(b);
            auto moved = service::MoveOrg(c_.env, c_.op, n.id, N(g).id, d);
            if (!moved.ok()) return Status(Wrap("chuyển " + n.name, moved.error()));
          }
          const Node& s = N(sub);
          auto gone = service::DissolveOrg(c_.env, c_.op, s.id, d);
          if (!gone.ok()) return Status(Wrap("giải thể " + s.name, gone.error()));
          return Status::Ok();
        });
      }
    }
    if (!u.old_stem.empty()) {
      const Date on = u.rename_early ? Around(86, 30) : restructuring;
      const int node = grassroots_[i];
      const std::string name = (u.committee ? "Đảng bộ " : "Chi bộ ") + u.stem;
      Schedule(on, [this, node, name, on] {
        const Node& n = N(node);
        auto r = service::RenameOrg(c_.env, c_.op, n.id, name, Dec(on));
        if (!r.ok()) return Status(Wrap("đổi tên " + n.name, r.error()));
        return Status::Ok();
      });
    }
  }
  if (merge_source >= 0 && merge_target >= 0) {
    const int s = grassroots_[static_cast<size_t>(merge_source)];
    const int t = grassroots_[static_cast<size_t>(merge_target)];
    // Before the target's own rename on the same date.
    events_.push_back({restructuring, -1, [this, s, t, restructuring] {
                         const Node& src = N(s);
                         auto m = service::MergeOrg(c_.env, c_.op, src.id, N(t).id, std::nullopt,
                                                    Dec(restructuring));
                         if (!m.ok()) return Status(Wrap("sáp nhập " + src.name, m.error()));
                         return Status::Ok();
                       }});
    // The source's branches now belong to the target.
    for (int mu : branches_[static_cast<size_t>(merge_source)]) {
      U(mu).unit = merge_target;
      branches_[static_cast<size_t>(merge_target)].push_back(mu);
    }
    branches_[static_cast<size_t>(merge_source)].clear();
  }
}

// Unit sizes by kind of workplace (5-40 members), scaled to about 2,700 in the bloc.
void Bloc::PlanSizes() {
  int64_t sum = 0;
  for (MemberUnit& m : units_) {
    const Unit& u = cat_.units[static_cast<size_t>(m.unit)];
    const bool gb = m.sub.empty();
    int lo = 5, hi = 14;
    switch (u.profile) {
      case Profile::kHospital:
        hi = gb ? 40 : 25;
        break;
      case Profile::kCollege:
      case Profile::kEnterprise:
        hi = gb ? 36 : 20;
        break;
      case Profile::kCommune: {
        const bool hamlet = m.sub.rfind("ấp ", 0) == 0 || m.sub.rfind("thôn ", 0) == 0 ||
                            m.sub.rfind("khu phố", 0) == 0;
        lo = hamlet ? 8 : 5;
        hi = hamlet ? 30 : 12;
        break;
      }
      default:
        hi = gb ? 32 : 15;
    }
    if (gb) lo = 8;
    m.size = static_cast<int>(c_.rng.Triangular(lo, hi));
    sum += m.size;
  }
  // Scale to the target keeping the shape, then settle the rounding one member at a time.
  const int64_t target = 2700 + c_.rng.Uniform(0, 80);
  const int64_t drawn = sum;
  sum = 0;
  for (MemberUnit& m : units_) {
    m.size = static_cast<int>(std::clamp<int64_t>((m.size * target + drawn / 2) / drawn, 6, 40));
    sum += m.size;
  }
  while (sum != target) {
    MemberUnit& m = U(static_cast<int>(c_.rng.Uniform(0, static_cast<int64_t>(units_.size()) - 1)));
    if (sum < target && m.size < 40) {
      ++m.size;
      ++sum;
    } else if (sum > target && m.size > 5) {
      --m.size;
      --sum;
    }
  }
}

void Bloc::PlanMembers() {
  secretary_slot_.assign(cat_.units.size(), -1);
  std::vector<PersonSpec> specs;
  for (size_t i = 0; i < cat_.units.size(); ++i) {
    const Unit& u = cat_.units[i];
    if (u.merge_source) continue;            // its branches are planned with the target
    const bool heads = c_.rng.Chance(0.84);  // "57/68 secretaries are heads of their agency"
    Committee grassroots{grassroots_[i], static_cast<int>(i), true, {}};
    int branch_secretaries = 0;
    for (size_t k = 0; k < branches_[i].size(); ++k) {
      const int mu = branches_[i][k];
      const MemberUnit& m = U(mu);
      const Unit& own = cat_.units[static_cast<size_t>(m.unit)];
      // m.unit may differ from i only for the merge target's adopted branches.
      const std::string unit_name = N(m.node).name;
      specs.clear();
      PersonSpec base{own.profile, unit_name, m.sub, u.host};
      Committee branch{m.node, static_cast<int>(i), false, {}};
      auto add = [&](std::string job, std::string party, bool senior) {
        PersonSpec s = base;
        s.job_title = std::move(job);
        s.party_position = std::move(party);
        s.senior = senior;
        specs.push_back(std::move(s));
        return static_cast<int>(slots_.size() + specs.size()) - 1;
      };
      if (m.sub.empty()) {  // chi bộ cơ sở
        const int sec = add(heads ? u.head : Deputy(u.head), "Bí thư Chi bộ", true);
        grassroots.seats.push_back({"secretary", sec, heads});
        secretary_slot_[i] = sec;
        if (m.size >= 9) {
          const int dep = add(heads ? Deputy(u.head) : u.head, "Phó Bí thư Chi bộ", true);
          grassroots.seats.push_back({"deputy_secretary", dep, false});
          grassroots.seats.push_back({"member", add("", "Chi ủy viên", false), false});
        }
      } else {
        if (k == 0) {
          const int sec = add(heads ? u.head : Deputy(u.head), "Bí thư Đảng ủy", true);
          const int dep = add(heads ? Deputy(u.head) : u.head, "Phó Bí thư Đảng ủy", true);
          grassroots.seats.push_back({"secretary", sec, heads});
          grassroots.seats.push_back({"deputy_secretary", dep, false});
          secretary_slot_[i] = sec;
        }
        const std::string leader = LeaderTitle(m.sub);
        const bool in_committee = branch_secretaries < 5;
        const int bs =
            add(leader, in_committee ? "Đảng ủy viên, Bí thư Chi bộ" : "Bí thư Chi bộ", false);
        if (in_committee) {
          const bool standing = branch_secretaries < 2 && branches_[i].size() >= 9;
          grassroots.seats.push_back({standing ? "standing_member" : "member", bs, false});
          ++branch_secretaries;
        }
        branch.seats.push_back({"secretary", bs, false});
        if (m.size >= 10) {
          branch.seats.push_back(
              {"deputy_secretary", add(Deputy(leader), "Phó Bí thư Chi bộ", false), false});
        }
        committees_.push_back(std::move(branch));
      }
      for (int s = 0; s < m.size; ++s) {
        PersonSpec spec = s < static_cast<int>(specs.size()) ? specs[static_cast<size_t>(s)] : base;
        if (s >= static_cast<int>(specs.size())) spec.probationary = c_.rng.Chance(0.035);
        Slot slot{mu, c_.people.Make(spec), 0};
        // Members who were there before the change joined in the unit's earlier form.
        if (m.early >= 0 && m.early != m.node) {
          const service::MemberInput& in = slot.in;
          const std::string& start = in.official_on.empty() ? in.admitted_on : in.official_on;
          if (!m.cutoff || start <= m.cutoff->Iso()) {
            slot.in.admitting_org = N(m.early).name;
          }
        }
        slots_.push_back(std::move(slot));
      }
    }
    committees_.push_back(std::move(grassroots));
    if (!u.user.empty()) secretaries_.push_back({static_cast<int>(i), "bithu." + u.user});
  }
}

Status Bloc::CreateHosts() {
  for (size_t i = 0; i < cat_.units.size(); ++i) {
    const Unit& u = cat_.units[i];
    auto h = service::CreateHostUnit(c_.env, c_.op, {0, u.host, u.host_kind});
    int64_t id = 0;
    if (h.ok()) {
      id = h->id;
    } else if (h.error().code == "host_unit_exists") {
      auto all = service::ListHostUnits(c_.env, c_.op);
      if (!all.ok()) return all.error();
      for (const auto& x : *all) {
        if (x.name == u.host) id = x.id;
      }
    } else {
      return Wrap(u.host, h.error());
    }
    N(grassroots_[i]).host = id;
  }
  return Status::Ok();
}

Status Bloc::CreateInitialTree() {
  std::vector<bool> later(nodes_.size(), false);
  // Nodes created by changes: upgrade branches, split parts, later foundings.
  for (size_t i = 0; i < cat_.units.size(); ++i) {
    const Unit& u = cat_.units[i];
    if (u.new_later) later[static_cast<size_t>(grassroots_[i])] = true;
    if (u.upgrade) {
      for (int mu : branches_[i]) later[static_cast<size_t>(U(mu).node)] = true;
    }
  }
  for (int n : split_nodes_) later[static_cast<size_t>(n)] = true;
  for (size_t i = 0; i < nodes_.size(); ++i) {
    if (later[i]) continue;
    Node& n = nodes_[i];
    const int64_t parent = n.parent < 0 ? superior_ : N(n.parent).id;
    auto org = service::CreateOrg(c_.env, c_.op, {parent, n.kind, n.name, Dec(n.est), n.host});
    if (!org.ok()) return Wrap(n.name, org.error());
    n.id = org->id;
  }
  return Status::Ok();
}

void Bloc::Progress() {
  if (c_.progress && c_.members % 500 == 0) {
    c_.progress(c_.label + "đã tạo " + text::FormatInt(c_.members) + " đảng viên");
  }
}

// The members already there when the history starts, in their unit as it was then.
service::MemberInput Bloc::AsKnown(const service::MemberInput& in) const {
  const std::string today = Date::InVietnam(c_.env.clock.Now()).Iso();
  service::MemberInput then = in;
  for (auto* list : {&then.work, &then.training, &then.rewards, &then.family}) {
    std::erase_if(*list, [&](const service::SubRecord& r) {
      return r.from_date > today || r.to_date > today;
    });
  }
  return then;
}

Status Bloc::CreateMembers() {
  const Date start = T().AddYears(-10);
  for (Slot& s : slots_) {
    if (s.arrival != Arrival::kInitial) continue;
    const int unit = s.first_unit >= 0 ? s.first_unit : s.unit;
    const MemberUnit& m = U(unit);
    s.in.org_id = N(HomeNode(unit, start)).id;
    auto made = service::CreateMember(c_.env, c_.op, AsKnown(s.in));
    if (!made.ok()) return Wrap(s.in.full_name, made.error());
    s.id = made->id;
    if (m.part >= 0) split_parts_[static_cast<size_t>(m.part)].push_back(s.id);
    ++c_.members;
    Progress();
  }
  return Status::Ok();
}

Status Bloc::RunEvents() {
  std::stable_sort(events_.begin(), events_.end(), [](const Change& a, const Change& b) {
    return a.on != b.on ? a.on < b.on : a.order < b.order;
  });
  for (const Change& e : events_) {
    // Recorded 0–6 days after the fact (by its place in the plan, not by a draw: the data
    // stay those of the seed).
    c_.clock->RecordOn(e.on.AddDays(e.order % 7));
    if (Status s = e.run(); !s) return s;
  }
  c_.clock->Release();
  return Status::Ok();
}

// Committees per term: 2020–2025 for all, 2025–2030 for most (when it has begun).
Status Bloc::CreateCommittees() {
  int k = 2020;
  while (Date(k + 5, 8, 1) <= T()) k += 5;
  const bool current_begun = Date(k, 8, 1) <= T();
  // ASCII hyphen: the service stores it with an en dash ("2020–2025").
  const std::string prev_term = std::to_string(k - 5) + "-" + std::to_string(k);
  const std::string cur_term = std::to_string(k) + "-" + std::to_string(k + 5);
  std::vector<Date> prev_at(cat_.units.size()), cur_at(cat_.units.size());
  std::vector<bool> has_cur(cat_.units.size(), false);
  for (size_t i = 0; i < cat_.units.size(); ++i) {
    prev_at[i] = c_.rng.DateBetween(Date(k - 5, 4, 1), Date(k - 5, 7, 31));
    cur_at[i] = c_.rng.DateBetween(Date(k, 4, 1), std::min(Date(k, 7, 31), T()));
    has_cur[i] = current_begun && c_.rng.Chance(0.7);
  }
  auto add = [&](const Node& org, const std::string& term, const Seat& seat, const Date& from,
                 const std::string& to, bool heads) -> Status {
    const Slot& s = slots_[static_cast<size_t>(seat.slot)];
    service::CommitteeSeat in{0,    org.id,        term,  s.in.full_name,
                              s.id, seat.position, heads, std::max(from, org.est).Iso(),
                              to};
    auto r = service::AddCommitteeSeat(c_.env, c_.op, in);
    if (!r.ok()) return Wrap("cấp ủy " + org.name, r.error());
    return Status::Ok();
  };
  for (const Committee& cm : committees_) {
    const Node& org = N(cm.node);
    const size_t o = static_cast<size_t>(cm.owner);
    if (cm.grassroots) {
      // Sometimes the deputy of the last term was then the secretary.
      const bool swapped = has_cur[o] && cm.seats.size() > 1 && c_.rng.Chance(0.3);
      for (const Seat& seat : cm.seats) {
        Seat prev = seat;
        bool heads = seat.heads;
        if (swapped && seat.position == "secretary") {
          prev.position = "deputy_secretary";
          heads = false;
        } else if (swapped && seat.position == "deputy_secretary") {
          prev.position = "secretary";
        }
        if (Status st = add(org, prev_term, prev, prev_at[o], has_cur[o] ? cur_at[o].Iso() : "",
                            prev.position == "secretary" && heads);
            !st) {
          return st;
        }
      }
      if (!has_cur[o]) continue;
      for (const Seat& seat : cm.seats) {
        if (Status st = add(org, cur_term, seat, cur_at[o], "", seat.heads); !st) return st;
      }
    } else {
      const bool cur = has_cur[o];
      const Date from = (cur ? cur_at[o] : prev_at[o]).AddDays(-c_.rng.Uniform(20, 90));
      for (const Seat& seat : cm.seats) {
        if (Status st = add(org, cur ? cur_term : prev_term, seat, from, "", false); !st) {
          return st;
        }
      }
    }
  }
  return Status::Ok();
}

Status Bloc::Run(std::vector<Account>& accounts) {
  PlanTree();
  PlanSizes();
  PlanMembers();
  PlanHistory();
  if (c_.progress) {
    const int64_t grassroots = std::count_if(cat_.units.begin(), cat_.units.end(),
                                             [](const Unit& u) { return !u.merge_source; });
    c_.progress(c_.label + text::FormatInt(grassroots) + " tổ chức cơ sở, " +
                text::FormatInt(static_cast<int64_t>(slots_.size())) + " đảng viên");
  }
  c_.clock->RecordOn(T().AddYears(-10));  // the tree and members as they were then
  if (Status s = CreateHosts(); !s) return s;
  if (Status s = CreateInitialTree(); !s) return s;
  if (Status s = CreateMembers(); !s) return s;
  if (Status s = RunEvents(); !s) return s;
  if (Status s = CreateCommittees(); !s) return s;
  for (const auto& [unit, username] : secretaries_) {
    const int slot = secretary_slot_[static_cast<size_t>(unit)];
    if (slot < 0) continue;
    accounts.push_back({username, slots_[static_cast<size_t>(slot)].in.full_name,
                        N(grassroots_[static_cast<size_t>(unit)]).id, "secretary"});
  }
  return Status::Ok();
}

Status BuildBloc(Context& ctx, const Catalog& catalog, int64_t superior_id,
                 const Date& superior_est, std::vector<Account>& accounts) {
  Bloc bloc(ctx, catalog, superior_id, superior_est);
  return bloc.Run(accounts);
}

}  // namespace dangbo::demo::internal
