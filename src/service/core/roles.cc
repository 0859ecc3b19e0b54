// Codes, Vietnamese labels and nesting rules for roles and organization kinds.
#include "service/core/roles.h"

#include <array>

namespace dangbo::service {

namespace {

struct RoleInfo {
  Role role;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<RoleInfo, 6> kRoles = {{
    {Role::kAdmin, "admin", "Quản trị hệ thống"},
    {Role::kOrgStaff, "org_staff", "Cán bộ tổ chức"},
    {Role::kInspectionStaff, "inspection_staff", "Cán bộ kiểm tra"},
    {Role::kPropagandaStaff, "propaganda_staff", "Cán bộ tuyên giáo"},
    {Role::kSecretary, "secretary", "Bí thư"},
    {Role::kMember, "member", "Đảng viên"},
}};

struct KindInfo {
  OrgKind kind;
  std::string_view code;
  std::string_view label;
};

constexpr std::array<KindInfo, 5> kKinds = {{
    {OrgKind::kSuperiorCommittee, "superior_committee", "Đảng bộ cấp trên cơ sở"},
    {OrgKind::kGrassrootsCommittee, "grassroots_committee", "Đảng bộ cơ sở"},
    {OrgKind::kGrassrootsBranch, "grassroots_branch", "Chi bộ cơ sở"},
    {OrgKind::kSubCommittee, "sub_committee", "Đảng bộ bộ phận"},
    {OrgKind::kBranch, "branch", "Chi bộ trực thuộc"},
}};

}  // namespace

std::string_view RoleCode(Role r) { return kRoles[static_cast<size_t>(r)].code; }
std::string_view RoleLabel(Role r) { return kRoles[static_cast<size_t>(r)].label; }

std::optional<Role> ParseRole(std::string_view code) {
  for (const auto& info : kRoles) {
    if (info.code == code) return info.role;
  }
  return std::nullopt;
}

const std::vector<Role>& AllRoles() {
  static const std::vector<Role> kAll = {Role::kAdmin,           Role::kOrgStaff,
                                         Role::kInspectionStaff, Role::kPropagandaStaff,
                                         Role::kSecretary,       Role::kMember};
  return kAll;
}

std::string_view OrgKindCode(OrgKind k) { return kKinds[static_cast<size_t>(k)].code; }
std::string_view OrgKindLabel(OrgKind k) { return kKinds[static_cast<size_t>(k)].label; }

std::optional<OrgKind> ParseOrgKind(std::string_view code) {
  for (const auto& info : kKinds) {
    if (info.code == code) return info.kind;
  }
  return std::nullopt;
}

bool MayContain(std::optional<OrgKind> parent, OrgKind child) {
  if (!parent) return child == OrgKind::kSuperiorCommittee;
  switch (*parent) {
    case OrgKind::kSuperiorCommittee:
      return child == OrgKind::kSuperiorCommittee || child == OrgKind::kGrassrootsCommittee ||
             child == OrgKind::kGrassrootsBranch;
    case OrgKind::kGrassrootsCommittee:
      return child == OrgKind::kSubCommittee || child == OrgKind::kBranch;
    case OrgKind::kSubCommittee:
      return child == OrgKind::kBranch;
    case OrgKind::kGrassrootsBranch:
    case OrgKind::kBranch:
      return false;
  }
  return false;
}

}  // namespace dangbo::service
