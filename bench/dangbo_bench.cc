// dangbo-bench: the measurements behind `make bench` (scripts/bench.sh) and
// docs/PERFORMANCE.md. Each subcommand prints one line of JSON on stdout (progress on
// stderr):
//
//   dangbo-bench generate --db PATH [--seed N] [--members N] [--orgs N] [--provinces N]
//                [--batch N] [--commit-every N] [--no-defer] [--no-analyze]
//       the national data set (demo::GenerateNational) into a migrated database
//   dangbo-bench stocks --db PATH [--date YYYY-MM-DD] [--repeat N] [--via index|sql]
//       StocksAt for the whole country, each province and a sample of districts
//   dangbo-bench import --db PATH [--rows N] [--seed N]
//       CommitImport of a generated CSV into the database (rows are deleted afterwards),
//       and the same rows through MemberWriter alone (rolled back)
//   dangbo-bench queries --db PATH [--count N] [--seed N]
//       name-search requests for the HTTP measurement (one "class<TAB>path" per line)
//   dangbo-bench floor --db PATH [--members N]
//       the ceiling: SQLite's C API alone (no dangbo code) writing member-shaped rows into
//       tables without indexes, journal off, one transaction: what no loader can beat here
//   dangbo-bench reports --db PATH [--year YYYY] [--repeat N] [--sample N]
//       every preset report and the meetings, ratings and badges figures (report_bench.cc)
//       for the country, each province and a sample of districts
//   dangbo-bench fingerprint
//       what a generated data set depends on besides its options (schema and generator):
//       scripts/bench.sh reuses a data set only while this stays the same
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <sqlite3.h>
#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/crypto.h"
#include "base/date.h"
#include "bench_common.h"
#include "demo/national.h"
#include "memindex/member_index.h"
#include "service/members/member_import.h"
#include "service/members/member_writer.h"
#include "service/members/members.h"
#include "service/orgs/org_history.h"
#include "store/database.h"
#include "store/migrate.h"
#include "text/text.h"

namespace {

using namespace dangbo;
using namespace dangbo::bench;
nlohmann::json DomainsJson(const demo::NationalReport& r) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : r.domains) {
    out.push_back({{"name", d.name}, {"rows", d.rows}, {"seconds", d.seconds}});
  }
  return out;
}

int Generate(const Args& a) {
  auto db = Open(a);
  SystemClock clock;
  service::Env env{*db, clock};
  demo::NationalOptions o;
  o.seed = static_cast<uint64_t>(a.Int("seed", 1));
  o.members = a.Int("members", o.members);
  o.orgs = a.Int("orgs", o.orgs);
  o.provinces = static_cast<int>(a.Int("provinces", o.provinces));
  o.batch = static_cast<size_t>(a.Int("batch", static_cast<long long>(o.batch)));
  o.commit_every = a.Int("commit-every", o.commit_every);
  o.defer_indexes = !a.Has("no-defer");
  o.analyze = !a.Has("no-analyze");
  o.progress = [](const demo::NationalProgress& p) {
    std::fprintf(stderr, "  [%7.1fs] %-8s %lld / %lld\n", p.seconds, p.phase.c_str(),
                 static_cast<long long>(p.done), static_cast<long long>(p.total));
  };
  auto r = demo::GenerateNational(env, o);
  if (!r.ok()) {
    std::cerr << "generate: " << r.error().title << ": " << r.error().detail << "\n";
    return 1;
  }
  const double gen = r->org_seconds + r->member_seconds + r->index_seconds;
  nlohmann::json j = {{"what", "generate"},
                      {"members", r->members},
                      {"orgs", r->orgs},
                      {"tokens", r->tokens},
                      {"spans", r->spans},
                      {"events", r->events},
                      {"deferred_indexes", r->deferred_indexes},
                      {"org_s", r->org_seconds},
                      {"member_s", r->member_seconds},
                      {"index_s", r->index_seconds},
                      {"domain_s", r->domain_seconds},
                      {"domains", DomainsJson(*r)},
                      {"analyze_s", r->analyze_seconds},
                      {"index_log", r->index_log},
                      {"total_s", r->seconds},
                      {"members_per_s_loading", r->members / std::max(1e-9, r->member_seconds)},
                      {"members_per_s_with_indexes", r->members / std::max(1e-9, gen)},
                      {"members_per_s_total", r->members / std::max(1e-9, r->seconds)}};
  std::cout << j.dump() << std::endl;
  return 0;
}

