// The in-memory member index answers exactly as SQL does: hundreds of generated queries
// (names as typed, folded, prefixes, numbers; scopes; filters; pages) compared on a
// national-shaped data set, and writes through the services show at the next search.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "demo/demo_test_util.h"
#include "demo/national.h"
#include "report/period.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "service/orgs/orgs.h"
#include "service/report/indicators.h"
#include "service/report/presets.h"
#include "text/text.h"

namespace dangbo::demo {
namespace {

using service::Actor;
using service::MemberQuery;

struct Pair : testing::TestDb {
  // `index_first`: the index is loaded from the empty registry before the bulk load.
  explicit Pair(bool index_first = false) {
    if (index_first) index.Load(*db);
    NationalOptions o;
    o.seed = 7;
    o.members = 4000;
    o.orgs = 300;
    o.provinces = 4;
    auto r = GenerateNational(*env, o);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().detail);
    if (!index_first) index.Load(*db);
    indexed = std::make_unique<service::Env>(service::Env{*db, clock, &index});
  }

  // ids and total of one query through SQL and through the index.
  static std::string Answer(const service::Env& e, const MemberQuery& q) {
    auto page = service::SearchMembers(e, Actor::CliOperator(), q);
    if (!page.ok()) return "error " + page.error().code;
    std::string out = "total " + std::to_string(page->total) + ":";
    for (const auto& m : page->items) out += " " + std::to_string(m.id);
    return out;
  }
  // True when both found something.
  bool ExpectSame(const MemberQuery& q, const std::string& what) {
    const std::string sql = Answer(*env, q);
    EXPECT_EQ(Answer(*indexed, q), sql) << what;
    return sql.find(": ") != std::string::npos;
  }

