// Fuzzing support: a small registry in a temporary SQLite file (a root, a committee, two
// branches, two members, an admin and an org_staff account) behind an http::App, with the
// admin logged in, so that a fuzz input can be sent through the whole request pipeline.
#pragma once

#include <memory>
#include <string>

#include "base/clock.h"
#include "http/app.h"
#include "memindex/member_index.h"
#include "store/database.h"

namespace dangbo::fuzz {

class FuzzApp {
 public:
  // `with_index`: the App answers searches from a loaded MemberIndex (else SQL).
  explicit FuzzApp(bool with_index);
  ~FuzzApp();

  // Sends a request as the logged-in admin (session cookie, CSRF token, same Origin, JSON).
  // Aborts when the answer is a 500: bad input must be refused, never a fault.
  http::Response Send(http::Method method, const std::string& target, const std::string& body);

 private:
  void LogIn();

  std::string dir_;
  ManualClock clock_;
  std::unique_ptr<store::Database> db_;
  std::unique_ptr<memindex::MemberIndex> index_;
  std::unique_ptr<http::App> app_;
  std::string token_, csrf_;
};

}  // namespace dangbo::fuzz
