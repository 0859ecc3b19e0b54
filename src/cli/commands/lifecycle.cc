// Implementation of the transfer, card and member lifecycle commands.
#include "cli/commands/lifecycle.h"
#include "cli/cli_util.h"

#include <iostream>
#include <memory>

#include "base/date.h"
#include "report/period.h"
#include "service/lifecycle/member_events.h"
#include "service/lifecycle/transfers.h"
#include "service/members/member_spans.h"
#include "service/members/members.h"
#include "store/migrate.h"

namespace dangbo::cli {

namespace {

// Options of every command, kept alive for the parser.
struct Opts {
  long long id = 0, event_id = 0, org = 0, member = 0;
  std::string effective_on, decision_no, decision_date, note;
  std::string letter_no, letter_date, unit;
  std::string purpose, until, reason, reason_text, card_no, vote_on, returned_on, on;
  std::string side, kind, state;
  std::string json_file = "-";
  bool confirm_now = false;

  service::Decision decision() const { return {effective_on, decision_no, decision_date}; }
  service::EventInput event() const { return {decision(), note}; }
  service::TransferLetter letter() const { return {letter_no, letter_date}; }
};

void AddDecision(CLI::App* cmd, Opts& o, bool decision_required) {
  cmd->add_option("--effective-on", o.effective_on, "Ngày hiệu lực YYYY-MM-DD")->required();
  auto* no = cmd->add_option("--decision-no", o.decision_no, "Số quyết định, ví dụ 12-QĐ/ĐUK");
  if (decision_required) no->required();
  cmd->add_option("--decision-date", o.decision_date, "Ngày quyết định YYYY-MM-DD");
  cmd->add_option("--note", o.note, "Ghi chú");
}

void AddLetter(CLI::App* cmd, Opts& o) {
  cmd->add_option("--letter-no", o.letter_no, "Số giấy giới thiệu sinh hoạt đảng");
  cmd->add_option("--letter-date", o.letter_date, "Ngày giấy giới thiệu YYYY-MM-DD");
}

void PrintTransfer(const service::Transfer& t) {
  std::cout << t.id << "\t" << service::TransferKindLabel(t.kind) << "\t" << t.member_name
            << " (mã " << t.member_id << ")\t"
            << (t.from_org_name.empty() ? t.external_unit : t.from_org_name) << " → "
            << (t.to_org_name.empty() ? t.external_unit : t.to_org_name) << "\t"
            << Date::Parse(t.effective_on)->Vietnamese()
            << (t.until_on.empty() ? "" : " – " + Date::Parse(t.until_on)->Vietnamese()) << "\t"
            << service::TransferStateLabel(t.state) << (t.expired ? " (quá hạn)" : "") << "\n";
}

int TransferDone(const Result<service::Transfer>& t, const std::string& what) {
  if (!t.ok()) return PrintError(t.error());
  std::cout << what << ": " << service::TransferKindLabel(t->kind) << " mã " << t->id << ", "
            << t->member_name << " (mã đảng viên " << t->member_id << "), trạng thái “"
            << service::TransferStateLabel(t->state) << "”.\n";
  return 0;
}

int EventDone(const Result<service::LifecycleResult>& r, const std::string& what) {
  if (!r.ok()) return PrintError(r.error());
  std::cout << what << " “" << service::MemberEventKindLabel(r->kind) << "” (sự kiện mã "
            << r->event_id << "): đảng viên mã " << r->member_id << " nay “"
            << service::StatusLabel(r->status) << "”"
            << (r->card_no.empty() ? "" : ", thẻ số " + r->card_no) << ".\n";
  return 0;
}

void AddTransferCommands(CLI::App& app, DbOption& db, const std::shared_ptr<Opts>& o,
                         const std::function<void(CLI::App*)>& add_db, Runs& runs) {
  auto* transfer = app.add_subcommand("transfer", "Chuyển sinh hoạt đảng");
  transfer->require_subcommand(1);

  auto* out = transfer->add_subcommand("out", "Chuyển sinh hoạt đảng chính thức ra ngoài");
  add_db(out);
  out->add_option("member", o->id, "Mã đảng viên")->required();
  out->add_option("--to-unit", o->unit, "Nơi chuyển đến, ví dụ “Đảng bộ tỉnh Lâm Đồng”")
      ->required();
  AddDecision(out, *o, false);
  AddLetter(out, *o);
  RunWithServices(runs, out, db, [o](const service::Env& env, const service::Actor& op) {
    return TransferDone(
        service::TransferOut(env, op, o->id, {o->decision(), o->unit, o->letter(), o->note}),
        "Đã chuyển đi");
  });

  auto* in = transfer->add_subcommand(
      "in", "Tiếp nhận đảng viên từ ngoài Đảng bộ: hồ sơ từ tệp JSON (như API thêm đảng viên)");
  add_db(in);
  in->add_option("file", o->json_file, "Tệp JSON, hoặc - để đọc từ đầu vào chuẩn");
  in->add_option("--from-unit", o->unit, "Nơi chuyển từ")->required();
  AddDecision(in, *o, false);
  AddLetter(in, *o);
  runs.emplace_back(in, [o, &db] {
    auto member = ReadMemberFile(o->json_file);
    if (!member.ok()) return PrintError(member.error());
    return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
      return TransferDone(
          service::TransferIn(env, op, {*member, o->decision(), o->unit, o->letter(), o->note}),
          "Đã tiếp nhận");
    });
  });

