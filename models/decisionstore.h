// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyproposal.h"
#include "recommendation.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace cp {

// Persistence of recommendations, approvals, the outbox and the audit log.
// Every state change and its audit entry are written in one transaction.
// The connection must belong to the calling thread.
class DecisionStore
{
public:
    explicit DecisionStore(QSqlDatabase db) : m_db(std::move(db)) {}
    // The connection it works on (the calling thread's).
    QSqlDatabase database() const { return m_db; }

    // Stores new recommendations (ids filled in) and audits them. An older
    // pending recommendation for the same campaign (or product, for new
    // campaigns) is marked superseded: the queue shows the newest judgement.
    // Except when the new one has nothing to send and says exactly what the
    // one pending on its item says (the same content hash), and that one has
    // more than half its time left: that one is kept and returned in its
    // place (Recommendation::unchanged, its id, cycle and times), with one
    // audit entry per agent and batch ("kept_unchanged") naming the kept.
    Result<QList<Recommendation>> add(QList<Recommendation> recs);

    // The operator's last word on each campaign and product: the newest
    // approved or rejected recommendation that names it, by
    // "campaign:<id>" and "product:<id>" (a decision on a campaign is one
    // on its product too). The safeguards read it (agents/rules/safeguards.h).
    Result<QHash<QString, Recommendation>> lastWords() const;

    struct Filter
    {
        QString status;    // empty: all
        QString decision;  // empty: all
    };
    Result<QList<Recommendation>> list(const Filter &filter = {}) const;
    // What a window shows, newest first (issue 18: the store keeps every
    // recommendation ever made, 10,000 a day at a large shop, and a window
    // read them all): every pending one, every one whose send is not done
    // (in flight, failed, or unknown), and the newest `decidedShown` of the
    // rest. `capped` (if given) says whether older ones were left out.
    Result<QList<Recommendation>> listShown(int decidedShown, bool *capped = nullptr) const;
    // The recommendations with these ids (those that exist), newest first:
    // what a window reads again when it is told they changed.
    Result<QList<Recommendation>> list(const QList<qint64> &ids) const;
    Result<Recommendation> get(qint64 id) const;
    // The rollback of recommendation `id` that is waiting, approved or sent
    // (a failed send or a rejected one does not count); nullopt when none.
    Result<std::optional<Recommendation>> liveRollbackOf(qint64 id) const;

    // Approval writes the action to the outbox in the same transaction.
    // Refused when the recommendation is not pending, has expired (it is
    // then marked expired) or proposes no action.
    // Four-eyes (issue 18): with `approvalsNeeded` 2, the first operator's
    // approval is recorded and audited "approval_1_of_2", and the
    // recommendation stays pending (nothing reaches the outbox); the same
    // operator's second approval is refused; another operator's approves it
    // as above. Who approved is read and written under the write lock, so two
    // operators approving at once are counted one after the other.
    Result<Recommendation> approve(qint64 id, const QString &operatorName, const QDateTime &now, int approvalsNeeded = 1);
    Status reject(qint64 id, const QString &operatorName, const QString &reason);
    // Changes the proposed budget of a pending recommendation (the caller
    // checks the guardrails).
    Status editBudget(qint64 id, Money budget, const QString &operatorName, const QString &reason);
    // Replaces the ad copy of a pending new-campaign recommendation (the
    // operator picked, edited or regenerated it): campaign name and ad copy
    // become the chosen variant's headline and primary text, audited as
    // `event` with `details`, in one transaction. The caller checks the text.
    Status setCopy(qint64 id, const CopyChoice &copy, const QString &operatorName, const QString &event, const QString &details);
    // Marks pending recommendations past their time as expired.
    Result<int> expire(const QDateTime &now);

