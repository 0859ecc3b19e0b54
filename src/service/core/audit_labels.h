// What an audit row is about, for people: "Người dùng Nguyễn Văn An", "Đảng viên Lê Thị Bình"
// instead of "user #1" — the entity's noun and, where the entity has one, its name.
#pragma once

#include <string>
#include <vector>

#include "service/core/audit.h"
#include "service/core/env.h"

namespace dangbo::service {

// One label per row, in order: the noun of `entity` with the record's name (or its number when
// the record has no name or is gone); rows without an entity id: the noun alone.
std::vector<std::string> AuditEntityLabels(const Env& env, const std::vector<AuditRow>& rows);

}  // namespace dangbo::service
