// Authentication flows. Wrong passwords, unknown names and locked accounts all leave a
// 'refused' audit row; successful logins and logouts leave 'ok' rows.
#include "service/accounts/auth.h"

#include <atomic>
#include <cstdio>
#include <ctime>

#include "base/crypto.h"
#include "service/accounts/password.h"
#include "service/core/audit.h"

namespace dangbo::service {

namespace {

// Verified against when the username is unknown, so both paths cost the same.
const std::string& DummyHash() {
  static const std::string kHash = HashPassword("dangbo-dummy-password-for-timing");
  return kHash;
}

Error LoginFailed() {
  return Error::Make(ErrorKind::kUnauthenticated, "login_failed", "Đăng nhập không thành công",
                     "Tên đăng nhập hoặc mật khẩu không đúng.");
}

Error Locked(TimePoint until) {
  return Error::Make(
      ErrorKind::kTooManyRequests, "login_locked", "Tài khoản tạm khóa",
      "Tài khoản bị tạm khóa do nhập sai mật khẩu nhiều lần, đến " + VietnamTimeText(until) + ".");
}

Error JustLocked(int64_t failures, TimePoint until) {
  return Error::Make(ErrorKind::kTooManyRequests, "login_locked", "Tài khoản tạm khóa",
                     "Nhập sai mật khẩu " + std::to_string(failures) +
                         " lần liên tiếp: tài khoản bị tạm khóa đến " + VietnamTimeText(until) +
                         ".");
}

void RefuseLogin(const Env& env, const Actor& actor, AuditEntry entry, const Error& why) {
  RecordRefusal(env.db, actor, std::move(entry), why, env.clock.Now());
}

}  // namespace

Actor ActorFor(const User& user, const std::string& client_addr) {
  Actor a;
  a.user_id = user.id;
  a.username = user.username;
  a.display_name = user.display_name;
  a.org_id = user.org_id;
  a.org_path = user.org_path;
  a.roles = user.roles;
  a.channel = Channel::kApi;
  a.client_addr = client_addr;
  return a;
}

std::string VietnamTimeText(TimePoint t) {
  const std::time_t secs = std::chrono::system_clock::to_time_t(t) + 7 * 3600;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%02d:%02d ngày %02d/%02d/%04d", tm.tm_hour, tm.tm_min, tm.tm_mday,
                tm.tm_mon + 1, tm.tm_year + 1900);
  return buf;
}

namespace {

using Window = std::map<std::string, std::pair<TimePoint, int>>;

// Failures of `key` in the window that is still running at `now`.
int InWindow(Window& w, const std::string& key, TimePoint now, std::chrono::minutes window) {
  const auto it = w.find(key);
  if (it == w.end()) return 0;
  if (now - it->second.first > window) {
    w.erase(it);
    return 0;
  }
  return it->second.second;
}

void Note(Window& w, const std::string& key, TimePoint now, std::chrono::minutes window) {
  if (w.size() > 100000) w.clear();  // bounded memory
  auto& [start, count] = w[key];
  if (count == 0 || now - start > window) {
    start = now;
    count = 0;
  }
  ++count;
}

}  // namespace

bool AuthService::AddressThrottled(const std::string& addr, const std::string& name,
                                   TimePoint now) {
  std::lock_guard lock(mu_);
  const auto window = options_.address_window;
  if (InWindow(address_failures_, addr, now, window) < options_.max_failures_per_address) {
    return false;
  }
  return InWindow(pair_failures_, addr + "\n" + name, now, window) >=
         options_.failures_per_name_when_throttled;
}

void AuthService::NoteAddressFailure(const std::string& addr, const std::string& name,
                                     TimePoint now) {
  std::lock_guard lock(mu_);
  Note(address_failures_, addr, now, options_.address_window);
  Note(pair_failures_, addr + "\n" + name, now, options_.address_window);
}

std::optional<TimePoint> AuthService::UnknownLocked(const std::string& name, TimePoint now) {
  std::lock_guard lock(mu_);
  const auto it = unknown_failures_.find(name);
  if (it == unknown_failures_.end() || it->second.locked_until <= now) return std::nullopt;
  return it->second.locked_until;
}