  memindex::MemberIndex index;
  std::unique_ptr<service::Env> indexed;
};

std::string Describe(const MemberQuery& q) {
  return "q=\"" + q.q + "\" org=" + std::to_string(q.org_id) + " status=" + q.status +
         " sex=" + q.sex + " age=" + std::to_string(q.age_from) + ".." + std::to_string(q.age_to) +
         " year=" + std::to_string(q.admitted_year) + " page=" + std::to_string(q.page) + "/" +
         std::to_string(q.page_size);
}

TEST(MemberIndexTest, AnswersExactlyAsSql) {
  Pair p;
  ASSERT_TRUE(p.index.Ready());
  EXPECT_EQ(p.index.GetStats().members, 4000u);
  std::vector<service::MemberSummary> people;
  MemberQuery all;
  all.status = "all";
  ASSERT_TRUE(service::EachMember(*p.env, Actor::CliOperator(), all, [&](const auto& m) {
                people.push_back(m);
              }).ok());
  auto orgs = service::ListOrgs(*p.env, Actor::CliOperator(), true);
  ASSERT_TRUE(orgs.ok());
  std::mt19937 rng(11);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  int found = 0;
  for (int i = 0; i < 400; ++i) {
    const service::MemberSummary& m = people[pick(people.size())];
    MemberQuery q;
    const std::vector<std::string> words = text::FoldedWords(m.full_name);
    switch (i % 8) {
      case 0:
        q.q = m.full_name;
        break;
      case 1:
        q.q = text::Fold(m.full_name);
        break;
      case 2:
        q.q = words.back() + " " + words.front();
        break;  // any order
      case 3:
        q.q = words.front().substr(0, 2) + " " + words.back().substr(0, 1);
        break;
      case 4:
        q.q = words.back();
        break;
      case 5:
        q.q = m.card_no.empty() ? words.front() : m.card_no;
        break;
      case 6:
        q.q = "zzzz " + words.back();
        break;  // a word nobody has
      default:
        break;  // no name: a plain list
    }
    if (i % 3 == 0) q.org_id = (*orgs)[pick(orgs->size())].id;
    if (i % 5 == 1) q.status = "all";
    if (i % 5 == 2) q.status = "official";
    if (i % 7 == 3) q.sex = m.sex;
    if (i % 11 == 4) {
      q.age_from = 30;
      q.age_to = 50;
    }
    if (i % 13 == 5 && !m.admitted_on.empty()) q.admitted_year = std::stoi(m.admitted_on);
    if (i % 9 == 6) q.ethnicity = m.ethnicity;
    if (i % 10 == 7) q.theory_level = m.theory_level.empty() ? "cao_cap" : m.theory_level;
    q.page_size = i % 4 == 0 ? 7 : 50;
    q.page = i % 6 == 0 ? 2 : 1;
    found += p.ExpectSame(q, Describe(q)) ? 1 : 0;
  }
  EXPECT_GT(found, 200);  // the comparisons are not of empty answers
}

TEST(MemberIndexTest, WritesShowAtTheNextSearch) {
  Pair p;
  MemberQuery q;
  q.status = "all";
  q.q = "Trịnh Quốc Tuấn Kiệt";
  EXPECT_EQ(Pair::Answer(*p.indexed, q), "total 0:");
  // A new member in the first branch found by listing.
  MemberQuery one;
  one.page_size = 1;
  auto first = service::SearchMembers(*p.env, Actor::CliOperator(), one);
  ASSERT_TRUE(first.ok());
  ASSERT_FALSE(first->items.empty());
  auto file = service::GetMember(*p.env, Actor::CliOperator(), first->items[0].id);
  ASSERT_TRUE(file.ok());
  service::MemberInput in = file->data;
  in.confirm_duplicate = true;
  in.full_name = "Trịnh Quốc Tuấn Kiệt";
  in.card_no = "";
  in.record_no = "";
  in.national_id = "";
  auto created = service::CreateMember(*p.env, Actor::CliOperator(), in);
  ASSERT_TRUE(created.ok()) << created.error().detail;
  p.ExpectSame(q, "after create");
  EXPECT_EQ(Pair::Answer(*p.indexed, q), "total 1: " + std::to_string(created->id));
  // Renamed: found by the new name only; the old slot is dead.
  service::MemberInput renamed = created->data;
  renamed.full_name = "Trịnh Quốc Tuấn Anh";
  auto edited =
      service::UpdateMember(*p.env, Actor::CliOperator(), created->id, renamed, created->version);
  ASSERT_TRUE(edited.ok()) << edited.error().detail;
  p.ExpectSame(q, "after rename, old name");
  EXPECT_EQ(Pair::Answer(*p.indexed, q), "total 0:");
  q.q = "tuan anh trinh";
  p.ExpectSame(q, "after rename, new name");
  EXPECT_EQ(Pair::Answer(*p.indexed, q), "total 1: " + std::to_string(created->id));
  EXPECT_EQ(p.index.GetStats().dead_slots, 1u);
  MemberQuery list;
  list.page_size = 500;
  p.ExpectSame(list, "the whole list after the writes");
}

std::string StocksText(const service::Env& e, int64_t org, const Date& d) {
  auto s = service::StocksAt(e, Actor::CliOperator(), org, d);
  if (!s.ok()) return "error " + s.error().code;
  std::string out = std::to_string(s->members) + ":";
  for (const auto& [k, v] : s->members_by_status) out += " " + k + "=" + std::to_string(v);
  for (const auto& [k, v] : s->orgs_by_kind) out += " " + k + "=" + std::to_string(v);
  return out;
}

// The bulk loader logs no change per member but one "reload everything": an index loaded
// before the load sees all of it at the next query.
TEST(MemberIndexTest, AnIndexLoadedBeforeABulkLoadSeesItAll) {
  Pair p(/*index_first=*/true);
  {
    store::Transaction tx = p.db->BeginRead();
    EXPECT_LE(tx.QueryOne("SELECT COUNT(*) FROM member_change")->Int(0), 2);
  }
  MemberQuery all;
  all.status = "all";
  all.page_size = 500;
  p.ExpectSame(all, "every member");
  EXPECT_EQ(p.index.GetStats().members, 4000u);
  MemberQuery some;
  some.q = "nguyen";
  p.ExpectSame(some, "a name");
}

// Stocks from memory equal stocks from SQL, for half the units on several dates, before and
// after a merge that moves members (whose past figures must not change).
TEST(MemberIndexTest, StocksAsSqlForUnitsAndDatesAcrossAMerge) {
  Pair p;
  auto orgs = service::ListOrgs(*p.env, Actor::CliOperator(), true);
  ASSERT_TRUE(orgs.ok());
  const std::vector<Date> dates = {Date(2016, 1, 1), Date(2020, 6, 30), Date(2026, 11, 21)};
  auto compare = [&](const std::string& when) {
    int nonzero = 0;
    for (size_t i = 0; i < orgs->size(); i += 2) {
      const service::Org& o = (*orgs)[i];
      for (const Date& d : dates) {
        const std::string sql = StocksText(*p.env, o.id, d);
        EXPECT_EQ(StocksText(*p.indexed, o.id, d), sql)
            << when << " org " << o.id << " " << d.Iso();
        nonzero += sql.rfind("0:", 0) == 0 || sql.rfind("error", 0) == 0 ? 0 : 1;
      }
    }
    return nonzero;
  };
  EXPECT_GT(compare("before"), 200);
  const std::string country_2020 = StocksText(*p.indexed, orgs->front().id, Date(2020, 6, 30));
  // Two branches of one parent merge today: members move, the past stays.
  const service::Org* a = nullptr;
  const service::Org* b = nullptr;
  for (const auto& o : *orgs) {
    if (o.kind != service::OrgKind::kBranch || !o.ended_on.empty()) continue;
    auto now = service::StocksAt(*p.env, Actor::CliOperator(), o.id, Date(2026, 11, 21));
    if (!now.ok() || now->members == 0) continue;
    if (a == nullptr) {
      a = &o;
    } else if (o.parent_id == a->parent_id) {
      b = &o;
      break;
    }
  }
  ASSERT_NE(b, nullptr);
  service::Decision dec{"2026-11-20", "9-QĐ/TEST", "2026-11-19"};
  auto merged = service::MergeOrg(*p.env, Actor::CliOperator(), a->id, b->id, std::nullopt, dec);
  ASSERT_TRUE(merged.ok()) << merged.error().detail;
  EXPECT_GT(merged->members_moved, 0);
  compare("after the merge");
  EXPECT_EQ(StocksText(*p.indexed, orgs->front().id, Date(2020, 6, 30)), country_2020);
}

// The quality-analysis tables counted from memory equal those counted by SQL: the country
// by TCCSĐ (one pass for all of them) and single units, on two dates.
std::string QualityText(const service::Env& e, int64_t org, const Date& d,
                        const std::string& breakdown) {
  const service::ReportPreset* preset = service::FindPreset("chat-luong");
  service::IndicatorQuery q;
  q.org_id = org;
  q.at = d;
  q.period = report::YearPeriod(d.year());
  q.indicators = preset->indicators;
  q.breakdown = breakdown;
  auto a = service::Indicators(e, Actor::CliOperator(), q);
  if (!a.ok()) return "error " + a.error().code;
  std::string out;
  const auto line = [&](const std::string& who, const std::vector<report::Value>& v) {
    out += who + ":";
    for (const auto& x : v) out += " " + std::to_string(x.count);
    out += "\n";
  };
  line("all", a->values);
  for (const auto& u : a->units) line(u.unit.name, u.values);
  return out;
}

TEST(MemberIndexTest, QualityTablesAsSql) {
  Pair p;
  auto orgs = service::ListOrgs(*p.env, Actor::CliOperator(), true);
  ASSERT_TRUE(orgs.ok());
  for (const Date& d : {Date(2020, 6, 30), Date(2026, 11, 21)}) {
    const std::string sql = QualityText(*p.env, orgs->front().id, d, "grassroots");
    EXPECT_EQ(QualityText(*p.indexed, orgs->front().id, d, "grassroots"), sql) << d.Iso();
    EXPECT_GT(std::count(sql.begin(), sql.end(), '\n'), 10) << sql;
    for (size_t i = 1; i < orgs->size(); i += 7) {
      const service::Org& o = (*orgs)[i];
      EXPECT_EQ(QualityText(*p.indexed, o.id, d, ""), QualityText(*p.env, o.id, d, ""))
          << o.name << " " << d.Iso();
    }
  }
  // A member's file changed: the next report counts it (the index catches up first).
  MemberQuery one;
  one.page_size = 1;
  auto first = service::SearchMembers(*p.env, Actor::CliOperator(), one);
  ASSERT_TRUE(first.ok() && !first->items.empty());
  auto file = service::GetMember(*p.env, Actor::CliOperator(), first->items[0].id);
  ASSERT_TRUE(file.ok());
  service::MemberInput in = file->data;
  in.professional_level = in.professional_level.starts_with("Tiến sĩ") ? "" : "Tiến sĩ Luật";
  in.state_mgmt_level = in.state_mgmt_level == "Chuyên viên chính" ? "" : "Chuyên viên chính";
  ASSERT_TRUE(
      service::UpdateMember(*p.env, Actor::CliOperator(), file->id, in, file->version).ok());
  const Date today(2026, 11, 21);
  EXPECT_EQ(QualityText(*p.indexed, orgs->front().id, today, "grassroots"),
            QualityText(*p.env, orgs->front().id, today, "grassroots"));
}

// PostgreSQL hands out change numbers at write time but commits in any order: a change
// committed after a later-numbered one has been read must still be applied.
TEST(MemberIndexTest, ChangesCommittedOutOfSequenceOrderAreNotLost) {
  Pair p;
  if (p.engine.engine() != store::Engine::kPostgres) GTEST_SKIP() << "SQLite commits in order";
  MemberQuery ended;
  ended.status = "ended";
  EXPECT_EQ(Pair::Answer(*p.indexed, ended), "total 0:");
  std::vector<int64_t> ids;
  {
    store::Transaction tx = p.db->BeginRead();
    tx.Each("SELECT id FROM member ORDER BY id LIMIT 2", {},
            [&](const store::Row& r) { ids.push_back(r.Int(0)); });
  }
  ASSERT_EQ(ids.size(), 2u);
  store::Transaction early = p.db->BeginWrite();  // takes the lower change number...
  early.Exec("UPDATE member SET status = 'ended' WHERE id = ?", {ids[0]});
  {
    store::Transaction late = p.db->BeginWrite();  // ...but commits after this one
    late.Exec("UPDATE member SET status = 'ended' WHERE id = ?", {ids[1]});
    late.Commit();
  }
  EXPECT_EQ(Pair::Answer(*p.indexed, ended), "total 1: " + std::to_string(ids[1]));
  early.Commit();
  const std::string both = Pair::Answer(*p.indexed, ended);
  EXPECT_EQ(both.rfind("total 2:", 0), 0u) << both;
  EXPECT_NE(both.find(" " + std::to_string(ids[0])), std::string::npos) << both;
  p.ExpectSame(ended, "after both commits");
}

}  // namespace
}  // namespace dangbo::demo
