// SPDX-License-Identifier: GPL-3.0-or-later
// campaign-pilot queue list|approve|reject|snooze|retry|mark-applied|send-again: the decision queue for
// headless teams and scripts. Every decision goes through the window's own
// code (agents/approval.h, agents/snoozes.h): the same rules, guardrails and
// audit entries; nothing here decides anything of its own.
#include "commands.h"
#include "cliio.h"

#include "agents/approval.h"
#include "agents/rules/rules.h"
#include "agents/snoozes.h"
#include "models/clock.h"
#include "models/database.h"
#include "models/auditmodel.h"
#include "models/decisionstore.h"
#include "models/teamroles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>
#include <algorithm>

namespace cp {

namespace {

// The queue's exit codes (--help and the README list them).
enum Exit { Done = 0, Failed = 1, BadArguments = 2, UnknownId = 3, AlreadyDecided = 4, NotPermitted = 5 };

int exitFor(Approval::Refusal refusal)
{
    switch (refusal) {
    case Approval::Refusal::Unknown: return UnknownId;
    case Approval::Refusal::AlreadyDecided: return AlreadyDecided;
    case Approval::Refusal::NotPermitted: return NotPermitted;
    }
    return Failed;
}

// YYYY-MM-DD: that day's start in local time; or a date and time (local
// unless it names its offset). Invalid when it is neither.
// YYYY-MM-DD (its start) or YYYY-MM-DDTHH:MM[:SS], this computer's time;
// nothing else. (QDate::fromString(ISODate) takes "2026-12-08T10:00" and
// "2026-12-08garbage" as the date alone: the time was dropped.)
QDateTime parseUntil(const QString &text)
{
    static const QRegularExpression dayOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dayAndTime(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)$"));
    const QString t = text.trimmed();
    if (dayOnly.match(t).hasMatch()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        return day.isValid() ? day.startOfDay() : QDateTime();
    }
    if (const auto m = dayAndTime.match(t); m.hasMatch()) {
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        const QTime time = QTime::fromString(m.captured(2), m.captured(2).size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        return day.isValid() && time.isValid() ? QDateTime(day, time) : QDateTime();
    }
    return {};
}

QString target(const Recommendation &r)
{
    return r.campaignId.isEmpty() ? CommandLine::tr("product %1").arg(r.productId) : CommandLine::tr("campaign %1").arg(r.campaignId);
}

// How many approvals it needs: a decided one as many as it got (at least
// one); a pending one as the policy says, and always one more than it has.
int approvalsShownNeeded(const Recommendation &r, const Policy &policy)
{
    const int given = int(r.approvedBy.size());
    if (r.status != u"pending")
        return std::max(1, given);
    return std::max(Rules::approvalsNeeded(r, policy).count, given + 1);
}

QJsonValue money(const std::optional<Money> &m) { return m ? QJsonValue(m->toString()) : QJsonValue(); }
QJsonValue isoTime(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(); }

// One recommendation as `queue list --json` prints it. The keys are always
// all there (null when a value is absent), so that scripts can rely on them.
QJsonObject toJson(const Recommendation &r, const QDateTime &snoozedUntil, const Policy &policy, const QString &currency)
{
    // Four-eyes (issue 18): who approved so far and how many approvals it
    // needs (a pending one with one approval waits for a second operator).
    QJsonArray approvals;
    for (const QString &by : r.approvedBy)
        approvals.append(by);
    const int needed = approvalsShownNeeded(r, policy);
    const QJsonValue impact = r.inputs.value(QStringLiteral("expected_impact_per_day"));
    return QJsonObject{{QStringLiteral("id"), double(r.id)},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("decision"), r.decision},
                       {QStringLiteral("action"), Recommendation::actionKey(r.action)},
                       {QStringLiteral("campaign_id"), r.campaignId.isEmpty() ? QJsonValue() : QJsonValue(r.campaignId)},
                       {QStringLiteral("product_id"), r.productId.isEmpty() ? QJsonValue() : QJsonValue(r.productId)},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("proposed_budget"), money(r.proposedBudget)},
                       {QStringLiteral("previous_budget"), money(r.previousBudget)},
                       {QStringLiteral("expected_impact_per_day"), impact.isUndefined() ? QJsonValue() : impact},
                       {QStringLiteral("risk"), jsonRisk(r.risk)},
                       {QStringLiteral("created_at"), isoTime(r.createdAt)},
                       {QStringLiteral("expires_at"), isoTime(r.expiresAt)},
                       {QStringLiteral("decided_by"), r.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(r.decidedBy)},
                       {QStringLiteral("decided_at"), isoTime(r.decidedAt)},
                       {QStringLiteral("snoozed_until"), isoTime(snoozedUntil)},
                       {QStringLiteral("approvals"), approvals},
                       {QStringLiteral("approvals_needed"), needed},
                       // An approved action's send (approved, sending, done,
                       // failed, unknown) and why it failed: a headless team
                       // saw "approved" for a pause whose send had failed.
                       {QStringLiteral("send_state"), r.sendState.isEmpty() ? QJsonValue() : QJsonValue(r.sendState)},
                       {QStringLiteral("send_error"), r.sendError.isEmpty() ? QJsonValue() : QJsonValue(r.sendError)},
                       // The amounts' currency (the budgets are decimal text in it).
                       {QStringLiteral("currency"), currency.isEmpty() ? QJsonValue() : QJsonValue(currency)}};
}

int list(const CommandLine &cl, DecisionStore &store, const Workspace &workspace, const Policy &policy)
{
    auto all = store.list();
    if (!all) {
        err() << CommandLine::tr("error: %1").arg(all.error().toString()) << Qt::endl;
        return Failed;
    }
    QHash<qint64, QDateTime> snoozed = Snoozes::load(workspace.id);
    Snoozes::dropEnded(snoozed, Clock::now());
    // A snoozed judgement a later cycle superseded with the same one stays snoozed.
    if (Snoozes::carry(workspace.id, snoozed, *all))
        Snoozes::save(workspace.id, snoozed, *all);
    QList<Recommendation> shown;
    for (const Recommendation &r : *all)
        if (cl.all || (r.status == u"pending" && !snoozed.contains(r.id)))
            shown << r;
    std::sort(shown.begin(), shown.end(), [](const Recommendation &a, const Recommendation &b) { return a.id < b.id; });
    if (cl.json) {
        QJsonArray array;
        for (const Recommendation &r : std::as_const(shown))
            array.append(toJson(r, snoozed.value(r.id), policy, workspace.currency));
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Done;
    }
    if (shown.isEmpty())
        out() << (cl.all ? CommandLine::tr("No recommendation yet.") : CommandLine::tr("No recommendation waits for a decision."))
              << Qt::endl;
    else
        out() << (cl.all ? CommandLine::tr("%n recommendation(s):", nullptr, int(shown.size()))
                         : CommandLine::tr("%n recommendation(s) wait for a decision:", nullptr, int(shown.size())))
              << Qt::endl;
    if (!cl.all && !shown.isEmpty()) {
        // The window's Decisions tab counts those that spend or stop money;
        // the rest (MONITOR: nothing to send) wait to be seen. Both said, so
        // that the two counts read the same.
        const auto acting = std::count_if(shown.cbegin(), shown.cend(), [](const Recommendation &r) { return r.spendsOrStopsMoney(); });
        if (acting < shown.size())
            out() << CommandLine::tr("  %n of them spend or stop money (the window's Decisions count);", nullptr, int(acting)) << ' '
                  << CommandLine::tr("%n only watch (nothing to send)", nullptr, int(shown.size() - acting)) << Qt::endl;
    }
    for (const Recommendation &r : std::as_const(shown)) {
        QString budget;
        if (r.proposedBudget)
            budget = r.previousBudget ? CommandLine::tr(", budget %1 → %2").arg(r.previousBudget->toString(), r.proposedBudget->toString())
                                      : CommandLine::tr(", budget %1").arg(r.proposedBudget->toString());
        QString state = r.status;
        if (r.awaitsSecondApproval())
            state = CommandLine::tr("%1, %2 of %3 approvals (by %4)")
                        .arg(r.status)
                        .arg(r.approvedBy.size())
                        .arg(approvalsShownNeeded(r, policy))
                        .arg(r.approvedBy.join(QStringLiteral(", ")));
        if (r.sendState == u"failed" || r.sendState == u"unknown")
            state = CommandLine::tr("%1, send %2: %3").arg(state, r.sendState, r.sendError);
        else if (!r.sendState.isEmpty())   // --all: where an approved one's send stands (done, sending, waiting)
            state = CommandLine::tr("%1, send %2").arg(state, r.sendState == u"approved" ? CommandLine::tr("waiting") : r.sendState);
        if (snoozed.contains(r.id))
            state = CommandLine::tr("%1, snoozed until %2").arg(state, QLocale().toString(snoozed.value(r.id).toLocalTime(), QLocale::ShortFormat));
        out() << CommandLine::tr("#%1 [%2] %3 %4 %5%6: %7")
                     .arg(r.id)
                     .arg(state, r.decision, Recommendation::actionKey(r.action), target(r), budget, r.title)
              << Qt::endl;
    }
    return Done;
}

int approve(const CommandLine &cl, DecisionStore &store, const Policy &policy, const QString &op)
{
    int code = Done;
    for (qint64 id : cl.ids) {
        auto approved = Approval::approve(store, id, op, policy);
        if (!approved) {
            err() << CommandLine::tr("error: %1").arg(approved.error().toString()) << Qt::endl;
            if (code == Done)
                code = exitFor(Approval::refusalOf(store, id));
            continue;
        }
        if (approved->awaitsSecondApproval()) {
            // Four-eyes: recorded, not approved yet; nothing is queued to send.
            out() << CommandLine::tr("#%1: approval recorded for %2; %3. Nothing is sent until then.")
                         .arg(id)
                         .arg(op, Approval::waitingNote(*approved, policy))
                  << Qt::endl;
            continue;
        }
        out() << CommandLine::tr("#%1 approved by %2: %3 %4; queued to send (campaign-pilot send --approved sends it)")
                     .arg(id)
                     .arg(op, Recommendation::actionKey(approved->action), target(*approved))
              << Qt::endl;
    }
    return code;
}

int reject(const CommandLine &cl, DecisionStore &store, const QString &op)
{
    const qint64 id = cl.ids.first();
    if (Status s = Approval::reject(store, id, op, cl.reason.trimmed()); !s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        return exitFor(Approval::refusalOf(store, id));
    }
    out() << CommandLine::tr("#%1 rejected by %2: %3").arg(id).arg(op, cl.reason.trimmed()) << Qt::endl;
    return Done;
}

// retry (a failed send), mark-applied and send-again (an unknown one): what
// the window's Decisions pane offers for a send that needs a person, for a
// headless team (a walkthrough's station could not settle one without the
// window). The same store calls, rules and audit as the window's.
int settle(const CommandLine &cl, DecisionStore &store, const QString &op)
{
    const qint64 id = cl.ids.first();
    auto rec = store.get(id);
    if (!rec) {
        err() << CommandLine::tr("error: %1").arg(rec.error().toString()) << Qt::endl;
        return exitFor(Approval::refusalOf(store, id));
    }
    const bool retry = cl.subcommand == u"retry";
    const QString needed = retry ? QStringLiteral("failed") : QStringLiteral("unknown");
    if (rec->outboxId <= 0) {   // never approved: nothing decided, nothing to send
        err() << CommandLine::tr("error: queue %1: #%2 is %3: nothing of it was sent; approve it first (queue approve)")
                     .arg(cl.subcommand)
                     .arg(id)
                     .arg(rec->status)
              << Qt::endl;
        return NotPermitted;
    }
    if (rec->sendState != needed) {
        // Who moved it last and when (the help promises both for exit 4),
        // in the audit pane's words.
        QString last;
        if (auto entry = store.lastAuditOf(id); entry && *entry)
            last = CommandLine::tr(" (last: %1, at %2)")
                       .arg(AuditModel().sentence(**entry), (*entry)->at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        err() << CommandLine::tr("error: queue %1: #%2's send is %3, not %4%5")
                     .arg(cl.subcommand)
                     .arg(id)
                     .arg(rec->sendState, needed, last)
              << Qt::endl;
        return AlreadyDecided;
    }
    const Status s = retry ? store.retry(rec->outboxId, op)
                     : cl.subcommand == u"mark-applied" ? store.markApplied(rec->outboxId, op)
                                                        : store.sendAgain(rec->outboxId, op);
    if (!s) {
        err() << CommandLine::tr("error: %1").arg(s.error().toString()) << Qt::endl;
        // The store's rules (a newer action approved since, a spend on
        // expired evidence) refuse; anything else is a failure.
        return s.error().refused ? NotPermitted : Failed;
    }
    if (cl.subcommand == u"mark-applied")
        out() << CommandLine::tr("#%1: %2 found %3 %4 applied on the platform; its send is done").arg(id).arg(op, Recommendation::actionKey(rec->action), target(*rec))
              << Qt::endl;
    else
        out() << CommandLine::tr("#%1: %2 %3 the send of %4 %5; campaign-pilot send --approved sends it (it reads the platform "
                                 "first, and confirms what is applied already)")
                     .arg(id)
                     .arg(op, retry ? CommandLine::tr("retried") : CommandLine::tr("approved again"), Recommendation::actionKey(rec->action),
                          target(*rec))
              << Qt::endl;
    return Done;
}

int snooze(const CommandLine &cl, DecisionStore &store, const Workspace &workspace)
{
    const qint64 id = cl.ids.first();
    const QDateTime until = parseUntil(cl.until);
    if (!until.isValid()) {
        err() << CommandLine::tr("error: --until: \"%1\" is not a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM)").arg(cl.until)
              << Qt::endl;
        return BadArguments;
    }
    const QDateTime now = Clock::now();
    if (until <= now) {
        err() << CommandLine::tr("error: --until: %1 has passed; a snooze ends later than now")
                     .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
              << Qt::endl;
        return BadArguments;
    }
    auto rec = store.get(id);
    if (!rec) {
        err() << CommandLine::tr("error: %1").arg(rec.error().toString()) << Qt::endl;
        return exitFor(Approval::refusalOf(store, id));
    }
    // The window's rule (only a pending one; agents/snoozes.h), and who decided it when it is decided.
    if (Status s = Snoozes::check(*rec, until, now); !s) {
        const bool decided = rec->status == u"approved" || rec->status == u"rejected";
        err() << CommandLine::tr("error: %1").arg(s.error().toString());
        if (decided)
            err() << CommandLine::tr(" (by %1 at %2)")
                         .arg(rec->decidedBy, rec->decidedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        err() << Qt::endl;
        return exitFor(Approval::refusalOf(store, id));
    }
    QHash<qint64, QDateTime> snoozed = Snoozes::load(workspace.id);
    Snoozes::dropEnded(snoozed, now);
    snoozed.insert(id, until.toUTC());
    Snoozes::save(workspace.id, snoozed, {*rec});
    out() << CommandLine::tr("#%1 snoozed until %2: hidden from the queue until then, here and in the window on this computer")
                 .arg(id)
                 .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat))
          << Qt::endl;
    return Done;
}

} // namespace