Error AuthService::NoteUnknownFailure(const std::string& name, TimePoint now) {
  std::lock_guard lock(mu_);
  if (unknown_failures_.size() > 100000) unknown_failures_.clear();  // bounded memory
  UnknownName& u = unknown_failures_[name];
  if (++u.failures < options_.max_failures) return LoginFailed();
  const int64_t failures = u.failures;
  u.failures = 0;
  u.locked_until = now + options_.lockout;
  return JustLocked(failures, u.locked_until);
}

Error AuthService::CountFailure(store::Transaction& tx, int64_t user_id, int64_t failures,
                                TimePoint now) {
  if (failures < options_.max_failures) {
    tx.Exec("UPDATE app_user SET failed_logins = ? WHERE id = ?", {failures, user_id});
    return LoginFailed();
  }
  const TimePoint until = now + options_.lockout;
  tx.Exec("UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE id = ?",
          {FormatTimestamp(until), user_id});
  return JustLocked(failures, until);
}

Result<LoginResult> AuthService::Login(const std::string& username, const std::string& password,
                                       const std::string& client_addr) {
  const std::string name = NormalizeUsername(username);
  Validator v;
  v.Check(!name.empty(), "username", "Hãy nhập tên đăng nhập.");
  v.Check(!password.empty(), "password", "Hãy nhập mật khẩu.");
  v.Check(name.size() <= 64 && password.size() <= 256, "username",
          "Tên đăng nhập hoặc mật khẩu quá dài.");
  if (Status s = v.ToStatus(); !s) return s.error();

  const TimePoint now = env_.clock.Now();
  Actor anonymous;
  anonymous.username = name;
  anonymous.client_addr = client_addr;
  AuditEntry attempt{.action = "auth.login", .entity = "user"};

  if (AddressThrottled(client_addr, name, now)) {
    const Error e =
        Error::Make(ErrorKind::kTooManyRequests, "login_throttled", "Đăng nhập bị tạm chặn",
                    "Có quá nhiều lần đăng nhập sai từ địa chỉ này. Hãy thử lại sau " +
                        std::to_string(options_.address_window.count()) + " phút.");
    RefuseLogin(env_, anonymous, attempt, e);
    return e;
  }

  std::optional<User> user;
  std::string hash;
  std::optional<std::string> locked_until;
  {
    store::Transaction tx = env_.db.BeginRead();
    user = LoadUserByName(tx, name);
    if (user) {
      const auto row =
          tx.QueryOne("SELECT password_hash, locked_until FROM app_user WHERE id = ?", {user->id});
      hash = row->Text(0);
      locked_until = row->OptText(1);
    }
  }
  if (!user) {
    // An unknown name answers exactly as a known one with a wrong password: the same cost,
    // and the same lock-out after the same number of failures.
    std::optional<TimePoint> locked = UnknownLocked(name, now);
    Error e = locked ? Locked(*locked) : LoginFailed();
    if (!locked) {
      VerifyPassword(password, DummyHash());
      NoteAddressFailure(client_addr, name, now);
      e = NoteUnknownFailure(name, now);
    }
    RefuseLogin(env_, anonymous, attempt, e);
    return e;
  }

  Actor actor = ActorFor(*user, client_addr);
  attempt.entity_id = std::to_string(user->id);
  attempt.org_id = user->org_id;
  TimePoint lock_end;
  if (locked_until && ParseTimestamp(*locked_until, &lock_end) && lock_end > now) {
    const Error e = Locked(lock_end);  // early, without the cost of verifying
    RefuseLogin(env_, actor, attempt, e);
    return e;
  }

  const bool right = VerifyPassword(password, hash);
  // The failure count and the lock are read and written in one write transaction, so
  // concurrent attempts see each other: the no-op UPDATE takes the row's lock (PostgreSQL)
  // under the single writer (SQLite) before reading them.
  store::Transaction tx = env_.db.BeginWrite();
  const auto state = tx.QueryOne(
      "UPDATE app_user SET failed_logins = failed_logins WHERE id = ? "
      "RETURNING failed_logins, locked_until",
      {user->id});
  const auto until_text = state->OptText(1);
  if (until_text && ParseTimestamp(*until_text, &lock_end) && lock_end > now) {
    tx.Rollback();  // locked meanwhile: refused, even with the right password
    const Error e = Locked(lock_end);
    RefuseLogin(env_, actor, attempt, e);
    return e;
  }
  if (!right) {
    NoteAddressFailure(client_addr, name, now);
    const Error e = CountFailure(tx, user->id, state->Int(0) + 1, now);
    tx.Commit();
    RefuseLogin(env_, actor, attempt, e);
    return e;
  }

  if (!user->active) {
    tx.Rollback();
    const Error e = Error::Make(ErrorKind::kForbidden, "account_disabled", "Tài khoản đã bị khóa",
                                "Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị hệ thống.");
    RefuseLogin(env_, actor, attempt, e);
    return e;
  }

  LoginResult out = OpenSession(tx, *user, actor, now);
  RecordAudit(tx, actor, attempt, now);
  tx.Commit();
  return out;
}

