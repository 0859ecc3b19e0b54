// Codes, Vietnamese labels and nesting rules for roles and organization kinds.
#include "service/core/roles.h"

#include <array>

namespace dangbo::service {

namespace {

constexpr std::array<vocab::Entry<Role>, 6> kRoles = {{
    {Role::kAdmin, "admin", "Quản trị hệ thống"},
    {Role::kOrgStaff, "org_staff", "Cán bộ tổ chức"},
    {Role::kInspectionStaff, "inspection_staff", "Cán bộ kiểm tra"},
    {Role::kPropagandaStaff, "propaganda_staff", "Cán bộ tuyên giáo"},
    {Role::kSecretary, "secretary", "Bí thư"},
    {Role::kMember, "member", "Đảng viên"},
}};
static_assert(vocab::WellFormed<Role>(kRoles));

constexpr std::array<vocab::Entry<OrgKind>, 5> kKinds = {{
    {OrgKind::kSuperiorCommittee, "superior_committee", "Đảng bộ cấp trên cơ sở"},
    {OrgKind::kGrassrootsCommittee, "grassroots_committee", "Đảng bộ cơ sở"},
    {OrgKind::kGrassrootsBranch, "grassroots_branch", "Chi bộ cơ sở"},
    {OrgKind::kSubCommittee, "sub_committee", "Đảng bộ bộ phận"},
    {OrgKind::kBranch, "branch", "Chi bộ trực thuộc"},
}};
static_assert(vocab::WellFormed<OrgKind>(kKinds));

}  // namespace

std::span<const vocab::Entry<Role>> VocabOf(Role) { return kRoles; }
std::span<const vocab::Entry<OrgKind>> VocabOf(OrgKind) { return kKinds; }

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
