// The report catalogue of every domain: each domain registers its sources and indicators in
// its own folder (service/<domain>/<domain>_indicators.cc); catalogue.cc lists those
// registrations once. The application reads the catalogue only through these functions,
// which make the registrations on first use.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "report/indicator.h"
#include "service/core/actor.h"

namespace dangbo::service {

// Every indicator of every domain, in registration order.
const std::vector<report::Indicator>& IndicatorCatalogue();

// "a,b,c" to indicators; empty = the whole catalogue. Unknown codes fail (Vietnamese,
// field "codes").
Result<std::vector<const report::Indicator*>> ResolveIndicators(std::string_view codes);

// Whether the actor may read a confidential indicator: cadre planning's (cadre.*) need
// cadre.read, the others (inspection, discipline) ReadsAllCaseFiles; true when `i` is not
// confidential.
bool MayReadConfidential(const Actor& actor, const report::Indicator& i);

// REQUIRES: `code` is registered (a fault otherwise).
const report::Indicator& IndicatorOf(std::string_view code);

}  // namespace dangbo::service
