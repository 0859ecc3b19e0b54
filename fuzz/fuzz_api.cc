// Fuzz target: JSON bodies sent through the whole request pipeline (App::Handle) as a
// logged-in admin. The first byte picks one of the write routes, the rest is the body.
// Any 500 answer or sanitizer report is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_app.h"

namespace {

using dangbo::http::Method;

struct Route {
  Method method;
  const char* target;
};

// Ids: 1 root, 2 committee, 3–4 branches; members 1–2; users 1 (admin) and 2 (staff).
constexpr Route kRoutes[] = {
    {Method::kPost, "/api/members"},
    {Method::kPut, "/api/members/1"},
    {Method::kPost, "/api/members/import/preview"},
    {Method::kPost, "/api/members/import/commit"},
    {Method::kPost, "/api/members/1/card"},
    {Method::kPost, "/api/members/1/card/reissue"},
    {Method::kPost, "/api/members/2/exempt"},
    {Method::kPost, "/api/members/2/exemption-end"},
    {Method::kPost, "/api/members/1/remove"},
    {Method::kPost, "/api/members/2/expel"},
    {Method::kPost, "/api/members/1/leave"},
    {Method::kPost, "/api/members/2/death"},
    {Method::kPost, "/api/members/1/readmit"},
    {Method::kPost, "/api/members/1/recognition"},
    {Method::kPost, "/api/members/1/transfer-out"},
    {Method::kPost, "/api/members/2/transfer-internal"},
    {Method::kPost, "/api/members/1/transfer-temporary"},
    {Method::kPost, "/api/transfers/in"},
    {Method::kPost, "/api/transfers/1/confirm"},
    {Method::kPost, "/api/transfers/1/cancel"},
    {Method::kPost, "/api/transfers/1/return"},
    {Method::kPost, "/api/members/1/events/1/void"},
    {Method::kPost, "/api/orgs"},
    {Method::kPost, "/api/orgs/3/rename"},
    {Method::kPost, "/api/orgs/4/move"},
    {Method::kPost, "/api/orgs/3/upgrade"},
    {Method::kPost, "/api/orgs/4/merge"},
    {Method::kPost, "/api/orgs/3/split"},
    {Method::kPost, "/api/orgs/4/dissolve"},
    {Method::kPost, "/api/host-units"},
    {Method::kPost, "/api/orgs/2/committee"},
    {Method::kDelete, "/api/orgs/2/committee/1"},
    {Method::kPost, "/api/candidates"},
    {Method::kPost, "/api/candidates/1/steps"},
    {Method::kPut, "/api/orgs/2/targets/2026"},
    {Method::kPut, "/api/holidays/2026-12-24"},
    {Method::kDelete, "/api/holidays/2026-12-24"},
    {Method::kPost, "/api/users"},
    {Method::kPost, "/api/users/2/password"},
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static dangbo::fuzz::FuzzApp app(false);
  if (size == 0) return 0;
  const Route& r = kRoutes[data[0] % (sizeof(kRoutes) / sizeof(kRoutes[0]))];
  app.Send(r.method, r.target, std::string(reinterpret_cast<const char*>(data + 1), size - 1));
  return 0;
}
