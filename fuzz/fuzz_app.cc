// Fuzzing support: the registry and the logged-in App of fuzz_app.h.
#include "fuzz/fuzz_app.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <spdlog/spdlog.h>

#include "service/members/members.h"
#include "service/orgs/orgs.h"
#include "service/accounts/users.h"
#include "store/migrate.h"

namespace dangbo::fuzz {

namespace {

constexpr const char* kPassword = "Fuzz-mat-khau-2026";

TimePoint FixedNow() {
  TimePoint t;
  ParseTimestamp("2026-11-21T01:00:00.000Z", &t);
  return t;
}

template <typename T>
T Must(Result<T> r, const char* what) {
  if (!r.ok()) {
    std::fprintf(stderr, "fuzz setup: %s: %s\n", what, r.error().detail.c_str());
    std::abort();
  }
  return std::move(r).value();
}

}  // namespace

FuzzApp::FuzzApp(bool with_index) : clock_(FixedNow()) {
  spdlog::set_level(spdlog::level::err);  // no "web root not found" per instance
  char tmpl[] = "/tmp/dangbo-fuzz.XXXXXX";
  dir_ = mkdtemp(tmpl);
  db_ = store::Database::Open(dir_ + "/fuzz.db");
  store::Migrate(*db_);
  const service::Env env{*db_, clock_};
  const service::Actor op = service::Actor::CliOperator();
  const auto root = Must(
      service::CreateOrg(
          env, op, {std::nullopt, "superior_committee", "Đảng bộ Khối", {"1930-02-03", "", ""}}),
      "root");
  const auto a =
      Must(service::CreateOrg(
               env, op, {root.id, "grassroots_committee", "Đảng bộ A", {"2000-01-01", "", ""}}),
           "committee");
  for (const char* name : {"Chi bộ A1", "Chi bộ A2"}) {
    const auto branch =
        Must(service::CreateOrg(env, op, {a.id, "branch", name, {"2000-01-01", "", ""}}), name);
    service::MemberInput m;
    m.org_id = branch.id;
    m.full_name = std::string("Nguyễn Văn ") + (branch.id % 2 ? "An" : "Bình");
    m.sex = "male";
    m.birth_date = "1980-01-01";
    m.admitted_on = "2010-05-19";
    m.official_on = "2011-05-19";
    Must(service::CreateMember(env, op, m), "member");
  }
  Must(service::CreateUser(env, op, {"quantri", "Quản trị", root.id, {"admin"}, kPassword}),
       "admin");
  Must(service::CreateUser(env, op, {"tochuc", "Tổ chức", a.id, {"org_staff"}, kPassword}),
       "staff");
  if (with_index) {
    index_ = std::make_unique<memindex::MemberIndex>();
    index_->Load(*db_);
  }
  app_ = std::make_unique<http::App>(service::Env{*db_, clock_, index_.get()}, http::AppOptions{});
  LogIn();
}

FuzzApp::~FuzzApp() {
  app_.reset();
  index_.reset();
  db_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void FuzzApp::LogIn() {
  auto r = Must(app_->auth().Login("quantri", kPassword, "127.0.0.1"), "login");
  token_ = r.token;
  csrf_ = r.session.csrf_token;
}

http::Response FuzzApp::Send(http::Method method, const std::string& target,
                             const std::string& body) {
  http::Request req;
  req.method = method;
  req.target = target;
  const size_t q = target.find('?');
  req.path = target.substr(0, q);
  if (q != std::string::npos) req.query = http::ParseQuery(std::string_view(target).substr(q + 1));
  req.headers = {{"host", "localhost"},
                 {"origin", "http://localhost"},
                 {"content-type", "application/json"},
                 {"cookie", std::string(http::kSessionCookie) + "=" + token_},
                 {"x-csrf-token", csrf_}};
  req.body = body;
  req.client_addr = "127.0.0.1";
  http::Response res = app_->Handle(req);
  if (res.status >= 500) {
    std::fprintf(stderr, "fuzz: %s answered %d: %s\n", target.c_str(), res.status,
                 res.body.c_str());
    std::abort();
  }
  if (std::getenv("DANGBO_FUZZ_VERBOSE")) {
    std::fprintf(stderr, "%d %s %.160s\n", res.status, target.c_str(), res.body.c_str());
  }
  if (res.status == 401) LogIn();  // e.g. the input changed the admin's password
  return res;
}

}  // namespace dangbo::fuzz
