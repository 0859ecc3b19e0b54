// Registers the dues figures in the report catalogue (service/report/catalogue.cc).
#pragma once

namespace dangbo::service {

void RegisterDuesIndicators();

}  // namespace dangbo::service