int runQueue(const CommandLine &cl)
{
    const QString op = operatorFor(cl);
    const bool deciding = cl.subcommand == u"approve" || cl.subcommand == u"reject" || cl.subcommand == u"retry"
                          || cl.subcommand == u"mark-applied" || cl.subcommand == u"send-again";
    // Approvals and rejections are audited with a name; a snooze decides
    // nothing and needs none; in a team workspace the name is the login's.
    // A name is one line of text: it is what the audit log shows.
    if (deciding && std::any_of(op.cbegin(), op.cend(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        err() << CommandLine::tr("error: queue %1: the operator's name holds a control character (a line break?)").arg(cl.subcommand)
              << Qt::endl;
        return BadArguments;
    }
    if (op.isEmpty() && deciding && !Database::isPostgresUrl(cl.database)) {
        err() << CommandLine::tr("error: queue %1: name the operator with --operator NAME (it goes into the audit log)").arg(cl.subcommand)
              << Qt::endl;
        return BadArguments;
    }
    Workspace workspace;
    auto db = openStore(cl, &workspace);
    if (!db) {
        err() << CommandLine::tr("error: %1").arg(db.error().toString()) << Qt::endl;
        return BadArguments;
    }
    int code = Done;
    {
        // The policy in effect is the workspace's, as in the window (--policy is refused).
        auto policy = loadPolicy(cl, *db);
        if (!policy) {
            err() << CommandLine::tr("error: %1").arg(policy.error().toString()) << Qt::endl;
            db->closeThreadConnection();
            return BadArguments;
        }
        // In a team workspace a member decides as the database role they
        // logged in with, whatever name is given (the database records that
        // role anyway: models/teamroles.h).
        QString as = op;
        QString refused;
        {
            QSqlDatabase conn = db->connection();
            if (auto who = TeamRoles::identify(conn); who && who->role < TeamRoles::Role::Owner) {
                // Said before the server is asked, as the window greys it out.
                if (deciding && !who->mayApprove())
                    refused = CommandLine::tr("error: queue %1: %2 has the role %3 in this team workspace: deciding needs an operator or an admin")
                                  .arg(cl.subcommand, who->user, TeamRoles::displayName(who->role).toLower());
                if (deciding && cl.operatorGiven && op != who->user)
                    err() << CommandLine::tr("note: in a team workspace a decision is recorded as the role you logged in with, %1, "
                                             "not --operator %2")
                                 .arg(who->user, op)
                          << Qt::endl;
                as = who->user;
            }
        }
        if (!refused.isEmpty()) {
            err() << refused << Qt::endl;
            db->closeThreadConnection();
            return NotPermitted;
        }
        // Gone before closeThreadConnection() (it holds the connection).
        DecisionStore store(db->connection());
        if (cl.subcommand == u"list")
            code = list(cl, store, workspace, *policy);
        else if (cl.subcommand == u"approve")
            code = approve(cl, store, *policy, as);
        else if (cl.subcommand == u"reject")
            code = reject(cl, store, as);
        else if (cl.subcommand == u"snooze")
            code = snooze(cl, store, workspace);
        else
            code = settle(cl, store, as);
    }
    db->closeThreadConnection();
    return code;
}

} // namespace cp
