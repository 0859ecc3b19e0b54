// Host units (the agency or enterprise an organization is attached to) and committees
// (cấp ủy) of an organization per term.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

struct HostUnit {
  int64_t id = 0;
  std::string name;
  std::string kind;  // HostUnitKinds() code
};
Result<HostUnit> CreateHostUnit(const Env& env, const Actor& actor, const HostUnit& in);
Result<std::vector<HostUnit>> ListHostUnits(const Env& env, const Actor& actor);

struct CommitteeSeat {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string term;  // "2020–2025"
  std::string person_name;
  std::optional<int64_t> member_id;
  std::string position;  // secretary | deputy_secretary | standing_member | member
  bool heads_host_unit = false;
  std::string from_date, to_date;
};
std::string PositionLabel(const std::string& position);
Result<CommitteeSeat> AddCommitteeSeat(const Env& env, const Actor& actor, const CommitteeSeat& in);
Status RemoveCommitteeSeat(const Env& env, const Actor& actor, int64_t org_id, int64_t seat_id);
Result<std::vector<CommitteeSeat>> ListCommittee(const Env& env, const Actor& actor,
                                                 int64_t org_id);

}  // namespace dangbo::service