LoginResult AuthService::OpenSession(store::Transaction& tx, const User& user, const Actor& actor,
                                     TimePoint now) {
  LoginResult out;
  out.token = RandomToken(32);
  out.session.actor = actor;
  out.session.user = user;
  out.session.csrf_token = RandomToken(24);
  const TimePoint expires =
      now + std::min<std::chrono::milliseconds>(options_.idle_timeout, options_.absolute_timeout);
  out.session.expires_at = FormatTimestamp(expires);
  const std::string now_text = FormatTimestamp(now);
  tx.Exec("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?", {user.id});
  tx.Exec("DELETE FROM user_session WHERE user_id = ? AND expires_at <= ?", {user.id, now_text});
  tx.Exec(
      "INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, last_seen_at, "
      "expires_at, client_addr) VALUES (?, ?, ?, ?, ?, ?, ?)",
      {Sha256Hex(out.token), user.id, out.session.csrf_token, now_text, now_text,
       out.session.expires_at, actor.client_addr});
  return out;
}

namespace {

std::atomic<uint64_t> session_epoch{0};

}  // namespace

void ForgetCachedSessions() { ++session_epoch; }

// A fresh entry of this epoch whose idle deadline need not be extended yet; else nothing,
// and the caller reads the database.
std::optional<Session> AuthService::Cached(const std::string& token_hash, TimePoint now) {
  std::lock_guard lock(cache_mu_);
  const auto it = cache_.find(token_hash);
  if (it == cache_.end()) return std::nullopt;
  const CachedSession& c = it->second;
  if (c.epoch != session_epoch.load() || now - c.read_at >= options_.session_cache_ttl ||
      now < c.read_at || c.expires <= now || now - c.last_seen >= std::chrono::minutes(1)) {
    cache_.erase(it);
    return std::nullopt;
  }
  return c.session;
}

void AuthService::Remember(const std::string& token_hash, CachedSession entry) {
  if (options_.session_cache_ttl.count() <= 0) return;
  std::lock_guard lock(cache_mu_);
  if (cache_.size() >= 4096) cache_.clear();  // bounded; rebuilt from the database
  cache_[token_hash] = std::move(entry);
}