int Stocks(const Args& a) {
  auto db = Open(a);
  SystemClock clock;
  service::Env env{*db, clock};
  // As the server answers (from its in-memory index), or through SQL with --via sql.
  const std::string via = a.Str("via", "index");
  memindex::MemberIndex index;
  double index_load_s = 0;
  if (via == "index") {
    const auto t0 = Timer::now();
    index.Load(*db);
    index_load_s = Ms(t0, Timer::now()) / 1000;
    env.index = &index;
  }
  const service::Actor op = service::Actor::CliOperator();
  const auto date = Date::Parse(a.Str("date", "2024-12-31"));
  const int repeat = static_cast<int>(a.Int("repeat", 3));
  int64_t root = 0;
  std::vector<int64_t> provinces, districts;
  {
    store::Transaction tx = db->BeginRead();
    root = tx.QueryOne("SELECT id FROM org WHERE parent_id IS NULL ORDER BY id")->Int(0);
    tx.Each("SELECT id FROM org WHERE parent_id = ? ORDER BY id", {root},
            [&](const store::Row& r) { provinces.push_back(r.Int(0)); });
    // Every 8th district-level committee.
    int k = 0;
    tx.Each(
        "SELECT o.id FROM org o JOIN org p ON p.id = o.parent_id WHERE p.parent_id = ? AND "
        "o.kind = 'superior_committee' ORDER BY o.id",
        {root}, [&](const store::Row& r) {
          if (k++ % 8 == 0) districts.push_back(r.Int(0));
        });
  }
  auto run = [&](int64_t org, int64_t* members) {
    const auto t0 = Timer::now();
    auto s = service::StocksAt(env, op, org, *date);
    const auto t1 = Timer::now();
    if (!s.ok()) throw std::runtime_error("StocksAt: " + s.error().detail);
    if (members) *members = s->members;
    return Ms(t0, t1);
  };
  // Warm the page cache once (a cold first read of a multi-GB file says more about the disk).
  const auto w0 = Timer::now();
  int64_t country_members = 0;
  const double cold = run(root, &country_members);
  (void)w0;
  std::vector<double> country, province, province_mid, district;
  std::vector<int64_t> province_members;
  for (int i = 0; i < repeat; ++i) country.push_back(run(root, nullptr));
  for (int i = 0; i < repeat; ++i) {
    for (int64_t p : provinces) {
      int64_t m = 0;
      const double ms = run(p, &m);
      province.push_back(ms);
      // The target's "province-sized subtree": 100,000 to 300,000 members.
      if (m >= 100'000 && m <= 300'000) province_mid.push_back(ms);
      if (i == 0) province_members.push_back(m);
    }
  }
  for (int i = 0; i < repeat; ++i) {
    for (int64_t d : districts) district.push_back(run(d, nullptr));
  }
  // Country by top-level unit: every province's stocks, one after another.
  std::vector<double> by_unit;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = Timer::now();
    for (int64_t p : provinces) run(p, nullptr);
    by_unit.push_back(Ms(t0, Timer::now()));
  }
  std::sort(province_members.begin(), province_members.end());
  nlohmann::json j = {
      {"what", "stocks"},
      {"via", via},
      {"index_load_s", index_load_s},
      {"date", date->Iso()},
      {"country_members", country_members},
      {"first_call_ms", cold},
      {"country", ToJson(Summarize(country))},
      {"province", ToJson(Summarize(province))},
      {"province_100k_300k", ToJson(Summarize(province_mid))},
      {"province_members_min", province_members.empty() ? 0 : province_members.front()},
      {"province_members_max", province_members.empty() ? 0 : province_members.back()},
      {"district", ToJson(Summarize(district))},
      {"all_provinces_one_by_one", ToJson(Summarize(by_unit))}};
  std::cout << j.dump() << std::endl;
  return 0;
}

