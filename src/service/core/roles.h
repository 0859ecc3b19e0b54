// Roles a user account can hold, and the organization kinds of the party tree
// (names from shared/DOMAIN.md §2 and §8).
#pragma once

#include <optional>
#include <span>

#include "base/vocab.h"

namespace dangbo::service {

enum class Role {
  kAdmin,            // quản trị hệ thống
  kOrgStaff,         // cán bộ tổ chức
  kInspectionStaff,  // cán bộ kiểm tra
  kPropagandaStaff,  // cán bộ tuyên giáo
  kSecretary,        // bí thư cấp ủy
  kMember,           // đảng viên
};

// Codes "admin", "org_staff", ...; labels "Quản trị hệ thống", ... (vocab::Code, Label, Parse).
std::span<const vocab::Entry<Role>> VocabOf(Role);

enum class OrgKind {
  kSuperiorCommittee,    // đảng bộ cấp trên cơ sở
  kGrassrootsCommittee,  // đảng bộ cơ sở
  kGrassrootsBranch,     // chi bộ cơ sở
  kSubCommittee,         // đảng bộ bộ phận
  kBranch,               // chi bộ trực thuộc
};

// Codes "superior_committee", ...; labels "Đảng bộ cấp trên cơ sở", ...
std::span<const vocab::Entry<OrgKind>> VocabOf(OrgKind);
// Whether an organization of kind `child` may sit directly under `parent`
// (std::nullopt parent = the root of the tree).
bool MayContain(std::optional<OrgKind> parent, OrgKind child);

}  // namespace dangbo::service
