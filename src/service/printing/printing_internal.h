// Internal: what the printable forms share.
#pragma once

#include <string>
#include <vector>

#include "base/date.h"
#include "service/orgs/orgs.h"
#include "store/database.h"
#include "text/text.h"

namespace dangbo::service::printing {

// The organization as it was on `on` (name, kind, parent), or as it was last when it had
// ended by then. An organization without any span is a fault.
Org OrgOn(store::Transaction& tx, int64_t org_id, const Date& on);
// The committee competent for a unit's members (admission, recognition, letters): for a chi
// bộ trực thuộc (or đảng bộ bộ phận) the đảng ủy cơ sở above it; for a chi bộ cơ sở the
// committee above it; otherwise the unit itself.
Org DecidingCommittee(store::Transaction& tx, int64_t unit_id, const Date& on);

// The body that decides, in capitals, as the decision names it under its title: "BAN THƯỜNG
// VỤ ĐẢNG ỦY KHỐI …" for a committee above grassroots level, "ĐẢNG ỦY …" or "CHI BỘ …".
std::string DecidingBody(const Org& committee);

// A decision's text: the deciding body, the grounds (the Điều lệ and its rules, then
// `whereas`), "QUYẾT ĐỊNH:" and the articles.
std::vector<std::string> DecisionText(const Org& committee, std::string whereas,
                                      std::vector<std::string> articles);

std::string SexWord(const std::string& sex);  // "Nam" | "Nữ" | ""
std::string OrDots(const std::string& s);     // the value, or dots to fill by hand
std::string DateOrDots(const std::string& iso);

}  // namespace dangbo::service::printing