  auto* internal = transfer->add_subcommand(
      "internal", "Chuyển sinh hoạt sang chi bộ khác trong Đảng bộ (chờ chi bộ nhận xác nhận)");
  add_db(internal);
  internal->add_option("member", o->id, "Mã đảng viên")->required();
  internal->add_option("--to", o->org, "Mã chi bộ nhận")->required();
  internal->add_flag("--confirm-now", o->confirm_now, "Xác nhận ngay (có quyền ở cả hai nơi)");
  AddDecision(internal, *o, false);
  AddLetter(internal, *o);
  RunWithServices(runs, internal, db, [o](const service::Env& env, const service::Actor& op) {
    return TransferDone(
        service::CreateInternalTransfer(
            env, op, o->id, {o->org, o->decision(), o->letter(), o->note, o->confirm_now}),
        "Đã lập");
  });

  auto* temp = transfer->add_subcommand(
      "temporary", "Chuyển sinh hoạt tạm thời (công tác dưới 12 tháng, học đến 24 tháng)");
  add_db(temp);
  temp->add_option("member", o->id, "Mã đảng viên")->required();
  temp->add_option("--purpose", o->purpose, "work (công tác, cư trú) hoặc study (học)")->required();
  temp->add_option("--until", o->until, "Ngày dự kiến trở về YYYY-MM-DD")->required();
  temp->add_option("--to", o->org, "Mã chi bộ nơi đến (trong Đảng bộ)");
  temp->add_option("--to-unit", o->unit, "Hoặc: đơn vị nơi đến ngoài Đảng bộ");
  temp->add_flag("--confirm-now", o->confirm_now, "Xác nhận ngay (có quyền ở cả hai nơi)");
  AddDecision(temp, *o, false);
  AddLetter(temp, *o);
  RunWithServices(runs, temp, db, [o](const service::Env& env, const service::Actor& op) {
    return TransferDone(
        service::CreateTemporaryTransfer(env, op, o->id,
                                         {o->purpose, o->decision(), o->until, o->org, o->unit,
                                          o->letter(), o->note, o->confirm_now}),
        "Đã lập");
  });

  auto* confirm = transfer->add_subcommand("confirm", "Chi bộ nhận xác nhận việc chuyển");
  add_db(confirm);
  confirm->add_option("transfer", o->id, "Mã việc chuyển sinh hoạt")->required();
  confirm->add_option("--note", o->note, "Ghi chú");
  RunWithServices(runs, confirm, db, [o](const service::Env& env, const service::Actor& op) {
    return TransferDone(service::ConfirmTransfer(env, op, o->id, o->note), "Đã xác nhận");
  });

  auto* cancel = transfer->add_subcommand("cancel", "Hủy việc chuyển đang chờ xác nhận");
  add_db(cancel);
  cancel->add_option("transfer", o->id, "Mã việc chuyển sinh hoạt")->required();
  cancel->add_option("--reason", o->reason, "Lý do hủy")->required();
  RunWithServices(runs, cancel, db, [o](const service::Env& env, const service::Actor& op) {
    return TransferDone(service::CancelTransfer(env, op, o->id, o->reason), "Đã hủy");
  });

  auto* ret = transfer->add_subcommand("return", "Ghi nhận trở về sau sinh hoạt tạm thời");
  add_db(ret);
  ret->add_option("transfer", o->id, "Mã việc chuyển sinh hoạt tạm thời")->required();
  ret->add_option("--returned-on", o->returned_on, "Ngày trở về YYYY-MM-DD")->required();
  ret->add_option("--note", o->note, "Ghi chú");
  RunWithServices(runs, ret, db, [o](const service::Env& env, const service::Actor& op) {
    return TransferDone(service::ReturnFromTemporary(env, op, o->id, o->returned_on, o->note),
                        "Đã ghi nhận trở về");
  });