Result<Session> AuthService::Authenticate(const std::string& token,
                                          const std::string& client_addr) {
  const Error expired = Error::Make(ErrorKind::kUnauthenticated, "session_expired",
                                    "Phiên đăng nhập đã hết hạn", "Hãy đăng nhập lại.");
  if (token.empty() || token.size() > 128) {
    return Error::Unauthenticated("Hãy đăng nhập để tiếp tục.");
  }
  const std::string token_hash = Sha256Hex(token);
  const TimePoint now = env_.clock.Now();
  if (auto hit = Cached(token_hash, now)) {
    hit->actor = ActorFor(hit->user, client_addr);
    return std::move(*hit);
  }
  const uint64_t epoch = session_epoch.load();
  Session s;
  TimePoint created, last_seen, expires;
  {
    store::Transaction tx = env_.db.BeginRead();
    const auto row = tx.QueryOne(
        "SELECT user_id, csrf_token, created_at, last_seen_at, expires_at FROM user_session "
        "WHERE token_hash = ?",
        {token_hash});
    if (!row) return expired;
    if (!ParseTimestamp(row->Text(2), &created) || !ParseTimestamp(row->Text(3), &last_seen) ||
        !ParseTimestamp(row->Text(4), &expires) || expires <= now) {
      return expired;
    }
    auto user = LoadUser(tx, row->Int(0));
    if (!user || !user->active) return expired;
    s.user = std::move(*user);
    s.csrf_token = row->Text(1);
    s.expires_at = row->Text(4);
  }
  s.actor = ActorFor(s.user, client_addr);
  if (now - last_seen >= std::chrono::minutes(1)) {
    // Sliding idle deadline, capped by the absolute one. Bookkeeping, not audited.
    const TimePoint next = std::min(
        now + options_.idle_timeout,
        created + std::chrono::duration_cast<std::chrono::milliseconds>(options_.absolute_timeout));
    s.expires_at = FormatTimestamp(next);
    store::Transaction tx = env_.db.BeginWrite();
    tx.Exec("UPDATE user_session SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
            {FormatTimestamp(now), s.expires_at, token_hash});
    tx.Commit();
    last_seen = now;
    expires = next;
  }
  Remember(token_hash, {s, last_seen, expires, now, epoch});
  return s;
}

Status AuthService::Logout(const Session& session, const std::string& token) {
  store::Transaction tx = env_.db.BeginWrite();
  tx.Exec("DELETE FROM user_session WHERE token_hash = ?", {Sha256Hex(token)});
  RecordAudit(tx, session.actor,
              {.action = "auth.logout",
               .entity = "user",
               .entity_id = std::to_string(session.user.id),
               .org_id = session.user.org_id},
              env_.clock.Now());
  tx.Commit();
  ForgetCachedSessions();  // after the commit: a reader cannot re-cache it
  return Status::Ok();
}

Status AuthService::ChangePassword(const Session& session, const std::string& token,
                                   const std::string& current_password,
                                   const std::string& new_password) {
  Validator v;
  v.Check(!current_password.empty(), "current_password", "Hãy nhập mật khẩu hiện tại.");
  if (Status s = CheckPasswordPolicy(new_password, session.user.username, "new_password"); !s) {
    for (const auto& f : s.error().fields) v.Fail(f.field, f.message);
  }
  v.Check(new_password != current_password, "new_password",
          "Mật khẩu mới phải khác mật khẩu hiện tại.");
  if (Status s = v.ToStatus(); !s) return s;

  AuditEntry audit{.action = "user.password_change",
                   .entity = "user",
                   .entity_id = std::to_string(session.user.id),
                   .org_id = session.user.org_id};
  std::string hash;
  {
    store::Transaction tx = env_.db.BeginRead();
    hash =
        tx.QueryRow("SELECT password_hash FROM app_user WHERE id = ?", {session.user.id}).Text(0);
  }
  if (!VerifyPassword(current_password, hash)) {
    Error e = Error::Invalid("Mật khẩu hiện tại không đúng.",
                             {{"current_password", "Mật khẩu hiện tại không đúng."}});
    RecordRefusal(env_.db, session.actor, audit, e, env_.clock.Now());
    return e;
  }
  const std::string new_hash = HashPassword(new_password);
  const std::string now = FormatTimestamp(env_.clock.Now());
  store::Transaction tx = env_.db.BeginWrite();
  tx.Exec(
      "UPDATE app_user SET password_hash = ?, password_changed_at = ?, updated_at = ? "
      "WHERE id = ?",
      {new_hash, now, now, session.user.id});
  tx.Exec("DELETE FROM user_session WHERE user_id = ? AND token_hash <> ?",
          {session.user.id, Sha256Hex(token)});
  RecordAudit(tx, session.actor, audit, env_.clock.Now());
  tx.Commit();
  ForgetCachedSessions();  // after the commit: a reader cannot re-cache it
  return Status::Ok();
}

}  // namespace dangbo::service
