// Logging in and out, sessions, throttling and lock-out, own password changes.
// Session tokens are random 256-bit values; only their SHA-256 is stored.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "base/result.h"
#include "service/accounts/users.h"
#include "service/core/actor.h"
#include "service/core/env.h"

namespace dangbo::service {

struct AuthOptions {
  int max_failures = 5;                      // consecutive wrong passwords before lock-out
  std::chrono::minutes lockout{15};          // how long an account stays locked
  std::chrono::minutes idle_timeout{60};     // a session ends after this much inactivity
  std::chrono::hours absolute_timeout{12};   // and at the latest this long after login
  int max_failures_per_address = 30;         // per client address and window
  int failures_per_name_when_throttled = 2;  // see AuthService::AddressThrottled
  std::chrono::minutes address_window{15};
  // How long a session read from the database is answered from memory. A session ended by
  // this process ends at once (ForgetCachedSessions); one ended by another process sharing
  // the database ends here within this time.
  std::chrono::seconds session_cache_ttl{2};
};

struct Session {
  Actor actor;
  User user;
  std::string csrf_token;
  std::string expires_at;
};

struct LoginResult {
  std::string token;  // goes into the cookie; never stored
  Session session;
};

class AuthService {
 public:
  AuthService(Env env, AuthOptions options = {}) : env_(env), options_(options) {}

  Result<LoginResult> Login(const std::string& username, const std::string& password,
                            const std::string& client_addr);
  // Resolves a session token; extends the idle deadline at most once a minute.
  Result<Session> Authenticate(const std::string& token, const std::string& client_addr);
  Status Logout(const Session& session, const std::string& token);
  // The user changes their own password; their other sessions end.
  Status ChangePassword(const Session& session, const std::string& token,
                        const std::string& current_password, const std::string& new_password);

 private:
  // Failed attempts per client address, forgotten after the window.
  // An address past its failure budget is throttled for every name except those that have
  // failed from it fewer than `failures_per_name_when_throttled` times in the window: one
  // attacker behind a shared proxy cannot lock out the colleagues behind the same proxy,
  // and gets at most that many more guesses per account.
  bool AddressThrottled(const std::string& addr, const std::string& name, TimePoint now);
  void NoteAddressFailure(const std::string& addr, const std::string& name, TimePoint now);

  // Records the `failures`-th consecutive wrong password (locking at the limit) in `tx`.
  Error CountFailure(store::Transaction& tx, int64_t user_id, int64_t failures, TimePoint now);
  // Clears the failures and opens a session in `tx`.
  LoginResult OpenSession(store::Transaction& tx, const User& user, const Actor& actor,
                          TimePoint now);
  // Unknown usernames are counted and locked like accounts (in memory), so that the
  // answers do not tell which names exist.
  std::optional<TimePoint> UnknownLocked(const std::string& name, TimePoint now);
  Error NoteUnknownFailure(const std::string& name, TimePoint now);

  // A session as last read from the database, answered from memory for session_cache_ttl.
  struct CachedSession {
    Session session;
    TimePoint last_seen, expires, read_at;
    uint64_t epoch = 0;  // of ForgetCachedSessions when read
  };
  std::optional<Session> Cached(const std::string& token_hash, TimePoint now);
  void Remember(const std::string& token_hash, CachedSession entry);

  Env env_;
  AuthOptions options_;
  std::mutex cache_mu_;
  std::unordered_map<std::string, CachedSession> cache_;  // token hash -> session
  std::mutex mu_;
  std::map<std::string, std::pair<TimePoint, int>> address_failures_;  // addr -> (window start, n)
  std::map<std::string, std::pair<TimePoint, int>> pair_failures_;     // addr \n name -> same
  struct UnknownName {
    int failures = 0;
    TimePoint locked_until{};
  };
  std::map<std::string, UnknownName> unknown_failures_;  // normalized name -> state
};

// Forgets every session this process holds in memory: called after each write that ends
// sessions (logout, a password changed or reset), so that they end at once here.
void ForgetCachedSessions();

// Builds the Actor for a loaded user.
Actor ActorFor(const User& user, const std::string& client_addr);
// "14:05 ngày 21/11/2026" in Vietnam time (UTC+7), for messages.
std::string VietnamTimeText(TimePoint t);

}  // namespace dangbo::service