    // Outbox, for the dispatcher: approved -> sending (leased to one sender)
    // -> done | failed | unknown. Times are Clock::nowMs().
    Result<QList<OutboxItem>> outbox(const QString &state) const;
    // The atomic claim: approved -> sending, leased to `lease.owner`, the
    // attempt starting now, audited "sent" (persisted before the request
    // leaves). False when another sender claimed it first: one UPDATE's
    // affected-row count decides, so two senders never both win.
    Result<bool> claim(qint64 outboxId, const Lease &lease, const QString &platform, const QString &operatorName);
    // The claim many senders can make at once, on PostgreSQL (issue 18): the
    // next approved entry after `afterId` that no other sender is claiming
    // (its row lock is skipped, not waited for), approved -> sending leased
    // to `lease.owner` and audited "sent" as claim() does, in one
    // transaction. Entries of the campaigns in `held`, and of any campaign
    // whose earlier action is unsettled (sending, unknown, or approved and
    // being claimed by another sender), are passed over: actions on one
    // campaign go in order. Nothing (no entry) when none is left. SQLite has
    // no row locks: there the caller lists and claim()s.
    Result<std::optional<OutboxItem>> claimNext(const Lease &lease, const QString &platform, const QString &operatorName,
                                                const QSet<QString> &held, qint64 afterId);
    // approved -> sending with no live lease: what a sender that died right
    // after its claim leaves behind (tests of crash recovery use it).
    Status markSending(qint64 outboxId, const QString &operatorName);
    // A sending entry whose lease expired (its sender died, or gave it back
    // to wait for the settle time) is leased to us for a state check. False
    // while another sender's lease is live.
    Result<bool> takeOver(qint64 outboxId, const Lease &lease);
    // Keeps our lease alive while a send runs; fails once it was lost.
    Status renewLease(qint64 outboxId, const Lease &lease);
    // Gives a sending entry back undecided ("waiting to confirm"): a later
    // run checks the platform again.
    Status releaseLease(qint64 outboxId, const Lease &lease, const QString &why);
    // A state check proved the last attempt was never applied and the settle
    // time has passed: one more attempt with the same key, starting now.
    Status restartAttempt(qint64 outboxId, const Lease &lease, const QString &operatorName);
    // sending -> approved: the request certainly never left (the circuit
    // breaker refused it); sent on a later run.
    Status unclaim(qint64 outboxId, const Lease &lease, const QString &why);
    // sending -> done. `outcome`: "sent" (the platform answered) or
    // "confirmed" (a state check proved it applied).
    Status markDone(qint64 outboxId, const Lease &lease, const QString &resultJson, const QString &operatorName,
                    const QString &outcome);
    // sending -> failed: the platform said no for sure (a 4xx answer).
    Status markFailed(qint64 outboxId, const Lease &lease, const QString &error, const QString &operatorName);
    // sending -> unknown: we may or may not have applied it; never resent on
    // its own, an operator decides (markApplied / sendAgain).
    Status markUnknown(qint64 outboxId, const Lease &lease, const QString &why, const QString &operatorName);
    // Campaigns the workspace knows exist on `platform`: those a live
    // snapshot brought in, and those our own done creates made there. A
    // platform's list that lacks one of them is partial.
    Result<QSet<QString>> knownCampaigns(const QString &platform) const;
    // failed -> approved, for the operator's Retry. Retry and sendAgain
    // are refused (Error::refused) when a newer action on the same campaign
    // or product was approved since, or when the action spends money (a new
    // campaign, a resume, a raise) and its recommendation has expired; the
    // audit entry keeps the error the move clears.
    Status retry(qint64 outboxId, const QString &operatorName);
    // unknown -> done: the operator checked the platform and saw it applied.
    Status markApplied(qint64 outboxId, const QString &operatorName);
    // An unknown entry a later run's state check shows applied: done
    // ("confirmed", audited with the evidence). False when it is no longer
    // unknown (an operator settled it meanwhile).
    Result<bool> confirmUnknown(qint64 outboxId, const QString &evidenceJson, const QString &operatorName);
    // unknown -> approved, same idempotency key: the operator checked the
    // platform and saw it not applied.
    Status sendAgain(qint64 outboxId, const QString &operatorName);

    Status audit(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details);
    Result<QList<AuditEntry>> auditLog(int limit = 10000) const;
    // The newest audit entry naming the recommendation, if any (who did
    // what to it last, for a refusal to name).
    Result<std::optional<AuditEntry>> lastAuditOf(qint64 recommendationId) const;

    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    Status savePolicy(int version, const QString &name, const QByteArray &json);
    // The version a cycle's policy is stored under: its own number when the
    // store holds none by it or the same text under it, else the one after
    // the newest, audited as `by`'s (savePolicyAs). A policy file says
    // "version 1" whatever it holds: it used to overwrite the stored version
    // 1, and the recommendations made under the window's version 1 lost
    // what they had been judged by.
    Result<int> savePolicyForCycle(int version, const QString &name, const std::function<QByteArray(int version)> &json,
                                   const QString &by);
    // A policy an operator saved (the settings): stored as a new version, the
    // one after the newest stored and at least `atLeast`, never over a version
    // stored meanwhile (an approved policy update, another window), with its
    // audit entry ("policy", by `operatorName`) in the same transaction: both
    // or neither. `json` gives the policy's JSON for the version chosen (the
    // JSON names its version). Returns the version it was stored as.
    Result<int> savePolicyAs(const QString &name, const std::function<QByteArray(int version)> &json, const QString &operatorName,
                             int atLeast);
    // The newest stored policy's JSON, or empty.
    Result<QByteArray> latestPolicy() const;
    // The newest stored policy version (0: none).
    Result<int> latestPolicyVersion() const;

    // The learning loop (issue 16; agents/rules/learning.h). Evaluations are
    // one per campaign: those already stored are kept as they were.
    Result<QSet<QString>> evaluatedCampaigns() const;
    Result<int> addEvaluations(const QList<Evaluation> &evaluations);
    Result<QList<Evaluation>> evaluations(qint64 afterId = 0) const;
    // The policy's newest judgement of each campaign made on figures up to a
    // day before `before` (inputs' as_of: a judgement on the same figures is
    // no prediction), by campaign id.
    Result<QHash<QString, Recommendation>> latestPredictions(const QSet<QString> &campaignIds, QDate before) const;
    // Stores a proposal (id filled in) and audits it "policy_proposed"; an
    // older pending proposal is marked superseded.
    Result<PolicyProposal> addPolicyProposal(PolicyProposal proposal);
    Result<QList<PolicyProposal>> policyProposals(const QString &status = {}) const;
    Result<PolicyProposal> policyProposal(qint64 id) const;
    // Approval stores the proposed policy as the next version, in effect from
    // the next cycle, and audits it "policy_approved", in one transaction.
    // Refused when the proposal is not pending (saying who decided it and
    // when) or when the policy in effect is no longer the one it changes.
    Result<PolicyProposal> approvePolicyProposal(qint64 id, const QString &operatorName);
    Status rejectPolicyProposal(qint64 id, const QString &operatorName, const QString &reason);

private:
    Status auditIn(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details);
    Status auditIn(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details,
                   std::optional<QString> &head);
    QSqlDatabase m_db;
};

} // namespace cp
