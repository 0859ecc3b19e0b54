// CLI commands of the registry: stocks, the tree as of a date, organization changes and
// member files. They act as the console operator through the service layer (audited).
#pragma once

#include <string>
#include <vector>

#include "cli/commands.h"

namespace dangbo::cli {

int Stats(const DbOption& db, long long org_id, const std::string& at);
int OrgTree(const DbOption& db, const std::string& at);

struct OrgChangeOptions {
  std::string verb;  // rename | move | upgrade | merge | dissolve
  long long org_id = 0;
  std::string name;         // rename; upgrade: the first branch's name
  long long target_id = 0;  // move: new parent; merge: target
  long long target_branch_id = 0;
  std::string effective_on, decision_no, decision_date;
};
int OrgChange(const DbOption& db, const OrgChangeOptions& o);

// Reads a member file as JSON (the API's shape) from `path` ("-" = stdin).
int MemberAdd(const DbOption& db, const std::string& path);
int MemberSearch(const DbOption& db, const std::string& q, long long org_id,
                 const std::string& status);
int MemberShow(const DbOption& db, long long id);
// Without `commit`: prints the preview (every row's errors) and exits 1 when any row has
// errors. With `commit`: imports all rows not in `exclude`, or nothing.
int MemberImport(const DbOption& db, const std::string& file, long long org_id, bool commit,
                 const std::vector<int>& exclude);
int MemberExport(const DbOption& db, long long org_id, const std::string& status,
                 const std::string& format, const std::string& out);

}  // namespace dangbo::cli