  auto* list = transfer->add_subcommand("list", "Danh sách việc chuyển sinh hoạt của một cây con");
  add_db(list);
  list->add_option("--org", o->org, "Mã tổ chức (mặc định: toàn bộ)");
  list->add_option("--side", o->side, "incoming (đến) hoặc outgoing (đi)");
  list->add_option("--kind", o->kind, "out, in, internal hoặc temporary");
  list->add_option("--state", o->state, "pending, confirmed, returned, cancelled, voided");
  list->add_option("--member", o->member, "Mã đảng viên");
  RunWithServices(runs, list, db, [o](const service::Env& env, const service::Actor& op) {
    service::TransferQuery q{o->org, o->side, o->kind, o->state, o->member};
    auto items = service::ListTransfers(env, op, q);
    if (!items.ok()) return PrintError(items.error());
    for (const auto& t : *items) PrintTransfer(t);
    std::cout << items->size() << " việc chuyển sinh hoạt.\n";
    return 0;
  });

  auto* hosted = transfer->add_subcommand(
      "hosted", "Đảng viên đang sinh hoạt tạm thời tại một cây con (theo hạn trở về)");
  add_db(hosted);
  hosted->add_option("--org", o->org, "Mã tổ chức")->required();
  RunWithServices(runs, hosted, db, [o](const service::Env& env, const service::Actor& op) {
    auto items = service::ListHostedTemporary(env, op, o->org);
    if (!items.ok()) return PrintError(items.error());
    for (const auto& t : *items) PrintTransfer(t);
    std::cout << items->size() << " đảng viên sinh hoạt tạm thời.\n";
    return 0;
  });
}

void AddCardCommands(CLI::App& app, DbOption& db, const std::shared_ptr<Opts>& o,
                     const std::function<void(CLI::App*)>& add_db, Runs& runs) {
  auto* card = app.add_subcommand("card", "Thẻ đảng viên");
  card->require_subcommand(1);
  auto* issue = card->add_subcommand("issue", "Cấp thẻ đảng viên (đảng viên chính thức)");
  add_db(issue);
  issue->add_option("member", o->id, "Mã đảng viên")->required();
  issue->add_option("--card-no", o->card_no, "Số thẻ")->required();
  AddDecision(issue, *o, false);
  RunWithServices(runs, issue, db, [o](const service::Env& env, const service::Actor& op) {
    return EventDone(service::IssueCard(env, op, o->id, {o->event(), o->card_no}), "Đã ghi nhận");
  });
  auto* reissue = card->add_subcommand("reissue", "Cấp lại thẻ đảng viên (mất, hỏng)");
  add_db(reissue);
  reissue->add_option("member", o->id, "Mã đảng viên")->required();
  reissue->add_option("--card-no", o->card_no, "Số thẻ mới (bỏ trống: giữ số cũ)");
  reissue->add_option("--reason", o->reason, "lost (mất), damaged (hỏng) hoặc other")->required();
  reissue->add_option("--reason-text", o->reason_text, "Lý do cụ thể (bắt buộc với other)");
  AddDecision(reissue, *o, false);
  RunWithServices(runs, reissue, db, [o](const service::Env& env, const service::Actor& op) {
    return EventDone(
        service::ReissueCard(env, op, o->id, {o->event(), o->card_no, o->reason, o->reason_text}),
        "Đã ghi nhận");
  });
}