// Deterministic CSV rows that do not collide with the national data set's numbers.
std::string ImportCsv(int64_t rows, int64_t unit, uint64_t seed) {
  static const char* kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng"};
  static const char* kMiddle[] = {"Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc"};
  static const char* kGiven[] = {"An", "Bình", "Hương", "Lan", "Hùng", "Dũng", "Trang", "Tuấn"};
  std::mt19937_64 g(seed);
  std::string csv =
      "Họ và tên,Giới tính,Ngày sinh,Dân tộc,Tôn giáo,Ngày vào Đảng,Ngày chính thức,"
      "Số thẻ đảng viên,Số lý lịch,Số CCCD,Chi bộ\n";
  for (int64_t i = 0; i < rows; ++i) {
    const int year = 1960 + static_cast<int>(g() % 40);
    char line[512];
    // A fourth name word made from the row number keeps every row distinct from the
    // national data set's people (the import refuses likely duplicates: name + birth date).
    std::string tag = "X";
    for (int64_t k = i; k > 0 || tag.size() == 1; k /= 26) tag += static_cast<char>('a' + k % 26);
    std::snprintf(line, sizeof line,
                  "%s %s %s %s,%s,%02d/%02d/%d,Kinh,Không,%02d/%02d/%d,%02d/%02d/%d,9%08lld,"
                  "NK%09lld,9%011lld,%lld\n",
                  kFamily[g() % 8], kMiddle[g() % 6], kGiven[g() % 8], tag.c_str(),
                  g() % 3 ? "Nam" : "Nữ", 1 + static_cast<int>(g() % 28),
                  1 + static_cast<int>(g() % 12), year, 1 + static_cast<int>(g() % 28),
                  1 + static_cast<int>(g() % 12), year + 25, 1 + static_cast<int>(g() % 28),
                  1 + static_cast<int>(g() % 12), year + 26, static_cast<long long>(i),
                  static_cast<long long>(i), static_cast<long long>(i),
                  static_cast<long long>(unit));
    csv += line;
  }
  return csv;
}

void DeleteMembersAbove(store::Database& db, int64_t max_id) {
  store::Transaction tx = db.BeginWrite();
  for (const char* t : {"member_name_token", "member_span", "member_event", "member_record"}) {
    tx.Exec(std::string("DELETE FROM ") + t + " WHERE member_id > ?", {max_id});
  }
  tx.Exec("DELETE FROM member WHERE id > ?", {max_id});
  tx.Commit();
}

