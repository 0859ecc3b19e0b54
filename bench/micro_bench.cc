// Micro-benchmarks of the pieces of the member write path (Google Benchmark):
// the derivation of a file's rows (folding, ICU sort key, tokens, events) and the writer
// on an in-memory SQLite database.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <optional>

#include "base/clock.h"
#include "service/members/member_writer.h"
#include "service/members/members.h"
#include "service/orgs/orgs.h"
#include "store/database.h"
#include "store/migrate.h"
#include "text/text.h"

namespace {

using namespace dangbo;

service::MemberInput Sample(int i) {
  service::MemberInput m;
  m.org_id = 0;
  static const char* kNames[] = {"Nguyễn Văn Hùng", "Trần Thị Thu Hương", "Lê Đức Anh",
                                 "Phạm Minh Tuấn", "Hoàng Thị Lan"};
  m.full_name = kNames[i % 5];
  m.sex = i % 2 ? "female" : "male";
  m.birth_date = "1975-04-12";
  m.birth_place = "xã Tân Phú, huyện Yên Lạc, tỉnh Vĩnh Phúc";
  m.home_town = m.birth_place;
  m.residence = "thôn Đông Hòa, xã Tân Phú, huyện Yên Lạc, tỉnh Vĩnh Phúc";
  m.ethnicity = "Kinh";
  m.religion = "Không";
  m.national_id = "026075" + std::to_string(100000 + i);
  m.occupation = "Công chức";
  m.general_education = "12/12";
  m.professional_level = "Đại học";
  m.theory_level = "trung_cap";
  m.admitted_on = "1998-05-19";
  m.admitting_org = "Chi bộ thôn Đông Hòa";
  m.introducers = "Nguyễn Văn An, Trần Thị Bình";
  m.official_on = "1999-05-19";
  m.card_no = std::to_string(10000000 + i);
  m.card_issued_on = "1999-09-02";
  m.record_no = "26" + std::to_string(1000000 + i);
  return m;
}

void BM_NameSortKey(benchmark::State& state) {
  int i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(text::NameSortKey(Sample(i++).full_name));
  }
}
BENCHMARK(BM_NameSortKey);

void BM_Fold(benchmark::State& state) {
  const std::string name = "Trần Thị Thu Hương";
  for (auto _ : state) benchmark::DoNotOptimize(text::Fold(name));
}
BENCHMARK(BM_Fold);

void BM_DeriveMemberRows(benchmark::State& state) {
  const service::MemberInput in = Sample(1);
  for (auto _ : state) benchmark::DoNotOptimize(service::DeriveMemberRows(in, "1990-01-01"));
}
BENCHMARK(BM_DeriveMemberRows);

// MemberWriter on a fresh SQLite file with every index, range(0) members per batch
// (1 = row at a time); one commit per 20,000 members. Rows derived once, outside the loop.
void BM_MemberWriter(benchmark::State& state) {
  const std::string path = "/tmp/dangbo-microbench-" + std::to_string(::getpid()) + ".db";
  std::remove(path.c_str());
  auto db = store::Database::Open(path);
  store::Migrate(*db);
  SystemClock clock;
  service::Env env{*db, clock};
  const auto op = service::Actor::CliOperator();
  auto root = service::CreateOrg(env, op, {std::nullopt, "superior_committee", "Gốc"});
  auto unit = service::CreateOrg(env, op, {root->id, "grassroots_branch", "Chi bộ"});
  std::vector<service::MemberInput> inputs;
  std::vector<service::MemberRows> rows;
  for (int i = 0; i < 1000; ++i) {
    inputs.push_back(Sample(i));
    inputs.back().org_id = unit->id;
    inputs.back().card_no.clear();
    inputs.back().record_no.clear();
    rows.push_back(service::DeriveMemberRows(inputs.back(), unit->established_on));
  }
  service::MemberWriterOptions o;
  o.batch_members = static_cast<size_t>(state.range(0));
  std::optional<store::Transaction> tx(db->BeginWrite());
  std::optional<service::MemberWriter> w;
  w.emplace(*tx, "bench", "2025-01-01T00:00:00.000Z", o);
  int64_t n = 0;
  for (auto _ : state) {
    w->Add(inputs[n % 1000], rows[n % 1000], unit->path);
    if (++n % 20000 == 0) {
      w->Flush();
      w.reset();
      tx->Commit();
      tx.emplace(db->BeginWrite());
      w.emplace(*tx, "bench", "2025-01-01T00:00:00.000Z", o);
    }
  }
  w->Flush();
  w.reset();
  tx->Commit();
  state.SetItemsProcessed(state.iterations());
  db.reset();
  for (const char* ext : {"", "-wal", "-shm"}) std::remove((path + ext).c_str());
}
BENCHMARK(BM_MemberWriter)->Arg(1)->Arg(16)->Arg(256)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