void AddMemberCommands(CLI::App& app, DbOption& db, const std::shared_ptr<Opts>& o,
                       const std::function<void(CLI::App*)>& add_db, Runs& runs) {
  CLI::App* member = SharedSubcommand(app, "member", "Hồ sơ đảng viên");
  using EventFn =
      std::function<Result<service::LifecycleResult>(const service::Env&, const service::Actor&)>;
  auto add = [&](const char* name, const char* help, bool decision_required) {
    auto* cmd = member->add_subcommand(name, help);
    add_db(cmd);
    cmd->add_option("id", o->id, "Mã đảng viên")->required();
    AddDecision(cmd, *o, decision_required);
    return cmd;
  };
  auto run = [&](CLI::App* cmd, EventFn fn) {
    runs.emplace_back(cmd, [fn, &db] {
      return WithServices(db, [&](const service::Env& env, const service::Actor& op) {
        return EventDone(fn(env, op), "Đã ghi nhận");
      });
    });
  };

  auto* exempt = add("exempt", "Miễn công tác và sinh hoạt đảng", true);
  exempt->add_option("--reason", o->reason, "Lý do")->required();
  run(exempt, [o](const service::Env& env, const service::Actor& op) {
    return service::ExemptMember(env, op, o->id, {o->event(), o->reason});
  });
  run(add("unexempt", "Thôi miễn công tác và sinh hoạt đảng", false),
      [o](const service::Env& env, const service::Actor& op) {
        return service::EndExemption(env, op, o->id, o->event());
      });
  auto* remove = add("remove", "Xóa tên đảng viên", true);
  remove
      ->add_option("--reason", o->reason,
                   "skipped_meetings_or_dues, returned_card, no_progress_after_counselling, "
                   "failed_standards_two_years hoặc other")
      ->required();
  remove->add_option("--reason-text", o->reason_text, "Lý do cụ thể (bắt buộc với other)");
  run(remove, [o](const service::Env& env, const service::Actor& op) {
    return service::RemoveMember(env, op, o->id, {o->event(), o->reason, o->reason_text});
  });
  run(add("expel", "Khai trừ khỏi Đảng", true),
      [o](const service::Env& env, const service::Actor& op) {
        return service::ExpelMember(env, op, o->id, o->event());
      });
  run(add("leave", "Ra khỏi Đảng (xin ra khỏi Đảng)", true),
      [o](const service::Env& env, const service::Actor& op) {
        return service::MemberLeaves(env, op, o->id, o->event());
      });
  run(add("die", "Từ trần", false), [o](const service::Env& env, const service::Actor& op) {
    return service::MemberDied(env, op, o->id, o->event());
  });
  auto* readmit = add("readmit", "Kết nạp lại (sau ít nhất 36 tháng, một lần)", true);
  readmit->add_option("--vote-on", o->vote_on, "Ngày chi bộ xét (mặc định: ngày hiệu lực)");
  readmit->add_option("--org", o->org, "Mã chi bộ (mặc định: chi bộ cũ)");
  run(readmit, [o](const service::Env& env, const service::Actor& op) {
    return service::ReadmitMember(env, op, o->id, {o->event(), o->vote_on, o->org});
  });

  auto* void_event = member->add_subcommand(
      "void-event", "Hủy sự kiện gần nhất của đảng viên (nhập nhầm), có lý do");
  add_db(void_event);
  void_event->add_option("id", o->id, "Mã đảng viên")->required();
  void_event->add_option("event", o->event_id, "Mã sự kiện")->required();
  void_event->add_option("--reason", o->reason, "Lý do hủy")->required();
  RunWithServices(runs, void_event, db, [o](const service::Env& env, const service::Actor& op) {
    return EventDone(service::VoidMemberEvent(env, op, o->id, o->event_id, o->reason),
                     "Đã hủy sự kiện");
  });

  auto* age = member->add_subcommand("party-age",
                                     "Tuổi đảng vào một ngày (trừ thời gian gián "
                                     "đoạn)");
  add_db(age);
  age->add_option("id", o->id, "Mã đảng viên")->required();
  age->add_option("--on", o->on, "Ngày YYYY-MM-DD (mặc định hôm nay)");
  RunWithServices(runs, age, db, [o](const service::Env& env, const service::Actor& op) {
    auto on = report::ParseDateParam("--on", o->on, service::Today(env));
    if (!on.ok()) return PrintError(on.error());
    auto a = service::PartyAgeOf(env, op, o->id, *on);
    if (!a.ok()) return PrintError(a.error());
    std::cout << "Tuổi đảng ngày " << on->Vietnamese() << ": " << a->years << " năm " << a->months
              << " tháng " << a->days << " ngày (" << a->counted_days << " ngày được tính).\n";
    return 0;
  });
}

}  // namespace

std::function<int()> AddLifecycleCommands(CLI::App& app, DbOption& db) {
  auto o = std::make_shared<Opts>();
  const std::function<void(CLI::App*)> add_db = [&db](CLI::App* cmd) {
    cmd->add_option("--db", db.url, "Cơ sở dữ liệu: tệp SQLite hoặc URL postgresql://");
  };
  auto runs = std::make_shared<Runs>();
  AddTransferCommands(app, db, o, add_db, *runs);
  AddCardCommands(app, db, o, add_db, *runs);
  AddMemberCommands(app, db, o, add_db, *runs);
  return [runs] {
    for (const auto& [cmd, fn] : *runs) {
      if (*cmd) return fn();
    }
    return -1;
  };
}

}  // namespace dangbo::cli