int Import(const Args& a) {
  auto db = Open(a);
  SystemClock clock;
  service::Env env{*db, clock};
  const service::Actor op = service::Actor::CliOperator();
  const int64_t rows = a.Int("rows", 100'000);
  int64_t unit = 0, max_id = 0;
  std::string path, established;
  {
    store::Transaction tx = db->BeginRead();
    const auto r = tx.QueryOne(
        "SELECT id, path, established_on FROM org WHERE kind IN ('branch', 'grassroots_branch') "
        "AND established_on <= '1990-01-01' ORDER BY id LIMIT 1");
    if (!r) throw std::runtime_error("no branch established before 1990");
    unit = r->Int(0);
    path = r->Text(1);
    established = r->Text(2);
    max_id = tx.QueryOne("SELECT COALESCE(MAX(id), 0) FROM member")->Int(0);
  }
  const std::string csv = ImportCsv(rows, unit, static_cast<uint64_t>(a.Int("seed", 7)));

  // 1. The whole import: parse, map, validate, check against the registry, write, commit.
  const auto t0 = Timer::now();
  auto res = service::CommitImport(env, op, csv, 0, {}, "bench.csv");
  const auto t1 = Timer::now();
  if (!res.ok()) {
    std::cerr << "import: " << res.error().detail << "\n";
    for (size_t i = 0; i < std::min<size_t>(5, res.error().fields.size()); ++i) {
      std::cerr << "  " << res.error().fields[i].field << ": " << res.error().fields[i].message
                << "\n";
    }
    return 1;
  }
  DeleteMembersAbove(*db, max_id);

  // 2. The write path alone (what the import and the generator share): MemberWriter.
  std::vector<service::MemberInput> inputs;
  {
    auto preview = service::PreviewImport(env, op, csv, 0);
    if (!preview.ok()) return 1;
    for (auto& r : preview->rows) inputs.push_back(r.input);
  }
  const auto t2 = Timer::now();
  int64_t written = 0;
  {
    store::Transaction tx = db->BeginWrite();
    if (a.Has("cache-kib")) tx.ExecuteScript("PRAGMA cache_size=-" + a.Str("cache-kib"));
    service::MemberWriter w(tx, "bench", FormatTimestamp(clock.Now()));
    for (const auto& in : inputs) {
      w.Add(in, service::DeriveMemberRows(in, established), path);
      ++written;
    }
    w.Flush();
    if (a.Has("cache-kib")) tx.ExecuteScript("PRAGMA cache_size=-2000");
    tx.Commit();
  }
  const auto t3 = Timer::now();
  DeleteMembersAbove(*db, max_id);
  nlohmann::json j = {{"what", "import"},
                      {"rows", rows},
                      {"commit_import_ms", Ms(t0, t1)},
                      {"commit_import_rows_per_s", rows / (Ms(t0, t1) / 1000)},
                      {"writer_ms", Ms(t2, t3)},
                      {"writer_rows_per_s", written / (Ms(t2, t3) / 1000)}};
  std::cout << j.dump() << std::endl;
  return 0;
}

std::string UrlEncode(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
      out.push_back(static_cast<char>(c));
    } else {
      char b[4];
      std::snprintf(b, sizeof b, "%%%02X", c);
      out += b;
    }
  }
  return out;
}

int Queries(const Args& a) {
  auto db = Open(a);
  const int64_t count = a.Int("count", 200);
  std::mt19937_64 g(static_cast<uint64_t>(a.Int("seed", 11)));
  store::Transaction tx = db->BeginRead();
  const int64_t max_id = tx.QueryOne("SELECT MAX(id) FROM member")->Int(0);
  const int64_t root =
      tx.QueryOne("SELECT id FROM org WHERE parent_id IS NULL ORDER BY id")->Int(0);
  for (int64_t i = 0; i < count; ++i) {
    const int64_t id = 1 + static_cast<int64_t>(g() % static_cast<uint64_t>(max_id));
    const auto m = tx.QueryOne(
        "SELECT full_name, org_path FROM member WHERE id >= ? ORDER BY id LIMIT 1", {id});
    if (!m) continue;
    const std::string name = m->Text(0);
    const std::string path = m->Text(1);  // "/root/province/district/.../"
    std::vector<std::string> parts;
    for (size_t p = 1, q; (q = path.find('/', p)) != std::string::npos; p = q + 1) {
      parts.push_back(path.substr(p, q - p));
    }
    const std::string province = parts.size() > 1 ? parts[1] : std::to_string(root);
    const std::string district = parts.size() > 2 ? parts[2] : province;
    const std::string grassroots = parts.size() > 3 ? parts[3] : district;
    const std::string folded = text::Fold(name);
    const auto words = text::FoldedWords(name);
    // Family + given name, without diacritics ("nguyen hung").
    const std::string short_q = words.front() + " " + words.back();
    // Classes by the scope a user searches in: a grassroots committee's secretary, a
    // district's or a province's staff, the central level (fewer: they take longest).
    std::cout << "full_grassroots\t/api/members?q=" << UrlEncode(name) << "&org_id=" << grassroots
              << "\n";
    std::cout << "full_district\t/api/members?q=" << UrlEncode(name) << "&org_id=" << district
              << "\n";
    std::cout << "short_district\t/api/members?q=" << UrlEncode(short_q) << "&org_id=" << district
              << "\n";
    std::cout << "full_province\t/api/members?q=" << UrlEncode(folded) << "&org_id=" << province
              << "\n";
    if (i % 5 == 0) std::cout << "full_country\t/api/members?q=" << UrlEncode(name) << "\n";
  }
  return 0;
}

}  // namespace

