// /api/orgs/{id}/culture/{year}: the host units of a subtree with their standing as cultural
// units in the year and the counts ("111/121 đăng ký, 62/121 đạt, 30 tiêu biểu"); PUT records
// the year's standing of several units at once.
#include "service/culture/culture.h"

#include "http/app.h"
#include "http/problem.h"

namespace dangbo::http {

namespace {

const Rule kReadCulture = Rule::On(Action::kMemberRead, Target::kOrg);
const Rule kWriteCulture = Rule::On(Action::kRewardWrite, Target::kOrg);

Result<int> YearParam(const Call& c) {
  auto year = c.IdParam("year");
  if (!year.ok()) return year.error();
  if (*year < 1990 || *year > 2200) {
    return Error::Invalid("Năm phải từ 1990 đến 2200.", {{"year", "Năm không hợp lệ."}});
  }
  return static_cast<int>(*year);
}

std::vector<service::CultureInput> ReadItems(BodyReader& r) {
  std::vector<service::CultureInput> items;
  r.Objects("items",
            {.missing = "Hãy ghi ít nhất một đơn vị.",
             .not_list = "Danh sách đơn vị (items) phải là một danh sách.",
             .not_object = "Mỗi đơn vị phải là một đối tượng."},
            [&items](BodyReader& item) {
              service::CultureInput in;
              in.host_unit_id = item.Int("host_unit_id").value_or(0);
              in.registered = item.Bool("registered");
              in.result = item.String("result");
              in.decision_no = item.String("decision_no");
              in.decided_on = item.String("decided_on");
              in.note = item.String("note");
              items.push_back(std::move(in));
            });
  return items;
}

}  // namespace

void RegisterCultureRoutes(App& app) {
  const service::Env& env = app.env();
  app.Add(Method::kGet, "/api/orgs/{id}/culture/{year}", kReadCulture, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = YearParam(c);
    if (!year.ok()) return Problem(year.error());
    return Respond(service::GetCultureYear(env, c.actor(), *id, *year), service::CultureYearJson);
  });
  app.Add(Method::kPut, "/api/orgs/{id}/culture/{year}", kWriteCulture, [&env](Call& c) {
    auto id = c.IdParam("id");
    if (!id.ok()) return Problem(id.error());
    auto year = YearParam(c);
    if (!year.ok()) return Problem(year.error());
    auto items = ReadBody<std::vector<service::CultureInput>>(c.req, ReadItems);
    if (!items.ok()) return Problem(items.error());
    return Respond(service::RecordCultureYear(env, c.actor(), *id, *year, *items),
                   service::CultureYearJson);
  });
}

}  // namespace dangbo::http
