// National generator tests at a small scale, on a real database (SQLite or PostgreSQL by
// DANGBO_TEST_DB): exact counts across several commits, the deferred indexes back, every
// generated file valid, the tree well formed, stocks matching, the same data from a seed.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "demo/demo_test_util.h"
#include "demo/national.h"
#include "service/members/member_writer.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"

namespace dangbo::demo {
namespace {

using service::Actor;

struct Db : testing::TestDb {
  std::set<std::string> Indexes() {
    std::set<std::string> out;
    store::Transaction tx = db->BeginRead();
    const char* sql =
        engine.engine() == store::Engine::kSqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"
            : "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()";
    tx.Each(sql, {}, [&](const store::Row& r) { out.insert(r.Text(0)); });
    return out;
  }
  std::set<std::string> Triggers() {
    std::set<std::string> out;
    store::Transaction tx = db->BeginRead();
    const char* sql =
        engine.engine() == store::Engine::kSqlite
            ? "SELECT name || ':' || sql FROM sqlite_master WHERE type = 'trigger'"
            : "SELECT tgname || ':' || CAST(tgenabled AS TEXT) FROM pg_trigger WHERE NOT "
              "tgisinternal";
    tx.Each(sql, {}, [&](const store::Row& r) { out.insert(r.Text(0)); });
    return out;
  }
};

NationalOptions Small() {
  NationalOptions o;
  o.seed = 42;
  o.members = 3000;
  o.orgs = 200;
  o.provinces = 3;
  o.batch = 64;
  o.commit_every = 700;  // several commits, and a batch left over at the end
  return o;
}

TEST(NationalTest, WritesExactlyWhatItReportsAndRebuildsTheIndexes) {
  Db fresh;
  const std::set<std::string> before = fresh.Indexes();
  const std::set<std::string> triggers = fresh.Triggers();
  std::vector<std::string> phases;
  NationalOptions o = Small();
  o.progress = [&](const NationalProgress& p) {
    if (phases.empty() || phases.back() != p.phase) phases.push_back(p.phase);
  };
  auto r = GenerateNational(*fresh.env, o);
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->members, 3000);
  EXPECT_TRUE(r->deferred_indexes);
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM member"), 3000);
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM member_name_token"), r->tokens);
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM member_span"), r->spans);
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM member_event"), r->events);
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM org WHERE parent_id IS NOT NULL"), r->orgs);
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM org_span"), r->orgs + 1);
  EXPECT_EQ(fresh.Indexes(), before);
  EXPECT_EQ(fresh.Triggers(), triggers);  // every check and change trigger is back, and on
  EXPECT_EQ((std::vector<std::string>{"orgs", "members", "indexes", "domains", "analyze"}), phases);
  if (fresh.engine.engine() == store::Engine::kSqlite) {
    // Foreign keys were not checked during the load: check them all now.
    EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
    store::Transaction tx = fresh.db->BeginRead();
    EXPECT_EQ(tx.QueryOne("PRAGMA integrity_check")->Text(0), "ok");
  }
}

TEST(NationalTest, TreeAndFilesFollowTheRules) {
  Db fresh;
  auto r = GenerateNational(*fresh.env, Small());
  ASSERT_TRUE(r.ok()) << r.error().detail;
  store::Transaction tx = fresh.db->BeginRead();
  // Every child's kind may sit under its parent's; paths extend the parent's.
  std::map<int64_t, std::pair<std::string, std::string>> orgs;  // id -> (kind, path)
  tx.Each("SELECT id, kind, path FROM org", {}, [&](const store::Row& row) {
    orgs[row.Int(0)] = {row.Text(1), row.Text(2)};
  });
  int64_t checked = 0;
  tx.Each("SELECT id, parent_id FROM org WHERE parent_id IS NOT NULL", {},
          [&](const store::Row& row) {
            const auto& [kind, path] = orgs[row.Int(0)];
            const auto& [pkind, ppath] = orgs[row.Int(1)];
            EXPECT_TRUE(service::MayContain(vocab::Parse<service::OrgKind>(pkind),
                                            *vocab::Parse<service::OrgKind>(kind)))
                << pkind << " > " << kind;
            EXPECT_EQ(path, ppath + std::to_string(row.Int(0)) + "/");
            ++checked;
          });
  EXPECT_EQ(checked, r->orgs);
  // Members only in branch-like units; every file passes the entry form's validation.
  EXPECT_EQ(tx.QueryOne("SELECT COUNT(*) FROM member m JOIN org o ON o.id = m.org_id WHERE "
                        "o.kind NOT IN ('branch', 'grassroots_branch')")
                ->Int(0),
            0);
  const std::vector<std::string> cols = [] {
    std::vector<std::string> c;
    for (const auto& f : service::MemberFields()) c.push_back(f.name);
    return c;
  }();
  std::string list;
  for (const auto& c : cols) list += (list.empty() ? "" : ", ") + c;
  int64_t invalid = 0;
  tx.Each("SELECT org_id, " + list + " FROM member", {}, [&](const store::Row& row) {
    service::MemberInput in;
    in.org_id = row.Int(0);
    for (size_t i = 0; i < cols.size(); ++i) {
      service::SetMemberField(in, cols[i], row.OptText(i + 1).value_or(""));
    }
    Validator v;
    service::ValidateMember(in, Date(2026, 11, 21), v);
    if (!v.ok()) {
      if (invalid++ < 3) ADD_FAILURE() << in.full_name << ": " << v.ToStatus().error().detail;
    }
  });
  EXPECT_EQ(invalid, 0);
  // Unique numbers are unique.
  EXPECT_EQ(tx.QueryOne("SELECT COUNT(DISTINCT national_id) FROM member")->Int(0),
            tx.QueryOne("SELECT COUNT(national_id) FROM member")->Int(0));
}

TEST(NationalTest, StocksOfTheCountryCountEveryMember) {
  Db fresh;
  auto r = GenerateNational(*fresh.env, Small());
  ASSERT_TRUE(r.ok()) << r.error().detail;
  auto s = service::StocksAt(*fresh.env, Actor::CliOperator(), r->root_id, Date(2024, 12, 31));
  ASSERT_TRUE(s.ok()) << s.error().detail;
  // Members admitted into units established later join the unit when it is founded; all
  // are counted by the as-of date.
  EXPECT_EQ(s->members, 3000);
  EXPECT_EQ(s->orgs_by_kind["superior_committee"] + s->orgs_by_kind["grassroots_committee"] +
                s->orgs_by_kind["grassroots_branch"] + s->orgs_by_kind["sub_committee"] +
                s->orgs_by_kind["branch"],
            r->orgs);
}

TEST(NationalTest, SameSeedSameData) {
  auto digest = [](Db& d) {
    std::string out;
    store::Transaction tx = d.db->BeginRead();
    tx.Each(
        "SELECT m.id, m.org_id, m.full_name, m.birth_date, m.admitted_on, m.official_on, "
        "m.card_no, m.national_id, m.residence, m.sort_key FROM member m ORDER BY m.id",
        {}, [&](const store::Row& r) {
          for (size_t i = 0; i < r.size(); ++i) out += r.OptText(i).value_or("-") + "|";
          out += "\n";
        });
    tx.Each("SELECT id, parent_id, kind, name, established_on FROM org ORDER BY id", {},
            [&](const store::Row& r) {
              for (size_t i = 0; i < r.size(); ++i) out += r.OptText(i).value_or("-") + "|";
              out += "\n";
            });
    return out;
  };
  Db a, b;
  NationalOptions o = Small();
  o.members = 800;
  ASSERT_TRUE(GenerateNational(*a.env, o).ok());
  o.commit_every = 100;  // commits do not change the data
  o.batch = 7;
  ASSERT_TRUE(GenerateNational(*b.env, o).ok());
  EXPECT_EQ(digest(a), digest(b));
  Db c;
  o.seed = 43;
  ASSERT_TRUE(GenerateNational(*c.env, o).ok());
  EXPECT_NE(digest(a), digest(c));
}

TEST(NationalTest, UsesTheExistingRootAndRefusesATreeThatIsNotEmpty) {
  Db fresh;
  service::NewOrg root{std::nullopt, "superior_committee", "Đảng bộ Khối"};
  root.decision.effective_on = "1930-02-03";
  auto org = service::CreateOrg(*fresh.env, Actor::CliOperator(), root);
  ASSERT_TRUE(org.ok());
  NationalOptions o = Small();
  o.members = 300;
  auto r = GenerateNational(*fresh.env, o);
  ASSERT_TRUE(r.ok()) << r.error().detail;
  EXPECT_EQ(r->root_id, org->id);
  auto again = GenerateNational(*fresh.env, o);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, "demo_not_empty");
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM member"), 300);
}

TEST(NationalTest, RefusesARegistryThatHoldsMembers) {
  // Numbers (card, record, national ID) come from the seed and the member's place in the
  // data set: they would collide with another generated tree's.
  Db fresh;
  NationalOptions o = Small();
  o.members = 300;
  ASSERT_TRUE(GenerateNational(*fresh.env, o).ok());
  auto other = service::CreateOrg(*fresh.env, Actor::CliOperator(),
                                  {std::nullopt, "superior_committee", "Gốc thứ hai"});
  ASSERT_TRUE(other.ok());
  o.root_id = other->id;
  auto r = GenerateNational(*fresh.env, o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, "demo_not_empty");
  EXPECT_EQ(fresh.Count("SELECT COUNT(*) FROM org WHERE parent_id = ?", {other->id}), 0);
}

}  // namespace
}  // namespace dangbo::demo