// The ceiling for bulk loads on this machine: rows shaped like one member file (a
// 35-column member row of ~600 bytes, 3 name tokens, 1.4 spans, 2.7 events), written
// through SQLite's C API with statements prepared once, 64 rows per statement, into
// tables without secondary indexes or foreign keys, journal_mode=OFF, synchronous=OFF.
int Floor(const Args& a) {
  const std::string path = a.Str("db");
  const int64_t members = a.Int("members", 500'000);
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) std::remove((path + ext).c_str());
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return 1;
  auto exec = [&](const std::string& sql) {
    char* err = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string e = err ? err : "?";
      sqlite3_free(err);
      throw std::runtime_error(e + " in " + sql.substr(0, 80));
    }
  };
  exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144");
  std::string member = "CREATE TABLE member (id INTEGER PRIMARY KEY";
  for (int c = 0; c < 34; ++c) member += ", c" + std::to_string(c) + " TEXT";
  exec(member + ")");
  exec("CREATE TABLE token (token TEXT, member_id INTEGER)");
  exec(
      "CREATE TABLE span (member_id INTEGER, valid_from TEXT, valid_to TEXT, org_id INTEGER, "
      "status TEXT)");
  exec(
      "CREATE TABLE event (id INTEGER PRIMARY KEY, member_id INTEGER, kind TEXT, occurred_on "
      "TEXT, org_id INTEGER, detail_json TEXT, recorded_by TEXT, recorded_at TEXT)");
  constexpr int kRows = 64;
  auto prepare = [&](const std::string& head, int cols) {
    std::string sql = head + " VALUES ";
    for (int r = 0; r < kRows; ++r) {
      sql += r ? ",(" : "(";
      for (int c = 0; c < cols; ++c) sql += c ? ",?" : "?";
      sql += ")";
    }
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
      throw std::runtime_error(sqlite3_errmsg(db));
    }
    return st;
  };
  sqlite3_stmt* m = prepare("INSERT INTO member", 35);
  sqlite3_stmt* t = prepare("INSERT INTO token", 2);
  sqlite3_stmt* sp = prepare("INSERT INTO span", 5);
  sqlite3_stmt* ev = prepare(
      "INSERT INTO event (member_id, kind, occurred_on, org_id, "
      "detail_json, recorded_by, recorded_at)",
      7);
  // Column values of realistic lengths (bytes), as the national data set has them.
  const int lengths[34] = {20, 0,  4,  10, 45, 45, 55, 4, 6,  12, 12, 0,  5,  9,  8, 0,  13,
                           22, 10, 25, 45, 10, 8,  10, 9, 12, 0,  8,  15, 74, 20, 1, 24, 24};
  std::vector<std::string> v(34);
  for (int c = 0; c < 34; ++c) v[c] = std::string(static_cast<size_t>(lengths[c]), 'a' + c % 26);
  const std::string detail = R"({"admitting_org":"Chi bộ thôn Đông Hòa","source":"registry"})";
  auto step = [&](sqlite3_stmt* st) {
    if (sqlite3_step(st) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db));
    sqlite3_reset(st);
  };
  const auto t0 = std::chrono::steady_clock::now();
  exec("BEGIN");
  int64_t id = 0;
  int tok = 0, spn = 0, evt = 0;
  int tk = 1, sk = 1, ek = 1;
  for (int64_t b = 0; b < members / kRows; ++b) {
    int k = 1;
    for (int r = 0; r < kRows; ++r) {
      ++id;
      sqlite3_bind_int64(m, k++, id);
      for (int c = 0; c < 34; ++c) {
        if (v[c].empty()) {
          sqlite3_bind_null(m, k++);
        } else {
          sqlite3_bind_text(m, k++, v[c].data(), static_cast<int>(v[c].size()), SQLITE_STATIC);
        }
      }
      // 3.2 tokens, 1.4 spans, 2.7 events per member on average.
      const int tokens = 3 + (id % 5 == 0), spans = 1 + (id % 5 < 2), events = 2 + (id % 10 < 7);
      for (int i = 0; i < tokens; ++i) {
        sqlite3_bind_text(t, tk++, "nguyen", 6, SQLITE_STATIC);
        sqlite3_bind_int64(t, tk++, id);
        if (++tok == kRows) step(t), tok = 0, tk = 1;
      }
      for (int i = 0; i < spans; ++i) {
        sqlite3_bind_int64(sp, sk++, id);
        sqlite3_bind_text(sp, sk++, "1999-05-19", 10, SQLITE_STATIC);
        sqlite3_bind_null(sp, sk++);
        sqlite3_bind_int64(sp, sk++, 12345);
        sqlite3_bind_text(sp, sk++, "official", 8, SQLITE_STATIC);
        if (++spn == kRows) step(sp), spn = 0, sk = 1;
      }
      for (int i = 0; i < events; ++i) {
        sqlite3_bind_int64(ev, ek++, id);
        sqlite3_bind_text(ev, ek++, "admitted", 8, SQLITE_STATIC);
        sqlite3_bind_text(ev, ek++, "1998-05-19", 10, SQLITE_STATIC);
        sqlite3_bind_int64(ev, ek++, 12345);
        sqlite3_bind_text(ev, ek++, detail.data(), static_cast<int>(detail.size()), SQLITE_STATIC);
        sqlite3_bind_text(ev, ek++, "demo:national", 13, SQLITE_STATIC);
        sqlite3_bind_text(ev, ek++, "2026-11-21T01:00:00.000Z", 24, SQLITE_STATIC);
        if (++evt == kRows) step(ev), evt = 0, ek = 1;
      }
    }
    step(m);
  }
  const auto t1 = std::chrono::steady_clock::now();
  exec("COMMIT");
  const auto t2 = std::chrono::steady_clock::now();
  for (sqlite3_stmt* st : {m, t, sp, ev}) sqlite3_finalize(st);
  sqlite3_close(db);
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) std::remove((path + ext).c_str());
  nlohmann::json j = {{"what", "floor"},
                      {"members", id},
                      {"insert_ms", Ms(t0, t1)},
                      {"commit_ms", Ms(t1, t2)},
                      {"members_per_s", id / (Ms(t0, t2) / 1000)},
                      {"rows", "member + token + span + event rows, no indexes"}};
  std::cout << j.dump() << std::endl;
  return 0;
}

