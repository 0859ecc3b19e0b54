// The CLI's commands, each a function from parsed options to an exit code. They act
// through the service layer as the console operator, so every write is audited (via "cli").
#pragma once

#include <string>
#include <vector>

namespace dangbo::cli {

struct DbOption {
  std::string url;  // file path or postgresql:// URL
};

int Migrate(const DbOption& db);

struct InitOptions {
  std::string org_name;        // the root organization
  std::string established_on;  // the root's founding date (YYYY-MM-DD)
  std::string admin;           // the first administrator's username
  bool password_stdin = false;
  bool demo = false;  // remember the generated password beside the database (demo use)
};
int Init(const DbOption& db, const InitOptions& o);

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string web_root;  // empty: look beside the binary, then ./web/dist
  int workers = 8;
  std::vector<std::string> trusted_proxies;
  int max_connections = 0;  // 0: from the open-file limit
  std::string metrics_token;
};
int Serve(const DbOption& db, const ServeOptions& o, const std::string& argv0);

struct UserAddOptions {
  std::string username;
  std::string display_name;
  std::vector<std::string> roles;
  long long org_id = 0;
  bool password_stdin = false;
};
int UserAdd(const DbOption& db, const UserAddOptions& o);
int UserPasswd(const DbOption& db, const std::string& username, bool password_stdin);
int UserList(const DbOption& db);

struct OrgAddOptions {
  long long parent_id = 0;  // 0: a new root
  std::string kind;
  std::string name;
};
int OrgAdd(const DbOption& db, const OrgAddOptions& o);
int OrgList(const DbOption& db);

int Backup(const DbOption& db, const std::string& to);

// Prints every HTTP route as JSON: method, pattern, access and, for writes, the body schema.
int Routes(const DbOption& db);

// Recomputes the projections from the history and events (service/verify.h), and on SQLite
// runs integrity_check and foreign_key_check; never writes. Prints the differences (at most
// `limit` per check). Exit 0 when clean, 3 when differences were found, 1 on failure.
int Verify(const DbOption& db, long long limit);

struct DemoOptions {
  std::string scale = "bloc";  // bloc | province | national
  unsigned long long seed = 1;
  long long members = 0;  // national: member count (0 = 5,600,000)
};
// Loads deterministic demo data into an initialized database (`init` first, or `init --demo`).
int Demo(const DbOption& db, const DemoOptions& o);

}  // namespace dangbo::cli
