// Implementation of the dues commands: a branch's sheet of a month and its collection (every
// member not recorded yet pays the amount due), a correction, a member's basis and relief, a
// remittance up the tree, the month's reconciliation and the members in arrears.
#include "cli/commands/dues.h"

#include <iostream>
#include <memory>

#include "cli/cli_util.h"
#include "service/dues/dues.h"
#include "text/text.h"

namespace dangbo::cli {

namespace {

struct DuesOpts {
  long long org = 0, member = 0, amount = -1, paid_delta = 0, extra_delta = 0;
  int year = 0, percent = 100;
  std::string month, on, income, kind = "exemption", reason, from_month, to_month, note;
};

std::string Money(int64_t v) { return text::FormatInt(v) + " đ"; }

int PrintSheet(const Result<service::DuesSheet>& s) {
  if (!s.ok()) return PrintError(s.error());
  std::cout << s->org_name << " — tháng " << s->month << " (" << s->rules_source << ")\n";
  for (const auto& l : s->lines) {
    std::cout << l.member_id << "\t" << l.full_name << "\tphải đóng " << Money(l.due)
              << "\tđã đóng " << Money(l.paid) << (l.extra ? "\tthêm " + Money(l.extra) : "")
              << (l.recorded ? "" : "\tchưa ghi") << "\n";
  }
  std::cout << "Phải thu " << Money(s->due) << "; đã thu " << Money(s->paid) << "; đóng thêm "
            << Money(s->extra) << "; chưa đóng " << s->unpaid << " đảng viên.\n";
  return 0;
}

void AddReads(CLI::App* dues, Runs& runs, DbOption& db, std::shared_ptr<DuesOpts> o) {
  auto* sheet = dues->add_subcommand("sheet", "Sổ thu đảng phí của chi bộ trong tháng");
  sheet->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  sheet->add_option("--org", o->org, "Mã chi bộ")->required();
  sheet->add_option("--month", o->month, "Tháng (NNNN-TT)")->required();
  RunWithServices(runs, sheet, db, [o](const service::Env& env, const service::Actor& op) {
    return PrintSheet(service::GetDuesSheet(env, op, o->org, o->month));
  });
  auto* rec = dues->add_subcommand("reconcile", "Đối chiếu thu, trích giữ lại, nộp cấp trên");
  rec->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  rec->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  rec->add_option("--month", o->month, "Tháng (NNNN-TT)")->required();
  RunWithServices(runs, rec, db, [o](const service::Env& env, const service::Actor& op) {
    auto r = service::DuesReconciliation(env, op, o->org, o->month);
    if (!r.ok()) return PrintError(r.error());
    for (const auto& x : r->rows) {
      std::cout << std::string(static_cast<size_t>(x.depth) * 2, ' ') << x.org_name << "\tthu "
                << Money(x.collected) << "\tnhận " << Money(x.received) << "\tnộp "
                << Money(x.remitted) << " (quy định " << Money(x.expected) << ")\tgiữ lại "
                << Money(x.kept) << "\n";
    }
    std::cout << "Tổng thu " << Money(r->collected) << " = giữ lại " << Money(r->kept)
              << " + nộp lên " << Money(r->remitted_out) << ": "
              << (r->balanced ? "khớp" : "CHƯA KHỚP") << ".\n";
    return r->balanced ? 0 : 3;
  });
  auto* arrears = dues->add_subcommand("arrears", "Đảng viên chưa đóng đảng phí trong năm");
  arrears->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  arrears->add_option("--org", o->org, "Mã tổ chức (cây con)")->required();
  arrears->add_option("--year", o->year, "Năm")->required();
  RunWithServices(runs, arrears, db, [o](const service::Env& env, const service::Actor& op) {
    auto r = service::DuesArrears(env, op, o->org, o->year);
    if (!r.ok()) return PrintError(r.error());
    for (const auto& a : *r) {
      std::cout << a.member_id << "\t" << a.full_name << "\t" << a.org_name << "\t"
                << a.months.size() << " tháng, " << Money(a.amount) << "\tvắng không lý do "
                << a.unexcused_absences << (a.removal_line ? "\tĐẾN MỨC XÓA TÊN" : "") << "\n";
    }
    std::cout << "Tổng số: " << r->size() << " đảng viên.\n";
    return 0;
  });
}

void AddWrites(CLI::App* dues, Runs& runs, DbOption& db, std::shared_ptr<DuesOpts> o) {
  auto* collect = dues->add_subcommand("collect", "Ghi thu cả tháng: ai chưa ghi đóng đủ mức");
  collect->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  collect->add_option("--org", o->org, "Mã chi bộ")->required();
  collect->add_option("--month", o->month, "Tháng (NNNN-TT)")->required();
  collect->add_option("--on", o->on, "Ngày thu (mặc định hôm nay)");
  RunWithServices(runs, collect, db, [o](const service::Env& env, const service::Actor& op) {
    auto sheet = service::GetDuesSheet(env, op, o->org, o->month);
    if (!sheet.ok()) return PrintError(sheet.error());
    service::CollectInput in{o->org, o->month, o->on, {}};
    for (const auto& l : sheet->lines) {
      if (!l.recorded) in.lines.push_back({l.member_id, l.due, 0, "", ""});
    }
    return PrintSheet(service::CollectDues(env, op, in));
  });
  auto* correct = dues->add_subcommand("correct", "Ghi điều chỉnh khoản thu (dòng mới)");
  correct->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  correct->add_option("--org", o->org, "Mã chi bộ")->required();
  correct->add_option("--month", o->month, "Tháng (NNNN-TT)")->required();
  correct->add_option("--member", o->member, "Mã đảng viên")->required();
  correct->add_option("--paid", o->paid_delta, "Số tiền đóng thêm (âm: bớt)");
  correct->add_option("--extra", o->extra_delta, "Số tiền tự nguyện thêm (âm: bớt)");
  correct->add_option("--reason", o->reason, "Lý do")->required();
  RunWithServices(runs, correct, db, [o](const service::Env& env, const service::Actor& op) {
    return PrintSheet(service::CorrectDues(
        env, op, {o->org, o->month, o->member, o->paid_delta, o->extra_delta, o->reason, o->on}));
  });
  auto* basis = dues->add_subcommand("basis", "Ghi mức đóng đảng phí của đảng viên từ một tháng");
  basis->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  basis->add_option("--member", o->member, "Mã đảng viên")->required();
  basis->add_option("--from", o->from_month, "Từ tháng (NNNN-TT)")->required();
  basis->add_option("--income", o->income, "salaried, pensioner, student hoặc other")->required();
  basis->add_option("--amount", o->amount, "Tiền lương đóng BHXH (hoặc lương hưu), đồng");
  RunWithServices(runs, basis, db, [o](const service::Env& env, const service::Actor& op) {
    auto b = service::SetDuesBasis(
        env, op, {o->member, o->from_month, o->income, std::max<long long>(o->amount, 0), o->note});
    if (!b.ok()) return PrintError(b.error());
    std::cout << "Đã ghi mức đóng từ tháng " << b->from_month << " (mã " << b->id << ").\n";
    return 0;
  });
  auto* relief = dues->add_subcommand("relief", "Ghi miễn hoặc giảm đảng phí");
  relief->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  relief->add_option("--member", o->member, "Mã đảng viên")->required();
  relief->add_option("--kind", o->kind, "exemption (miễn) hoặc reduction (giảm)");
  relief->add_option("--reason", o->reason, "party_age, hardship, illness, other")->required();
  relief->add_option("--percent", o->percent, "Mức giảm (%)");
  relief->add_option("--from", o->from_month, "Từ tháng (NNNN-TT)")->required();
  relief->add_option("--to", o->to_month, "Đến tháng (NNNN-TT)");
  RunWithServices(runs, relief, db, [o](const service::Env& env, const service::Actor& op) {
    auto r = service::AddDuesRelief(
        env, op, {o->member, o->kind, o->reason, o->percent, o->from_month, o->to_month, o->note});
    if (!r.ok()) return PrintError(r.error());
    std::cout << "Đã ghi (mã " << r->id << ").\n";
    return 0;
  });
  auto* remit = dues->add_subcommand("remit", "Ghi nộp đảng phí của tháng lên cấp trên");
  remit->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  remit->add_option("--org", o->org, "Mã tổ chức nộp")->required();
  remit->add_option("--month", o->month, "Tháng (NNNN-TT)")->required();
  remit->add_option("--on", o->on, "Ngày nộp (mặc định hôm nay)");
  remit->add_option("--amount", o->amount, "Số tiền (mặc định theo quy định)");
  RunWithServices(runs, remit, db, [o](const service::Env& env, const service::Actor& op) {
    const std::optional<int64_t> amount =
        o->amount >= 0 ? std::optional<int64_t>(o->amount) : std::nullopt;
    auto r = service::RecordRemittance(env, op, {o->org, o->month, o->on, amount, o->note});
    if (!r.ok()) return PrintError(r.error());
    std::cout << "Đã nộp " << Money(r->amount) << " (quy định " << Money(r->expected)
              << ", giữ lại " << r->keep_percent << "%).\n";
    return 0;
  });
}

}  // namespace

std::function<int()> AddDuesCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<DuesOpts>();
  Runs runs;
  auto* dues = app.add_subcommand("dues", "Đảng phí: thu, điều chỉnh, mức đóng, nộp cấp trên");
  dues->require_subcommand(1);
  AddReads(dues, runs, db, o);
  AddWrites(dues, runs, db, o);
  return RunChosen(std::move(runs));
}

}  // namespace dangbo::cli
