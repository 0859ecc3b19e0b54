// Roles a user account can hold, and the organization kinds of the party tree
// (names from shared/DOMAIN.md §2 and §8).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dangbo::service {

enum class Role {
  kAdmin,            // quản trị hệ thống
  kOrgStaff,         // cán bộ tổ chức
  kInspectionStaff,  // cán bộ kiểm tra
  kPropagandaStaff,  // cán bộ tuyên giáo
  kSecretary,        // bí thư cấp ủy
  kMember,           // đảng viên
};

std::string_view RoleCode(Role r);   // "admin", "org_staff", ...
std::string_view RoleLabel(Role r);  // "Quản trị hệ thống", ...
std::optional<Role> ParseRole(std::string_view code);
const std::vector<Role>& AllRoles();

enum class OrgKind {
  kSuperiorCommittee,    // đảng bộ cấp trên cơ sở
  kGrassrootsCommittee,  // đảng bộ cơ sở
  kGrassrootsBranch,     // chi bộ cơ sở
  kSubCommittee,         // đảng bộ bộ phận
  kBranch,               // chi bộ trực thuộc
};

std::string_view OrgKindCode(OrgKind k);
std::string_view OrgKindLabel(OrgKind k);
std::optional<OrgKind> ParseOrgKind(std::string_view code);
// Whether an organization of kind `child` may sit directly under `parent`
// (std::nullopt parent = the root of the tree).
bool MayContain(std::optional<OrgKind> parent, OrgKind child);

}  // namespace dangbo::service