// Bump when the generator's output changes without a schema change.
constexpr const char* kGeneratorVersion = "national-1";

int Fingerprint() {
  std::string all = kGeneratorVersion;
  for (const auto& m : store::AllMigrations()) {
    all += "\n" + std::to_string(m.version) + "\n" + m.sql;
  }
  std::cout << Sha256Hex(all).substr(0, 16) << std::endl;
  return 0;
}

int main(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[1]) == "fingerprint") return Fingerprint();
  if (argc < 2) {
    std::cerr
        << "usage: dangbo-bench generate|stocks|import|queries|floor|reports --db PATH [options] | "
           "fingerprint\n";
    return 2;
  }
  const std::string cmd = argv[1];
  const Args a = Parse(argc, argv, 2);
  if (!a.Has("db")) {
    std::cerr << "--db is required\n";
    return 2;
  }
  try {
    if (cmd == "generate") return Generate(a);
    if (cmd == "stocks") return Stocks(a);
    if (cmd == "import") return Import(a);
    if (cmd == "queries") return Queries(a);
    if (cmd == "floor") return Floor(a);
    if (cmd == "reports") return Reports(a);
  } catch (const std::exception& e) {
    std::cerr << cmd << ": " << e.what() << "\n";
    return 1;
  }
  std::cerr << "unknown command " << cmd << "\n";
  return 2;
}
