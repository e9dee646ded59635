// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionstore.h"

#include "auditchain.h"
#include "database.h"
#include "clock.h"
#include "nativequery.h"
#include "twohalves.h"

#include <QLocale>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace cp {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DecisionStore)
};

QString iso(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime fromIso(const QVariant &v) { return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }
QVariant optMoney(const std::optional<Money> &m) { return m ? QVariant(qlonglong(m->minor())) : QVariant(); }
std::optional<Money> toMoney(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<Money>(Money::fromMinor(v.toLongLong())); }
QString nn(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }
QJsonObject obj(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }
QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
QString text(const QJsonObject &o) { return QString::fromUtf8(json(o)); }

// Why a recommendation cannot be decided: who decided it and when, or what
// became of it. The window and `campaign-pilot queue` show it as it is.
QString notPending(const Recommendation &r)
{
    const QString when = r.decidedAt.isValid() ? r.decidedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
    if (r.status == u"approved")
        return Text::tr("already approved by %1 at %2").arg(r.decidedBy, when);
    if (r.status == u"rejected")
        return Text::tr("already rejected by %1 at %2 (%3)").arg(r.decidedBy, when, r.decisionReason);
    if (r.status == u"expired")
        return Text::tr("it expired at %1; run a new cycle").arg(QLocale().toString(r.expiresAt.toLocalTime(), QLocale::ShortFormat));
    if (r.status == u"superseded")
        return Text::tr("a newer recommendation for the same campaign superseded it");
    return Text::tr("it is %1, not pending").arg(r.status);
}

// A failed statement's error. On PostgreSQL, where a failed statement leaves
// its transaction refusing every further one until a ROLLBACK, the
// transaction is rolled back here: the callers return at once, and their
// queries are destroyed before their Transaction guard rolls back. Inside
// the aborted transaction QPSQL's DEALLOCATE of each prepared query would
// fail ("Unable to free statement") and leave the statement on the server
// until the connection closes; after the ROLLBACK it succeeds. (The guard's
// own ROLLBACK then finds no transaction: the server only warns.)
Error sqlError(const QSqlQuery &q, const char *what)
{
    Error e{q.lastError().text(), QString::fromLatin1(what)};
    if (const QSqlDriver *driver = q.driver(); driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        // Plain statements on the same connection (not prepared: nothing to free).
        if (QSqlQuery probe(driver->createResult()); !probe.exec(QStringLiteral("SELECT 1")))
            QSqlQuery(driver->createResult()).exec(QStringLiteral("ROLLBACK"));
    }
    return e;
}

const char *kSelect =
    "SELECT r.id, r.cycle_id, r.created_at, r.expires_at, r.agent, r.decision, r.action, r.campaign_id, r.product_id, "
    "r.title, r.proposed_budget_minor, r.previous_budget_minor, r.duration_days, r.campaign_name, r.ad_copy, "
    "r.inputs_json, r.thresholds_json, r.rule, r.rationale, r.risk, r.policy_version, r.status, r.decided_by, "
    "r.decided_at, r.decision_reason, r.rollback_of, o.id, o.state, o.last_error, o.platform, r.copy_json "
    "FROM recommendations r LEFT JOIN outbox o ON o.recommendation_id = r.id ";

Recommendation readRecommendation(const QSqlQuery &q)
{
    Recommendation r;
    r.id = q.value(0).toLongLong();
    r.cycleId = q.value(1).toString();
    r.createdAt = fromIso(q.value(2));
    r.expiresAt = fromIso(q.value(3));
    r.agent = q.value(4).toString();
    r.decision = q.value(5).toString();
    r.action = Recommendation::actionFromKey(q.value(6).toString()).value_or(Recommendation::Action::None);
    r.campaignId = q.value(7).toString();
    r.productId = q.value(8).toString();
    r.title = q.value(9).toString();
    r.proposedBudget = toMoney(q.value(10));
    r.previousBudget = toMoney(q.value(11));
    r.durationDays = q.value(12).toInt();
    r.campaignName = q.value(13).toString();
    r.adCopy = q.value(14).toString();
    r.inputs = obj(q.value(15).toString());
    r.thresholds = obj(q.value(16).toString());
    r.rule = q.value(17).toString();
    r.rationale = q.value(18).toString();
    r.risk = q.value(19).toDouble();
    r.policyVersion = q.value(20).toInt();
    r.status = q.value(21).toString();
    r.decidedBy = q.value(22).toString();
    r.decidedAt = fromIso(q.value(23));
    r.decisionReason = q.value(24).toString();
    r.rollbackOf = q.value(25).toLongLong();
    r.outboxId = q.value(26).toLongLong();
    r.sendState = q.value(27).toString();
    r.sendError = q.value(28).toString();
    r.sendPlatform = q.value(29).toString();
    r.copy = CopyChoice::fromJson(obj(q.value(30).toString()));
    return r;
}

// Who approved each of `recs` (four-eyes, issue 18), oldest first: one
// query for all of them (a recommendation has at most a few approvals).
// Integer ids as an SQL list, "1,2,3": numbers only, so nothing of the
// caller's can change the statement.
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

// `onlyIds` empty: every recommendation's approvals.
// The approvals of `recs`: every approval, or those of the recommendations
// `idsSql` names (an id list or a subquery of ids).
Status readApprovals(const QSqlDatabase &db, QList<Recommendation> &recs, const QString &idsSql = {})
{
    if (recs.isEmpty())
        return {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT recommendation_id, operator FROM approvals %1 ORDER BY at, operator")
                  .arg(idsSql.isEmpty() ? QString() : QStringLiteral("WHERE recommendation_id IN (%1)").arg(idsSql)));
    if (!q.exec())
        return sqlError(q, "approvals");
    QHash<qint64, QStringList> by;
    while (q.next())
        by[q.value(0).toLongLong()] << q.value(1).toString();
    for (Recommendation &r : recs)
        r.approvedBy = by.value(r.id);
    return {};
}

// A pending recommendation's content changed (its budget or copy): an
// approval given to what it said before does not count for what it says now.
// Returns the note for the change's audit entry (empty: none was given).
Result<QString> dropApprovals(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    // On PostgreSQL through the workspace's function (schema 20): a team
    // member may not delete approvals, only have a pending one's dropped.
    const bool postgres = Database::onPostgres(db);
    q.prepare(postgres ? QStringLiteral("SELECT cp_drop_approvals(?)")
                       : QStringLiteral("DELETE FROM approvals WHERE recommendation_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "approvals");
    const qint64 dropped = postgres ? (q.next() ? q.value(0).toLongLong() : 0) : q.numRowsAffected();
    if (dropped <= 0)
        return QString();
    return Text::tr(" The approval given before this change no longer counts; it needs its approvals again.");
}

// An outbox row as DecisionStore::outbox() and claimNext() select it: id,
// recommendation_id, idempotency_key, state, attempts, lease_owner,
// lease_until_ms, attempt_started_ms, last_error.
OutboxItem outboxItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.id = q.value(0).toLongLong();
    item.recommendationId = q.value(1).toLongLong();
    item.idempotencyKey = q.value(2).toString();
    item.state = q.value(3).toString();
    item.attempts = q.value(4).toInt();
    item.leaseOwner = q.value(5).toString();
    item.leaseUntilMs = q.value(6).toLongLong();
    item.attemptStartedMs = q.value(7).toLongLong();
    item.lastError = q.value(8).toString();
    return item;
}

// A transaction that rolls back unless committed. `Immediate`: on SQLite
// it takes the write lock as it begins (BEGIN IMMEDIATE, which waits out
// the busy timeout), for a transaction that reads before its first write.
// A deferred one that read first and then wrote after another connection
// committed fails at once with "database is locked" (SQLITE_BUSY_SNAPSHOT:
// its snapshot is stale, and no busy timeout waits that out;
// https://www.sqlite.org/lang_transaction.html, https://www.sqlite.org/rescode.html#busy_snapshot).
// PostgreSQL's rows are locked by the statements themselves.
class Transaction
{
public:
    enum Lock { Deferred, Immediate };
    explicit Transaction(QSqlDatabase &db, Lock lock = Deferred) : m_db(db)
    {
        if (lock == Immediate && !Database::onPostgres(db)) {
            QSqlQuery begin(db);
            m_open = m_sql = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!m_open)
                m_error = begin.lastError().text();
        } else {
            m_open = db.transaction();
            if (!m_open)
                m_error = db.lastError().text();
        }
    }
    ~Transaction()
    {
        if (m_open)
            rollback();
    }
    bool isOpen() const { return m_open; }
    // Why it did not begin.
    QString error() const { return m_error; }
    Status commit()
    {
        m_open = false;
        QSqlQuery end(m_db);
        if (m_sql ? !end.exec(QStringLiteral("COMMIT")) : !m_db.commit()) {
            const QString e = m_sql ? end.lastError().text() : m_db.lastError().text();
            rollback();
            return Error{e, QStringLiteral("COMMIT")};
        }
        return {};
    }

private:
    void rollback()
    {
        if (m_sql)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        else
            m_db.rollback();
    }
    QSqlDatabase &m_db;
    bool m_open = false;
    bool m_sql = false;   // begun with SQL (BEGIN IMMEDIATE): ended with SQL
    QString m_error;
};

// What DecisionStore::add keeps of a superseded new campaign's copy.
struct CarriedCopy
{
    QString by;        // the audit entry's operator
    QString event;     // copy_carried_over (an operator's choice), copy_kept (a model's over the template's)
    QString details;   // empty: nothing chosen was carried over
};

// Gives `next` (a cycle's new campaign for the product `old` proposed) the
// versions of `old` it lacks, and `old`'s chosen one when an operator chose
// or edited it, or when it is a model's and `next` has only the template's.
// Not when the price changed: the chosen text may name the old one.
CarriedCopy carryCopy(const Recommendation &old, Recommendation &next, bool chosenByOperator, const QString &who)
{
    const AdCopy *was = old.copy.current();
    const AdCopy *fresh = next.copy.current();
    if (!was || !fresh)
        return {};
    CopyChoice merged = next.copy;
    auto indexOf = [&merged](const AdCopy &c) {
        for (qsizetype i = 0; i < merged.variants.size(); ++i)
            if (merged.variants[i].sameText(c))
                return int(i);
        return -1;
    };
    // The operator's and the model's versions (the template's is written anew), the newest few.
    QList<AdCopy> keep;
    for (const AdCopy &v : old.copy.variants)
        if ((v.source != u"template" || v.sameText(*was)) && indexOf(v) < 0)
            keep << v;
    while (keep.size() > 6 && !keep.first().sameText(*was))
        keep.removeFirst();
    merged.variants += keep;
    const bool modelOverTemplate = was->source == u"model" && fresh->source == u"template";
    CarriedCopy out;
    if (chosenByOperator || modelOverTemplate) {
        const QString price = QStringLiteral("price");
        if (old.copy.facts.value(price) != next.copy.facts.value(price)) {
            merged.refusals << Text::tr("The copy chosen on #%1 was not kept: the product's price "
                                                                            "changed (%2 → %3) and it may name the old one.")
                                   .arg(old.id)
                                   .arg(old.copy.facts.value(price).toString(), next.copy.facts.value(price).toString());
        } else if (const int at = indexOf(*was); at >= 0) {
            merged.chosen = at;
            next.campaignName = was->headline;
            next.adCopy = was->primaryText;
            out.by = chosenByOperator ? who : next.agent;
            out.event = chosenByOperator ? QStringLiteral("copy_carried_over") : QStringLiteral("copy_kept");
            out.details = Text::tr("kept from #%1, which this cycle superseded (%2): %3 | %4 | %5 (%6)")
                              .arg(old.id)
                              .arg(chosenByOperator ? Text::tr("chosen by an operator")
                                                    : Text::tr("the language model's, over the "
                                                                                                   "template's of a cycle without one"))
                              .arg(was->headline, was->primaryText, was->description, was->source);
        }
    }
    next.copy = merged;
    return out;
}

// How many values one statement of add() binds at most. SQLite's limit is
// fixed when it is compiled (SQLITE_MAX_VARIABLE_NUMBER: 32766 from 3.32,
// 999 before; https://www.sqlite.org/limits.html#max_variable_number): the
// lower one, so that any build takes it; a statement there is no round trip,
// so smaller ones cost little. PostgreSQL's protocol carries up to 65535.
int maxBinds(bool postgres) { return postgres ? 30000 : 999; }
// Rows per multi-row INSERT: a few hundred make a cycle of 10,000 a few dozen
// round trips on PostgreSQL; more would only make each statement's text longer.
// On SQLite one: a statement there is no round trip, and Qt's driver looks up
// each bound value's parameter name among all the statement's
// (sqlite3_bind_parameter_name, a linear search), so that binding costs the
// square of a statement's values: 43 rows of 23 values made saving a cycle
// of 10,005 recommendations 1.7× slower than one row at a time (perf:
// sqlite3VListNumToName and strncmp; BENCHMARKS.md).
constexpr int kRowsPerInsert = 500;
int rowsPerInsert(bool postgres, int bindsPerRow) { return postgres ? std::min(kRowsPerInsert, maxBinds(postgres) / bindsPerRow) : 1; }

// "(?, ?, ?), (?, ?, ?)": `rows` rows of `columns` placeholders.
QString placeholders(qsizetype rows, int columns)
{
    const QString row = QLatin1Char('(') + QStringLiteral("?, ").repeated(columns - 1) + QStringLiteral("?)");
    return QStringList(rows, row).join(QStringLiteral(", "));
}

// A PostgreSQL array literal of `values`, each element quoted with `"` and
// `\` escaped (https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO),
// bound as one parameter and cast to the array's type.
QString arrayLiteral(const QVariantList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : values[i].toString()) {
            if (c == u'"' || c == u'\\')
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    return out + QLatin1Char('}');
}

// "`column` is one of `keys`" as SQL and its bound values, in as few
// statements as the engine takes: on PostgreSQL one `= ANY` over an array
// parameter of `pgType` (which the column's index serves as it serves `=`:
// https://www.postgresql.org/docs/current/functions-comparisons.html#FUNCTIONS-COMPARISONS-ANY-SOME),
// on SQLite `IN (?, ...)` lists, as long as one statement binds.
struct KeyFilter
{
    QString sql;
    QVariantList binds;
};
QList<KeyFilter> keyFilters(bool postgres, const QString &column, const QVariantList &keys, const char *pgType)
{
    QList<KeyFilter> out;
    if (keys.isEmpty())
        return out;
    if (postgres) {
        out.append({QStringLiteral("%1 = ANY(CAST(? AS %2[]))").arg(column, QLatin1String(pgType)), {arrayLiteral(keys)}});
        return out;
    }
    const qsizetype perStatement = maxBinds(false) - 9;   // room for the statement's other values
    for (qsizetype at = 0; at < keys.size(); at += perStatement) {
        const QVariantList part = keys.mid(at, perStatement);
        out.append({QStringLiteral("%1 IN (%2)").arg(column, QStringList(part.size(), QStringLiteral("?")).join(QStringLiteral(", "))), part});
    }
    return out;
}

QVariantList variants(const QStringList &keys)
{
    QVariantList out;
    out.reserve(keys.size());
    for (const QString &k : keys)
        out << k;
    return out;
}

// Ids for `n` new rows of `table` (PostgreSQL), ascending, drawn from the
// sequence of its identity column before the rows are written: the rows then
// take them in the order add() lists them. INSERT ... VALUES ... RETURNING id
// does return them in that order in practice, but neither the order in which
// a multi-row VALUES draws its defaults nor the order of RETURNING's rows is
// documented; these ids are (nextval: each call a new, larger value of the
// sequence, https://www.postgresql.org/docs/current/functions-sequence.html).
// One more round trip per few hundred rows.
Result<QList<qint64>> nextIds(QSqlDatabase &db, const char *table, qsizetype n)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, CAST(? AS integer))")
                  .arg(QLatin1String(table)));
    q.addBindValue(qlonglong(n));
    if (!q.exec())
        return sqlError(q, table);
    QList<qint64> ids;
    ids.reserve(n);
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() != n)
        return Error{Text::tr("%1 ids drawn for %2 rows").arg(ids.size()).arg(n), QString::fromLatin1(table)};
    std::sort(ids.begin(), ids.end());
    return ids;
}

// add()'s INSERTs of many rows into `table`, a chunk of rowsPerStatement()
// rows at a time. Each row's id: drawn before the statement on PostgreSQL
// (nextIds) and bound as the row's first value; on SQLite taken as the row
// is inserted and returned (`returning`, returned()), for the caller to
// check. A QByteArray value is UTF-8 text (the JSON add() serialized), never
// a blob: neither table has one.
//
// On SQLite the rows go through SQLite's own API (NativeQuery: one
// statement prepared once, bound and stepped per row:
// https://www.sqlite.org/cintro.html), not Qt's: 10,005 recommendations and their audit entries took 0.74 s and
// 0.35 s through QSqlQuery, whose SQLite driver converts every value to UTF-16
// and back and looks each bound value up by name (issue 14). Same
// transaction: it is the connection's handle (nativeHandle).
class ChunkInsert
{
public:
    ChunkInsert(QSqlDatabase db, const char *table, const QString &columns, const QString &returning)
        : m_db(std::move(db)), m_table(table), m_postgres(Database::onPostgres(m_db)),
          m_native(m_postgres || !nativeHandle(m_db) ? nullptr : std::make_unique<NativeQuery>(m_db)),
          m_columns(m_postgres ? QStringLiteral("id, ") + columns : columns), m_columnCount(int(m_columns.count(u',')) + 1),
          m_returning(m_postgres ? QString() : QStringLiteral(" RETURNING ") + returning),
          m_perStatement(m_native ? 500 : rowsPerInsert(m_postgres, m_columnCount))
    {
    }
    qsizetype rowsPerStatement() const { return m_perStatement; }

    // The statement for the next `n` rows, their ids drawn on PostgreSQL.
    Status begin(qsizetype n)
    {
        m_ids.clear();
        m_returned.clear();
        m_row = 0;
        if (m_native) {
            m_failed = {};
            if (!m_prepared) {
                if (Status s = m_native->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                                                     .arg(QLatin1String(m_table), m_columns, placeholders(1, m_columnCount), m_returning)
                                                     .toUtf8()
                                                     .constData());
                    !s)
                    return Error{s.error().message, QString::fromLatin1(m_table)};
                m_prepared = true;
            }
            return {};
        }
        if (m_postgres) {
            auto drawn = nextIds(m_db, m_table, n);
            if (!drawn)
                return drawn.error();
            m_ids = *drawn;
        }
        std::optional<QSqlQuery> &q = n == m_perStatement ? m_full : m_other;
        if (!q || &q == &m_other) {
            q.emplace(m_db);
            q->prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                           .arg(QLatin1String(m_table), m_columns, placeholders(n, m_columnCount), m_returning));
        }
        q->finish();
        m_query = &*q;
        return {};
    }
    // The next row's values, in the columns' order (its id comes first on
    // PostgreSQL). On SQLite's own API the row is written here; exec() says
    // whether every row of the chunk was.
    void addRow(const QVariantList &values)
    {
        if (m_native)
            return writeNative(values);
        if (m_postgres)
            m_query->addBindValue(m_ids[m_row]);
        ++m_row;
        for (const QVariant &v : values)
            m_query->addBindValue(v.typeId() == QMetaType::QByteArray ? QVariant(QString::fromUtf8(v.toByteArray())) : v);
    }
    // Runs the chunk (on SQLite's own API: reports its first failure).
    Status exec()
    {
        if (m_native)
            return m_failed;
        if (!m_query->exec())
            return sqlError(*m_query, m_table);
        if (!m_postgres)
            while (m_query->next()) {
                QVariantList row;
                for (int c = 0; c < m_query->record().count(); ++c)
                    row << m_query->value(c);
                m_returned << row;
            }
        return {};
    }
    // What RETURNING gave for each row written, on SQLite (in no documented
    // order: the caller sorts); empty on PostgreSQL.
    const QList<QVariantList> &returned() const { return m_returned; }
    // The rows' ids on PostgreSQL, in the rows' order; empty on SQLite (RETURNING).
    const QList<qint64> &drawnIds() const { return m_ids; }

private:
    void writeNative(const QVariantList &values)
    {
        ++m_row;
        if (!m_failed)
            return;   // the chunk failed: the transaction is rolled back
        for (int i = 0; i < values.size(); ++i)
            m_native->bind(i + 1, values[i]);
        if (m_native->next()) {
            QVariantList row;
            for (int c = 0; c < m_native->columnCount(); ++c)
                row << m_native->value(c);
            m_returned << row;
            m_native->next();   // to its end: the statement is done
        }
        if (Status s = m_native->error(); !s)
            m_failed = Error{s.error().message, QString::fromLatin1(m_table)};
        m_native->reset();
    }

    QSqlDatabase m_db;
    const char *m_table;
    bool m_postgres;
    std::unique_ptr<NativeQuery> m_native;   // SQLite: the INSERT through its own API
    bool m_prepared = false;
    Status m_failed;
    QString m_columns;
    int m_columnCount;
    QString m_returning;
    qsizetype m_perStatement;
    std::optional<QSqlQuery> m_full, m_other;
    QSqlQuery *m_query = nullptr;
    QList<qint64> m_ids;
    QList<QVariantList> m_returned;
    qsizetype m_row = 0;
};

// One audit entry that add() writes after its recommendations.
struct NewAuditEntry
{
    QString operatorName;
    QString event;
    qint64 recommendationId = 0;
    QString details;
};

// Many audit entries of one transaction, chained as DecisionStore::auditIn
// chains one (models/auditchain.h): the chain's head read once (on
// PostgreSQL under the chain's advisory lock, held to the end of the
// transaction), each entry's hash over the one before, written a few hundred
// per INSERT. The owner's entries are kept as they come; a team member's are
// chained again by the log's insert trigger (team_roles.sql), a row after the
// other, each row's trigger seeing the rows the same INSERT wrote before it
// (https://www.postgresql.org/docs/current/trigger-datachanges.html).
Status writeAudit(QSqlDatabase &db, const QList<NewAuditEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    auto head = AuditChain::head(db);
    if (!head)
        return head.error();
    const bool postgres = Database::onPostgres(db);
    struct Link
    {
        QString at, previous, hash;
    };
    QList<Link> links;
    links.reserve(entries.size());
    QString previous = nn(*head);
    for (const NewAuditEntry &e : entries) {
        const QString at = iso(QDateTime::currentDateTimeUtc());
        const QString hash = AuditChain::hashOf(at, nn(e.operatorName), e.event, e.recommendationId, nn(e.details), previous);
        links.append({at, previous, hash});
        previous = hash;
    }
    // The chain runs in id order (AuditChain::verify): on PostgreSQL the ids
    // are drawn first (nextIds, under the chain's lock, which every writer of
    // the log holds when it draws one); on SQLite, whose one writer holds the
    // file's write lock, each row takes the next id as it is inserted, and
    // RETURNING (whose rows come in no documented order:
    // https://www.sqlite.org/lang_returning.html) shows that it did.
    ChunkInsert insert(db, "audit_log", QStringLiteral("at, operator, event, recommendation_id, details, prev_hash, hash"),
                       QStringLiteral("id, hash"));
    const qsizetype perStatement = insert.rowsPerStatement();
    for (qsizetype from = 0; from < entries.size(); from += perStatement) {
        const qsizetype n = std::min(perStatement, entries.size() - from);
        if (Status s = insert.begin(n); !s)
            return s;
        for (qsizetype k = 0; k < n; ++k) {
            const NewAuditEntry &e = entries[from + k];
            const Link &l = links[from + k];
            insert.addRow({l.at, nn(e.operatorName), e.event, e.recommendationId > 0 ? QVariant(e.recommendationId) : QVariant(),
                           nn(e.details), l.previous, l.hash});
        }
        if (Status s = insert.exec(); !s)
            return s;
        if (!postgres) {
            QHash<QString, qsizetype> at;   // a hash is its entry's: it covers the previous one's
            for (qsizetype k = 0; k < n; ++k)
                at.insert(links[from + k].hash, k);
            QList<std::pair<qint64, qsizetype>> written;
            for (const QVariantList &row : insert.returned())
                written.append({row.value(0).toLongLong(), at.value(row.value(1).toString(), -1)});
            std::sort(written.begin(), written.end());
            for (qsizetype k = 0; k < written.size(); ++k)
                if (written[k].second != k)
                    return Error{Text::tr("audit entries were not written in their chain's order"), QStringLiteral("audit_log")};
            if (written.size() != n)
                return Error{Text::tr("%1 of %2 audit entries written").arg(written.size()).arg(n), QStringLiteral("audit_log")};
        }
    }
    return {};
}

// What a recommendation says to an operator, as a BLAKE2b-256 over its fields
// (each length-prefixed, so that no two differ only in where one ends):
// what DecisionStore::add compares to keep a pending one the cycle judged
// the same. Not its id, cycle, times, status or decisions. BLAKE2b: 10,000
// of them took 29 ms against SHA-256's 147 ms (QCryptographicHash, this machine).
// `inputs`, `thresholds` and `copy`: the UTF-8 of their JSON text, as
// stored (hashed as bytes: a cycle's 10,000 were converted to text and
// back only to be hashed).
QString contentHash(const Recommendation &r, const QByteArray &inputs, const QByteArray &thresholds, const QByteArray &copy)
{
    QCryptographicHash h(QCryptographicHash::Blake2b_256);
    auto bytes = [&h](QByteArrayView value) {
        h.addData(QByteArray::number(value.size()) + ':');
        h.addData(value);
    };
    auto field = [&bytes](const QString &value) { bytes(value.toUtf8()); };
    auto money = [](const std::optional<Money> &m) { return m ? QString::number(m->minor()) : QStringLiteral("-"); };
    for (const QString &f : {r.agent, r.decision, Recommendation::actionKey(r.action), r.campaignId, r.productId, r.title,
                             money(r.proposedBudget), money(r.previousBudget), QString::number(r.durationDays), r.campaignName,
                             r.adCopy})
        field(f);
    bytes(inputs);
    bytes(thresholds);
    for (const QString &f : {r.rule, r.rationale, QString::number(r.risk, 'g', 17), QString::number(r.policyVersion),
                             QString::number(r.rollbackOf)})
        field(f);
    bytes(copy);
    return QString::fromLatin1(h.result().toHex());
}

// JSON text for a TEXT column, as its UTF-8 (ChunkInsert writes it as
// text): never NULL.
QVariant jsonText(const QByteArray &utf8) { return utf8.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(utf8); }

// "#3–#7, #9": ascending ids, runs as ranges.
QString idRanges(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype j = i;
        while (j + 1 < ids.size() && ids[j + 1] == ids[j] + 1)
            ++j;
        parts << (j == i ? QStringLiteral("#%1").arg(ids[i]) : QStringLiteral("#%1–#%2").arg(ids[i]).arg(ids[j]));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

// The audit entry for the pending recommendations a cycle judged as before.
QString keptNote(const QString &cycleId, const QList<qint64> &ids)
{
    return Text::tr("cycle %1 judged %n pending recommendation(s) with nothing to send as before and kept them: %2", nullptr,
                    int(ids.size()))
        .arg(cycleId, idRanges(ids));
}

// "cycle 1a2b3c4d recommended 9,923 with nothing to send (MONITOR 9,900,
// NEW_CAMPAIGN 23): #12–#9934, #9936": the decisions, most frequent first.
QString noActionNote(const QString &cycleId, const QList<const Recommendation *> &recs)
{
    QMap<QString, int> count;
    QList<qint64> ids;
    ids.reserve(recs.size());
    for (const Recommendation *r : recs) {
        ++count[r->decision];
        ids << r->id;
    }
    QList<std::pair<int, QString>> byCount;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        byCount.append({-it.value(), it.key()});
    std::sort(byCount.begin(), byCount.end());
    QStringList tally;
    for (const auto &[minus, decision] : byCount)
        tally << QStringLiteral("%1 %2").arg(decision, QLocale::c().toString(-minus));
    return Text::tr("cycle %1 recommended %n with nothing to send (%2): %3", nullptr, int(ids.size()))
        .arg(cycleId, tally.join(QStringLiteral(", ")), idRanges(ids));
}
} // namespace

// The one place an audit entry is written (add()'s many: writeAudit, above):
// chained onto the newest entry (models/auditchain.h). Called inside the
// caller's transaction, which holds SQLite's write lock by then, so no other
// writer can chain onto the same entry. On PostgreSQL it takes the chain's
// advisory lock (AuditChain::head): the last lock of a transaction, after the
// rows it changes (the store's lock order, see add()).
Status DecisionStore::auditIn(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details)
{
    std::optional<QString> head;
    return auditIn(operatorName, event, recommendationId, details, head);
}

// `head`: the chain's newest hash when the caller's transaction already read
// it (and wrote since: it is then its own last entry), else empty and read
// here. A cycle's thousands of entries skip two statements each (on
// PostgreSQL the table lock and the read are round trips).
Status DecisionStore::auditIn(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details,
                              std::optional<QString> &head)
{
    if (!head) {
        auto read = AuditChain::head(m_db);
        if (!read)
            return read.error();
        head = *read;
    }
    const std::optional<QString> previous = head;
    const QString at = iso(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, operator, event, recommendation_id, details, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(nn(operatorName));
    q.addBindValue(event);
    q.addBindValue(recommendationId > 0 ? QVariant(recommendationId) : QVariant());
    q.addBindValue(nn(details));
    const QString hash = AuditChain::hashOf(at, nn(operatorName), event, recommendationId, nn(details), *previous);
    q.addBindValue(nn(*previous));
    q.addBindValue(hash);
    if (!q.exec()) {
        head.reset();
        return sqlError(q, "audit_log");
    }
    head = hash;
    return {};
}

Status DecisionStore::audit(const QString &operatorName, const QString &event, qint64 recommendationId, const QString &details)
{
    // The head is read and the entry written under one write lock (BEGIN
    // IMMEDIATE takes it first). Inside a caller's transaction, that
    // transaction covers both (Database::inTransactionBlock; PostgreSQL
    // answers a second BEGIN with a warning only, and a probing SAVEPOINT
    // outside one would put an ERROR in the server's log at every entry).
    QSqlQuery begin(m_db);
    const bool own = !Database::inTransactionBlock(m_db)
                     && begin.exec(Database::onPostgres(m_db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    begin.finish();
    Status s = auditIn(operatorName, event, recommendationId, details);
    if (own) {
        QSqlQuery end(m_db);
        if (!s) {
            end.exec(QStringLiteral("ROLLBACK"));
            return s;
        }
        if (!end.exec(QStringLiteral("COMMIT"))) {
            const Error e = sqlError(end, "COMMIT");
            end.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    }
    return s;
}

Result<QList<Recommendation>> DecisionStore::add(QList<Recommendation> recs)
{
    // The lock order of the whole store, on PostgreSQL: the rows of the
    // recommendations a transaction changes first, the audit chain's
    // advisory lock (taken at its first audit entry, AuditChain::head) last.
    // approve(), reject(), editBudget() and setCopy() lock their one row and
    // then audit; add() supersedes every row it supersedes before it writes
    // an entry. It used to supersede, insert and audit one recommendation
    // after the other, so that it held the audit lock from its first entry
    // while it went on to lock later campaigns' rows: an operator approving
    // one of those (its row locked, waiting for the audit lock) and the
    // cycle waited for each other, and PostgreSQL aborted one of them
    // ("deadlock detected"; https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-DEADLOCKS:
    // applications avoid deadlocks by acquiring locks on multiple objects in
    // a consistent order).
    // Immediate: on SQLite it reads the pending rows before its first write.
    Transaction tx(m_db, Transaction::Immediate);
    if (!tx.isOpen())
        return Error{tx.error(), QStringLiteral("BEGIN")};
    const bool postgres = Database::onPostgres(m_db);
    using Action = Recommendation::Action;
    for (Recommendation &r : recs)   // decided below, never taken from the caller
        r.unchanged = false;
    // A recommendation on a campaign supersedes the campaign's pending ones;
    // one without a campaign, its product's pending ones without a campaign:
    // new campaigns, and new campaigns a safeguard held back (MONITOR, no
    // action; seen piling up, one more each cycle, while only new campaigns
    // were superseded). Within the
    // batch, as when its recommendations were stored one at a time, a later
    // one supersedes an earlier one (the newest pending wins): decided here,
    // so that the batch's own rows are written as they end up.
    const QString cycleId = recs.isEmpty() ? QString() : recs.first().cycleId;
    QList<bool> supersededInBatch(recs.size(), false);
    QStringList campaigns, products;
    {
        QSet<QString> laterCampaigns, laterProducts;
        for (qsizetype i = recs.size() - 1; i >= 0; --i) {
            const Recommendation &r = recs[i];
            if (!r.campaignId.isEmpty()) {
                supersededInBatch[i] = laterCampaigns.contains(r.campaignId);
                laterCampaigns.insert(r.campaignId);
            } else if (!r.productId.isEmpty()) {
                supersededInBatch[i] = laterProducts.contains(r.productId);
                laterProducts.insert(r.productId);
            }
        }
        campaigns = laterCampaigns.values();
        products = laterProducts.values();
        std::sort(campaigns.begin(), campaigns.end());
        std::sort(products.begin(), products.end());
    }

    // Read before they are superseded: the pending new campaign of each
    // product whose first recommendation in the batch is a new campaign with
    // copy, and whether an operator chose or edited its copy (carryCopy
    // below: theirs stays chosen; so does a model's over a cycle that had
    // only the template's, as `campaign-pilot cycle` asks no model).
    QHash<QString, Recommendation> priorOf;   // by product
    QHash<qint64, QString> chosenBy;          // a prior's id: who chose its copy
    {
        QStringList copyProducts;
        QSet<QString> seen;
        for (const Recommendation &r : std::as_const(recs)) {
            if (!r.campaignId.isEmpty() || r.productId.isEmpty() || seen.contains(r.productId))
                continue;
            seen.insert(r.productId);
            if (r.action == Action::Create && !r.copy.isEmpty())
                copyProducts << r.productId;
        }
        for (const KeyFilter &f : keyFilters(postgres, QStringLiteral("r.product_id"), variants(copyProducts), "text")) {
            QSqlQuery prior(m_db);
            prior.setForwardOnly(true);
            prior.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE ") + f.sql
                          + QStringLiteral(" AND r.status = 'pending' AND r.campaign_id IS NULL AND r.action = 'create' ORDER BY r.id"));
            for (const QVariant &v : f.binds)
                prior.addBindValue(v);
            if (!prior.exec())
                return sqlError(prior, "recommendations");
            while (prior.next()) {
                const Recommendation old = readRecommendation(prior);
                priorOf.insert(old.productId, old);   // oldest first: the newest stays
            }
        }
        QVariantList priorIds;
        for (const Recommendation &old : std::as_const(priorOf))
            priorIds << old.id;
        for (const KeyFilter &f : keyFilters(postgres, QStringLiteral("recommendation_id"), priorIds, "bigint")) {
            QSqlQuery chooser(m_db);
            chooser.setForwardOnly(true);
            chooser.prepare(QStringLiteral("SELECT recommendation_id, operator FROM audit_log WHERE ") + f.sql
                            + QStringLiteral(" AND event IN ('copy_chosen', 'copy_edited', 'copy_carried_over') ORDER BY id"));
            for (const QVariant &v : f.binds)
                chooser.addBindValue(v);
            if (!chooser.exec())
                return sqlError(chooser, "audit_log");
            while (chooser.next())
                chosenBy.insert(chooser.value(0).toLongLong(), chooser.value(1).toString());   // the newest stays
        }
    }

    // What each recommendation says, serialized once for its row and its
    // content hash (contentHash).
    struct Content
    {
        QByteArray inputs, thresholds, copy;   // UTF-8 JSON; an empty copy: none
        QString hash;
    };
    // On two threads for a big batch: 10,005 took 0.4 s on one (issue 14).
    // The recommendations are only read; each thread fills its own part.
    QList<Content> content(recs.size());
    {
        const QList<Recommendation> &all = recs;
        Content *out = content.data();
        auto fill = [&all, out](qsizetype from, qsizetype to) {
            QJsonObject lastThresholds;   // a cycle's recommendations share their policy's thresholds
            QByteArray lastThresholdsText;
            for (qsizetype i = from; i < to; ++i) {
                const Recommendation &r = all[i];
                Content &c = out[i];
                c.inputs = json(r.inputs);
                if (i == from || r.thresholds != lastThresholds) {
                    lastThresholds = r.thresholds;
                    lastThresholdsText = json(r.thresholds);
                }
                c.thresholds = lastThresholdsText;
                c.copy = r.copy.isEmpty() ? QByteArray() : json(r.copy.toJson());
                c.hash = contentHash(r, c.inputs, c.thresholds, c.copy);
            }
        };
        inTwoHalves(all.size(), 2001, [&fill](int, qsizetype from, qsizetype to) { fill(from, to); });
    }

    // The row locks: every pending recommendation on the batch's campaigns
    // and products. On PostgreSQL in one statement, its rows locked in id
    // order (FOR NO KEY UPDATE, the lock UPDATE itself takes:
    // https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-ROWS),
    // as expire() locks its rows: two such statements never wait for each
    // other in a circle. A row an operator decided while we waited for its
    // lock no longer matches and is left as they decided it. On SQLite (one
    // writer at a time, no row locks) every pending row is read, and those
    // on the batch's campaigns and products are kept here.
    struct Pending
    {
        qint64 id = 0;
        QString cycleId, hash;
        QDateTime createdAt, expiresAt;
        QString decision, action;
        std::optional<qint64> proposedBudgetMinor;
        int approvals = 0;   // four-eyes: approvals given so far
    };
    QHash<QString, QList<Pending>> pendingOn;   // "c:" campaign, "p:" product (no campaign)
    auto keyOf = [](const QString &campaignId, const QString &productId) {
        return !campaignId.isEmpty() ? QStringLiteral("c:") + campaignId
                                     : !productId.isEmpty() ? QStringLiteral("p:") + productId : QString();
    };
    if (!campaigns.isEmpty() || !products.isEmpty()) {
        const QString columns = QStringLiteral("SELECT id, campaign_id, product_id, content_hash, created_at, expires_at, cycle_id, "
                                               "decision, action, proposed_budget_minor, "
                                               "(SELECT COUNT(*) FROM approvals a WHERE a.recommendation_id = recommendations.id) "
                                               "FROM recommendations WHERE status = 'pending'");
        QSqlQuery pending(m_db);
        pending.setForwardOnly(true);
        if (postgres) {
            pending.prepare(columns + QStringLiteral(" AND (campaign_id = ANY(CAST(? AS text[])) OR "
                                                     "(product_id = ANY(CAST(? AS text[])) AND campaign_id IS NULL)) ORDER BY id FOR NO KEY UPDATE"));
            pending.addBindValue(arrayLiteral(variants(campaigns)));
            pending.addBindValue(arrayLiteral(variants(products)));
        } else {
            pending.prepare(columns);
        }
        if (!pending.exec())
            return sqlError(pending, "recommendations");
        const QSet<QString> campaignSet(campaigns.cbegin(), campaigns.cend()), productSet(products.cbegin(), products.cend());
        while (pending.next()) {
            const QString campaignId = pending.value(1).toString(), productId = pending.value(2).toString();
            if (campaignId.isEmpty() ? !productSet.contains(productId) : !campaignSet.contains(campaignId))
                continue;
            pendingOn[keyOf(campaignId, productId)].append({pending.value(0).toLongLong(), pending.value(6).toString(),
                                                            pending.value(3).toString(), fromIso(pending.value(4)),
                                                            fromIso(pending.value(5)), pending.value(7).toString(),
                                                            pending.value(8).toString(),
                                                            pending.value(9).isNull() ? std::nullopt
                                                                                      : std::optional<qint64>(pending.value(9).toLongLong()),
                                                            pending.value(10).toInt()});
        }
    }
    // Kept: a recommendation with nothing to send that says what the one
    // pending recommendation on its campaign (or product) already says, when
    // that one has more than half its time left. A cycle an hour judged
    // 10,000 campaigns the same all day and wrote each again with an audit
    // entry (issue 14). Anything else supersedes the pending ones: the queue
    // shows the newest judgement, and a kept one expires as it would have.
    // Kept too: a pending recommendation one operator of two approved
    // already (four-eyes), when the cycle proposes the same action again (the
    // same decision, action and budget): superseding it threw the first
    // approval away at every station round, and the second operator was
    // told "superseded". Its evidence stays as approved.
    QList<qint64> superseded;
    QMap<QString, QList<qint64>> keptBy;       // agent: the ids it judged as before
    QMap<QString, QList<qint64>> keptApproved;  // agent: the half-approved ids it proposed again
    for (qsizetype i = 0; i < recs.size(); ++i) {
        Recommendation &r = recs[i];
        const QString key = keyOf(r.campaignId, r.productId);
        const auto on = pendingOn.constFind(key);
        if (key.isEmpty() || on == pendingOn.cend() || supersededInBatch[i])
            continue;
        // The pending one kept, if any, and the audit list it goes to.
        const Pending *kept = nullptr;
        QMap<QString, QList<qint64>> *keptInto = nullptr;
        for (const Pending &p : *on)
            if (p.approvals > 0 && r.action != Action::None && p.decision == r.decision && p.action == Recommendation::actionKey(r.action)
                && p.proposedBudgetMinor == (r.proposedBudget ? std::optional<qint64>(r.proposedBudget->minor()) : std::nullopt)) {
                kept = &p;
                keptInto = &keptApproved;
            }
        if (const Pending *same = on->size() == 1 ? &on->first() : nullptr;
            !kept && same && r.action == Action::None && !content[i].hash.isEmpty() && same->hash == content[i].hash
            && r.createdAt.isValid() && r.expiresAt.isValid() && same->expiresAt.isValid()
            && r.createdAt.secsTo(same->expiresAt) * 2 > r.createdAt.secsTo(r.expiresAt)) {
            kept = same;
            keptInto = &keptBy;
        }
        if (kept) {
            (*keptInto)[r.agent] << kept->id;
            r.id = kept->id;
            r.cycleId = kept->cycleId;
            r.createdAt = kept->createdAt;
            r.expiresAt = kept->expiresAt;
            r.unchanged = true;
        }
        for (const Pending &p : *on)
            if (!kept || p.id != kept->id)
                superseded << p.id;
    }
    std::sort(superseded.begin(), superseded.end());
    for (const KeyFilter &f : keyFilters(postgres, QStringLiteral("id"), QVariantList(superseded.cbegin(), superseded.cend()), "bigint")) {
        QSqlQuery supersede(m_db);
        supersede.prepare(QStringLiteral("UPDATE recommendations SET status = 'superseded' WHERE ") + f.sql
                          + QStringLiteral(" AND status = 'pending'"));
        for (const QVariant &v : f.binds)
            supersede.addBindValue(v);
        if (!supersede.exec())
            return sqlError(supersede, "recommendations");
    }

    // The new rows, a few hundred per INSERT (a round trip each on
    // PostgreSQL, where one per recommendation made a cycle of 10,005 take
    // seconds). Their ids: drawn first on PostgreSQL (nextIds); on SQLite,
    // whose one writer holds the write lock, each row takes the next id as it
    // is inserted, in the order of the VALUES list (RETURNING's rows come in
    // no documented order: sorted).
    ChunkInsert inserter(m_db, "recommendations",
                         QStringLiteral("cycle_id, created_at, expires_at, agent, decision, action, campaign_id, product_id, title, "
                                        "proposed_budget_minor, previous_budget_minor, duration_days, campaign_name, ad_copy, "
                                        "inputs_json, thresholds_json, rule, rationale, risk, policy_version, status, rollback_of, copy_json, content_hash"),
                         QStringLiteral("id"));
    const qsizetype perStatement = inserter.rowsPerStatement();
    QList<qsizetype> unwritten;   // indexes into recs
    auto write = [&]() -> Status {
        if (unwritten.isEmpty())
            return {};
        const qsizetype n = unwritten.size();
        if (Status s = inserter.begin(n); !s)
            return s;
        for (qsizetype k = 0; k < n; ++k) {
            const Recommendation &r = recs[unwritten[k]];
            Content &c = content[unwritten[k]];
            if (r.action == Action::Create && !r.copy.isEmpty()) {   // carryCopy may have changed its copy and name
                c.copy = json(r.copy.toJson());
                c.hash = contentHash(r, c.inputs, c.thresholds, c.copy);
            }
            inserter.addRow({nn(r.cycleId), iso(r.createdAt), iso(r.expiresAt), nn(r.agent), nn(r.decision), Recommendation::actionKey(r.action),
                             r.campaignId.isEmpty() ? QVariant() : QVariant(r.campaignId), r.productId.isEmpty() ? QVariant() : QVariant(r.productId),
                             nn(r.title), optMoney(r.proposedBudget), optMoney(r.previousBudget), r.durationDays, nn(r.campaignName),
                             nn(r.adCopy), jsonText(c.inputs), jsonText(c.thresholds), nn(r.rule), nn(r.rationale), r.risk, r.policyVersion,
                             r.status, r.rollbackOf > 0 ? QVariant(r.rollbackOf) : QVariant(), jsonText(c.copy), c.hash});
        }
        if (Status s = inserter.exec(); !s)
            return s;
        QList<qint64> ids = inserter.drawnIds();
        if (!postgres) {
            for (const QVariantList &row : inserter.returned())
                ids << row.value(0).toLongLong();
            std::sort(ids.begin(), ids.end());
            if (ids.size() != n)
                return Error{Text::tr("%1 of %2 recommendations written").arg(ids.size()).arg(n), QStringLiteral("recommendations")};
        }
        for (qsizetype k = 0; k < n; ++k)
            recs[unwritten[k]].id = ids[k];
        unwritten.clear();
        return {};
    };
    QList<CarriedCopy> carried(recs.size());
    QHash<QString, qsizetype> newestOfProduct;   // the batch's newest recommendation without a campaign, by product
    for (qsizetype i = 0; i < recs.size(); ++i) {
        Recommendation &r = recs[i];
        if (r.campaignId.isEmpty() && !r.productId.isEmpty()) {
            if (r.action == Action::Create && !r.copy.isEmpty()) {
                if (const auto earlier = newestOfProduct.constFind(r.productId); earlier != newestOfProduct.cend()) {
                    // The batch's own pending new campaign for the product,
                    // if its newest on the product is one: its copy was
                    // chosen by an operator when it carried theirs over.
                    const Recommendation &old = recs[*earlier];
                    if (old.action == Action::Create) {
                        if (old.id == 0)
                            if (Status s = write(); !s)   // its id first: the carried copy's note names it
                                return s.error();
                        const CarriedCopy &itsOwn = carried[*earlier];
                        const bool byOperator = itsOwn.event == u"copy_carried_over";
                        carried[i] = carryCopy(old, r, byOperator, byOperator ? itsOwn.by : QString());
                    }
                } else if (const auto old = priorOf.constFind(r.productId); old != priorOf.cend()) {
                    const auto who = chosenBy.constFind(old->id);
                    carried[i] = carryCopy(*old, r, who != chosenBy.cend(), who != chosenBy.cend() ? *who : QString());
                }
            }
            newestOfProduct.insert(r.productId, i);
        }
        r.status = supersededInBatch[i] ? QStringLiteral("superseded") : QStringLiteral("pending");
        if (r.unchanged)
            continue;
        unwritten << i;
        if (unwritten.size() == perStatement)
            if (Status s = write(); !s)
                return s.error();
    }
    if (Status s = write(); !s)
        return s.error();

    // The audit entries last (the chain's lock is the last lock this
    // transaction takes), in the batch's order.
    // A recommendation that spends or stops money (or undoes an action) has
    // an entry of its own with its reasons; those with nothing to send one
    // entry per agent naming them ("recommended_no_action"): their reasons
    // stay in their rows, which are never deleted. An entry each made a
    // cycle over 10,000 campaigns write 10,000 entries a day, a third of a
    // new day's save (issue 14), and buried the approvals and sends the log
    // is kept for (DESIGN.md: every approval, rejection, edit, send and
    // answer lands in the audit log).
    QList<NewAuditEntry> entries;
    entries.reserve(recs.size());
    QMap<QString, QList<const Recommendation *>> withNothingToSend;   // by agent
    for (qsizetype i = 0; i < recs.size(); ++i) {
        const Recommendation &r = recs[i];
        if (r.unchanged)
            continue;
        if (r.action == Action::None && r.rollbackOf <= 0 && carried[i].details.isEmpty()) {
            withNothingToSend[r.agent] << &r;
            continue;
        }
        entries.append({r.agent, QStringLiteral("recommended"), r.id,
                        QStringLiteral("%1 %2: %3").arg(r.decision, Recommendation::actionKey(r.action), r.rationale)});
        if (!carried[i].details.isEmpty())
            entries.append({carried[i].by, carried[i].event, r.id, carried[i].details});
    }
    for (auto it = withNothingToSend.cbegin(); it != withNothingToSend.cend(); ++it)
        entries.append({it.key(), QStringLiteral("recommended_no_action"), 0, noActionNote(cycleId, it.value())});
    // The kept ones in one entry per agent: the cycle judged them as before.
    for (auto it = keptBy.cbegin(); it != keptBy.cend(); ++it)
        entries.append({it.key(), QStringLiteral("kept_unchanged"), 0, keptNote(cycleId, it.value())});
    for (auto it = keptApproved.cbegin(); it != keptApproved.cend(); ++it)
        entries.append({it.key(), QStringLiteral("kept_approved_once"), 0,
                        Text::tr("cycle %1 proposed again what %n pending recommendation(s) propose that an operator approved "
                                 "already, and kept them with that approval: %2", nullptr, int(it.value().size()))
                            .arg(cycleId, idRanges(it.value()))});
    if (Status s = writeAudit(m_db, entries); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return recs;
}

Result<QHash<QString, Recommendation>> DecisionStore::lastWords() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Oldest first: a newer word on the same item replaces an older one.
    if (!q.exec(QString::fromLatin1(kSelect)
                + QStringLiteral("WHERE r.status IN ('approved', 'rejected') AND r.decided_at IS NOT NULL ORDER BY r.decided_at, r.id")))
        return sqlError(q, "recommendations");
    QHash<QString, Recommendation> words;
    while (q.next()) {
        const Recommendation r = readRecommendation(q);
        for (const QString &key : r.lastWordKeys())
            words.insert(key, r);
    }
    return words;
}

Result<QList<Recommendation>> DecisionStore::list(const Filter &filter) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kSelect)
              + QStringLiteral("WHERE (? = '' OR r.status = ?) AND (? = '' OR r.decision = ?) ORDER BY r.id DESC"));
    q.addBindValue(nn(filter.status));
    q.addBindValue(nn(filter.status));
    q.addBindValue(nn(filter.decision));
    q.addBindValue(nn(filter.decision));
    if (!q.exec())
        return sqlError(q, "recommendations");
    QList<Recommendation> out;
    while (q.next())
        out.append(readRecommendation(q));
    if (Status s = readApprovals(m_db, out); !s)
        return s.error();
    return out;
}

Result<QList<Recommendation>> DecisionStore::listShown(int decidedShown, bool *capped) const
{
    // Three indexed sets, not a scan of every recommendation: pending ones
    // (the status index), sends not done (the outbox's state index), the
    // newest decided ones (the primary key, newest first).
    const QString ids = QStringLiteral(
                            "SELECT id FROM recommendations WHERE status = 'pending' "
                            "UNION SELECT recommendation_id FROM outbox WHERE state IN ('approved', 'sending', 'failed', 'unknown') "
                            "UNION SELECT id FROM (SELECT id FROM recommendations WHERE status <> 'pending' ORDER BY id DESC LIMIT %1) newest")
                            .arg(std::max(0, decidedShown));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.id IN (%1) ORDER BY r.id DESC").arg(ids)))
        return sqlError(q, "recommendations");
    QList<Recommendation> out;
    while (q.next())
        out.append(readRecommendation(q));
    if (Status s = readApprovals(m_db, out, ids); !s)
        return s.error();
    if (capped) {
        QSqlQuery more(m_db);
        if (!more.exec(QStringLiteral("SELECT count(*) FROM (SELECT id FROM recommendations WHERE status <> 'pending' "
                                      "ORDER BY id DESC LIMIT 1 OFFSET %1) older")
                           .arg(std::max(0, decidedShown)))
            || !more.next())
            return sqlError(more, "recommendations");
        *capped = more.value(0).toLongLong() > 0;
    }
    return out;
}

Result<QList<Recommendation>> DecisionStore::list(const QList<qint64> &ids) const
{
    QList<Recommendation> out;
    // In chunks: one statement per few hundred ids keeps each short (a burst
    // the listener names is at most QueueListener::kMaxIds).
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.id IN (%1) ORDER BY r.id DESC").arg(idList(chunk))))
            return sqlError(q, "recommendations");
        QList<Recommendation> part;
        while (q.next())
            part.append(readRecommendation(q));
        if (Status s = readApprovals(m_db, part, idList(chunk)); !s)
            return s.error();
        out += part;
    }
    std::sort(out.begin(), out.end(), [](const Recommendation &a, const Recommendation &b) { return a.id > b.id; });
    return out;
}

Result<std::optional<Recommendation>> DecisionStore::liveRollbackOf(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSelect)
              + QStringLiteral("WHERE r.rollback_of = ? AND (r.status = 'pending' OR (r.status = 'approved' AND "
                               "COALESCE(o.state, '') <> 'failed')) ORDER BY r.id DESC LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recommendations");
    if (!q.next())
        return std::optional<Recommendation>();
    return std::optional<Recommendation>(readRecommendation(q));
}

Result<Recommendation> DecisionStore::get(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recommendations");
    if (!q.next())
        return Error{Text::tr("no recommendation %1").arg(id), QStringLiteral("recommendations")};
    QList<Recommendation> one{readRecommendation(q)};
    if (Status s = readApprovals(m_db, one, idList({id})); !s)
        return s.error();
    return one.first();
}

Result<Recommendation> DecisionStore::approve(qint64 id, const QString &operatorName, const QDateTime &now, int approvalsNeeded)
{
    auto rec = get(id);
    if (!rec)
        return rec.error();
    const QString where = Text::tr("recommendation %1").arg(id);
    if (rec->status != u"pending")
        return Error{notPending(*rec), where};
    if (!rec->spendsOrStopsMoney())
        return Error{Text::tr("it proposes no action to send"), where};
    if (rec->expiresAt.isValid() && rec->expiresAt < now) {
        (void)expire(now);   // best effort: the refusal below is the answer either way
        return Error{Text::tr("it expired at %1; run a new cycle").arg(QLocale().toString(rec->expiresAt.toLocalTime(), QLocale::ShortFormat)), where};
    }
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error{m_db.lastError().text(), QStringLiteral("BEGIN")};
    // Four-eyes (issue 18). A write first: it takes SQLite's write lock (and
    // PostgreSQL's lock on the row) before who approved is read, so two
    // operators approving at once are counted one after the other and
    // neither's approval is missed by the other's check.
    const QString who = operatorName.trimmed();
    {
        QSqlQuery lock(m_db);
        lock.prepare(QStringLiteral("UPDATE recommendations SET status = status WHERE id = ? AND status = 'pending'"));
        lock.addBindValue(id);
        if (!lock.exec())
            return sqlError(lock, "recommendations");
        if (lock.numRowsAffected() != 1) {
            auto now = get(id);
            return Error{now ? notPending(*now) : Text::tr("it was decided by someone else meanwhile"), where};
        }
    }
    // The same action twice in flight: an approved one not yet confirmed
    // sent (approved, sending, unknown) doing what this one does, to the same
    // campaign (a new campaign: for the same product). A walkthrough queued
    // one campaign's pause three times: an emergency pause proposed at every
    // cycle while the first waited for a platform. Different actions on one
    // campaign may wait together: the dispatcher sends them in order.
    {
        const bool create = rec->action == Recommendation::Action::Create;
        const bool budget = rec->action == Recommendation::Action::SetBudget;
        QSqlQuery f(m_db);
        f.prepare(QStringLiteral("SELECT r.id, r.decided_by, r.decided_at, o.state FROM outbox o "
                                 "JOIN recommendations r ON r.id = o.recommendation_id "
                                 "WHERE o.state IN ('approved', 'sending', 'unknown') AND r.id <> ? AND r.action = ? AND ")
                  + (create ? QStringLiteral("r.product_id = ?") : QStringLiteral("r.campaign_id = ?"))
                  + (budget ? QStringLiteral(" AND r.proposed_budget_minor = ?") : QString()) + QStringLiteral(" ORDER BY o.id LIMIT 1"));
        f.addBindValue(id);
        f.addBindValue(Recommendation::actionKey(rec->action));
        f.addBindValue(create ? rec->productId : rec->campaignId);
        if (budget)
            f.addBindValue(rec->proposedBudget ? QVariant(qint64(rec->proposedBudget->minor())) : QVariant());
        if (!f.exec())
            return sqlError(f, "outbox");
        if (f.next()) {
            const QString state = f.value(3).toString();
            const QString when = fromIso(f.value(2)).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            const QString status = state == u"unknown" ? Text::tr("was sent without a confirmation yet (see the Outbox)")
                                                       : Text::tr("waits to be sent");
            return Error{Text::tr("the same action is already on its way: recommendation %1, approved by %2 at %3, %4; approving this "
                                  "one would send it twice")
                             .arg(f.value(0).toLongLong())
                             .arg(f.value(1).toString(), when, status),
                         where};
        }
    }
    QStringList given;
    QString mine, mineAs;  // when `who` approved it, if they did, and under which spelling
    {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("SELECT operator, at FROM approvals WHERE recommendation_id = ? ORDER BY at, operator"));
        a.addBindValue(id);
        if (!a.exec())
            return sqlError(a, "approvals");
        while (a.next()) {
            given << a.value(0).toString();
            // One person, however the name is capitalised.
            if (given.last().compare(who, Qt::CaseInsensitive) == 0) {
                mine = fromIso(a.value(1)).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
                mineAs = given.last();
            }
        }
    }
    const bool again = !mine.isEmpty();
    // The same person twice is never the second pair of eyes (unless the
    // policy has since lowered the count to what was already given).
    if (again && given.size() < approvalsNeeded)
        return Error{Text::tr("%1 already approved it at %2; a second, different operator must approve it").arg(mineAs, mine), where};
    if (!again) {
        QSqlQuery a(m_db);
        a.prepare(QStringLiteral("INSERT INTO approvals (recommendation_id, operator, at) VALUES (?, ?, ?)"));
        a.addBindValue(id);
        a.addBindValue(who);
        a.addBindValue(iso(now));
        if (!a.exec())
            return sqlError(a, "approvals");
        given << who;
    }
    if (given.size() < approvalsNeeded) {
        // The first of two: recorded and audited, nothing reaches the outbox.
        if (Status s = auditIn(operatorName, QStringLiteral("approval_%1_of_%2").arg(given.size()).arg(approvalsNeeded), id,
                               Text::tr("%1 of %2 approvals; needs one more by a different operator").arg(given.size()).arg(approvalsNeeded));
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return get(id);
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recommendations SET status = 'approved', decided_by = ?, decided_at = ? "
                             "WHERE id = ? AND status = 'pending'"));
    q.addBindValue(nn(operatorName));
    q.addBindValue(iso(now));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recommendations");
    if (q.numRowsAffected() != 1) {
        auto now = get(id);
        return Error{now ? notPending(*now) : Text::tr("it was decided by someone else meanwhile"), where};
    }
    QJsonObject action{
        {QStringLiteral("action"), Recommendation::actionKey(rec->action)},
        {QStringLiteral("campaign_id"), rec->campaignId},
        {QStringLiteral("product_id"), rec->productId},
        {QStringLiteral("budget"), rec->proposedBudget ? QJsonValue(rec->proposedBudget->toString()) : QJsonValue()},
        {QStringLiteral("previous_budget"), rec->previousBudget ? QJsonValue(rec->previousBudget->toString()) : QJsonValue()},
        {QStringLiteral("campaign_name"), rec->campaignName},
        {QStringLiteral("ad_copy"), rec->adCopy},
        {QStringLiteral("duration_days"), rec->durationDays},
    };
    if (const AdCopy *copy = rec->copy.current()) {
        // What wrote the text that is sent: the template, a model (which one,
        // answering which prompt) or the operator.
        action.insert(QStringLiteral("ad_description"), copy->description);
        action.insert(QStringLiteral("copy_source"), copy->source);
        if (!copy->model.isEmpty())
            action.insert(QStringLiteral("copy_model"), copy->model);
        if (!copy->promptVersion.isEmpty())
            action.insert(QStringLiteral("copy_prompt_version"), copy->promptVersion);
    }
    QSqlQuery o(m_db);
    o.prepare(QStringLiteral("INSERT INTO outbox (recommendation_id, idempotency_key, action_json, state, created_at, updated_at) "
                             "VALUES (?, ?, ?, 'approved', ?, ?)"));
    o.addBindValue(id);
    o.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    o.addBindValue(text(action));
    o.addBindValue(iso(now));
    o.addBindValue(iso(now));
    if (!o.exec())
        return sqlError(o, "outbox");
    if (Status s = auditIn(operatorName, QStringLiteral("approved"), id, text(action)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return get(id);
}

Status DecisionStore::reject(qint64 id, const QString &operatorName, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("a rejection needs a reason"), Text::tr("recommendation %1").arg(id)};
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recommendations SET status = 'rejected', decided_by = ?, decided_at = ?, "
                             "decision_reason = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(nn(operatorName));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(reason);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recommendations");
    if (q.numRowsAffected() != 1) {
        // Why not: no such recommendation, or who decided it and when.
        auto rec = get(id);
        if (!rec)
            return rec.error();
        return Error{notPending(*rec), Text::tr("recommendation %1").arg(id)};
    }
    if (Status s = auditIn(operatorName, QStringLiteral("rejected"), id, reason); !s)
        return s;
    return tx.commit();
}

Status DecisionStore::editBudget(qint64 id, Money budget, const QString &operatorName, const QString &reason)
{
    auto rec = get(id);
    if (!rec)
        return rec.error();
    // The expected effect was worked out for the proposed budget: a new
    // campaign's moves by the difference (its spend is the budget), a budget
    // change's is not recomputed here and is dropped rather than left wrong
    // (a walkthrough's £15 → £20 edit still showed (£15.00) a day).
    QJsonObject inputs = rec->inputs;
    QString rationale = rec->rationale;
    if (rec->proposedBudget && *rec->proposedBudget != budget) {
        const qint64 delta = budget.minor() - rec->proposedBudget->minor();
        const QString was = rec->proposedBudget->toString();
        inputs.insert(QStringLiteral("budget_edited_from"), was);
        bool shifted = false;
        for (const char *key : {"expected_impact_per_day", "impact_low_per_day", "impact_high_per_day"}) {
            const auto v = Money::parse(inputs.value(QLatin1String(key)).toString());
            if (!v)
                continue;
            if (rec->action == Recommendation::Action::Create) {
                inputs.insert(QLatin1String(key), Money::fromMinor(v->minor() - delta).toString());
                shifted = true;
            } else {
                inputs.remove(QLatin1String(key));
            }
        }
        if (rec->action != Recommendation::Action::Create)
            inputs.remove(QStringLiteral("impact_confidence"));
        rationale += QLatin1Char(' ')
                     + (shifted ? Text::tr("Budget edited by %1 from %2 to %3 a day: the expected effect above was for %2; "
                                           "the Impact column is for %3.")
                                : Text::tr("Budget edited by %1 from %2 to %3 a day: the expected effect above was for %2 "
                                           "and is not worked out again for %3."))
                           .arg(operatorName, was, budget.toString());
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE recommendations SET proposed_budget_minor = ?, inputs_json = ?, rationale = ? "
                             "WHERE id = ? AND status = 'pending' AND action IN ('create', 'set_budget')"));
    q.addBindValue(qlonglong(budget.minor()));
    q.addBindValue(text(inputs));
    q.addBindValue(rationale);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recommendations");
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("only a pending budget or new-campaign recommendation can be edited"),
                     Text::tr("recommendation %1").arg(id)};
    auto dropped = dropApprovals(m_db, id);
    if (!dropped)
        return dropped.error();
    if (Status s = auditIn(operatorName, QStringLiteral("edited"), id,
                           Text::tr("budget %1 → %2. %3")
                                   .arg(rec->proposedBudget ? rec->proposedBudget->toString() : QStringLiteral("—"), budget.toString(), reason)
                               + *dropped);
        !s)
        return s;
    return tx.commit();
}

Status DecisionStore::setCopy(qint64 id, const CopyChoice &copy, const QString &operatorName, const QString &event,
                              const QString &details)
{
    const QString where = Text::tr("recommendation %1").arg(id);
    const AdCopy *current = copy.current();
    if (!current)
        return Error{Text::tr("no ad copy is chosen"), where};
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error{m_db.lastError().text(), QStringLiteral("BEGIN")};
    QSqlQuery q(m_db);
    // Only while pending: what an approval recorded is what is sent.
    q.prepare(QStringLiteral("UPDATE recommendations SET campaign_name = ?, ad_copy = ?, copy_json = ? "
                             "WHERE id = ? AND status = 'pending' AND action = 'create'"));
    q.addBindValue(current->headline);
    q.addBindValue(current->primaryText);
    q.addBindValue(text(copy.toJson()));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recommendations");
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("only the copy of a pending new campaign can be changed"), where};
    auto dropped = dropApprovals(m_db, id);
    if (!dropped)
        return dropped.error();
    if (Status s = auditIn(operatorName, event, id, details + *dropped); !s)
        return s;
    return tx.commit();
}

Result<int> DecisionStore::expire(const QDateTime &now)
{
    QSqlQuery q(m_db);
    // On PostgreSQL its rows locked in id order, as add() locks those it
    // supersedes: the two statements never wait for each other in a circle.
    q.prepare(Database::onPostgres(m_db)
                  ? QStringLiteral("UPDATE recommendations SET status = 'expired' WHERE status = 'pending' AND id IN ("
                                   "SELECT id FROM recommendations WHERE status = 'pending' AND expires_at < ? ORDER BY id "
                                   "FOR NO KEY UPDATE)")
                  : QStringLiteral("UPDATE recommendations SET status = 'expired' WHERE status = 'pending' AND expires_at < ?"));
    q.addBindValue(iso(now));
    if (!q.exec())
        return sqlError(q, "recommendations");
    return q.numRowsAffected();
}

Result<QList<OutboxItem>> DecisionStore::outbox(const QString &state) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, recommendation_id, idempotency_key, state, attempts, lease_owner, lease_until_ms, "
                             "attempt_started_ms, last_error FROM outbox WHERE state = ? ORDER BY id"));
    q.addBindValue(state);
    if (!q.exec())
        return sqlError(q, "outbox");
    QList<OutboxItem> items;
    while (q.next()) {
        items.append(outboxItem(q));
    }
    for (OutboxItem &item : items) {
        auto rec = get(item.recommendationId);
        if (!rec)
            return rec.error();
        item.recommendation = *rec;
    }
    return items;
}

namespace {
qint64 recommendationOf(QSqlDatabase &db, qint64 outboxId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT recommendation_id FROM outbox WHERE id = ?"));
    q.addBindValue(outboxId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// One guarded UPDATE of an outbox entry: `set` with its values, `guard` with
// its values; the affected-row count says whether the guard held.
Result<bool> updateOutbox(QSqlDatabase &db, const QString &set, const QVariantList &setValues, const QString &guard,
                          const QVariantList &guardValues)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE outbox SET %1, updated_at = ? WHERE id = ? AND %2").arg(set, guard));
    for (const QVariant &v : setValues)
        q.addBindValue(v);
    q.addBindValue(iso(Clock::now()));
    for (const QVariant &v : guardValues)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, "outbox");
    return q.numRowsAffected() == 1;
}

Error notInState(qint64 id, const QString &what)
{
    return Error{Text::tr("outbox entry %1 is not %2").arg(id).arg(what), QStringLiteral("outbox")};
}
} // namespace

Result<bool> DecisionStore::claim(qint64 outboxId, const Lease &lease, const QString &platform, const QString &operatorName)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error{m_db.lastError().text(), QStringLiteral("BEGIN")};
    const qint64 now = Clock::nowMs();
    auto won = updateOutbox(m_db,
                            QStringLiteral("state = 'sending', lease_owner = ?, lease_until_ms = ?, attempt_started_ms = ?, "
                                           "attempts = attempts + 1, platform = ?, last_error = ''"),
                            {lease.owner, now + lease.durationMs, now, nn(platform)}, QStringLiteral("state = 'approved'"),
                            {outboxId});
    if (!won || !*won)
        return won;
    if (Status s = auditIn(operatorName, QStringLiteral("sent"), recommendationOf(m_db, outboxId), nn(platform)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Result<std::optional<OutboxItem>> DecisionStore::claimNext(const Lease &lease, const QString &platform,
                                                           const QString &operatorName, const QSet<QString> &held, qint64 afterId)
{
    if (!Database::onPostgres(m_db))
        return Error{Text::tr("claiming the next entry needs row locks (PostgreSQL); list and claim() instead"),
                     QStringLiteral("outbox")};
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error{m_db.lastError().text(), QStringLiteral("BEGIN")};
    // FOR UPDATE SKIP LOCKED: "any selected rows that cannot be immediately
    // locked are skipped. Skipping locked rows provides an inconsistent view
    // of the data, so this is not suitable for general purpose work, but can
    // be used to avoid lock contention with multiple consumers accessing a
    // queue-like table" (PostgreSQL, SELECT, The Locking Clause:
    // https://www.postgresql.org/docs/current/sql-select.html#SQL-FOR-UPDATE-SHARE).
    // The row lock is held until this transaction ends, so the state UPDATE
    // and its "sent" audit entry commit before anyone else can see the row
    // free: a second sender skips it while we claim it and then finds it
    // 'sending'. An earlier action on the same campaign that another sender
    // holds the lock of is still 'approved' in our snapshot, so the later one
    // waits for it (the NOT EXISTS), as it does once that one is 'sending'.
    QJsonArray heldIds;
    for (const QString &campaign : held)
        if (!campaign.isEmpty())
            heldIds.append(campaign);
    const qint64 now = Clock::nowMs();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "WITH next AS ("
        " SELECT o.id FROM outbox o JOIN recommendations r ON r.id = o.recommendation_id"
        " WHERE o.state = 'approved' AND o.id > ?"
        " AND NOT (COALESCE(r.campaign_id, '') <> '' AND r.campaign_id IN (SELECT jsonb_array_elements_text(CAST(? AS jsonb))))"
        " AND NOT EXISTS (SELECT 1 FROM outbox e JOIN recommendations er ON er.id = e.recommendation_id"
        "  WHERE COALESCE(r.campaign_id, '') <> '' AND er.campaign_id = r.campaign_id AND e.id < o.id"
        "  AND e.state IN ('sending', 'unknown', 'approved'))"
        " ORDER BY o.id LIMIT 1 FOR UPDATE OF o SKIP LOCKED)"
        " UPDATE outbox SET state = 'sending', lease_owner = ?, lease_until_ms = ?, attempt_started_ms = ?,"
        " attempts = attempts + 1, platform = ?, last_error = '', updated_at = ?"
        " FROM next WHERE outbox.id = next.id"
        " RETURNING outbox.id, outbox.recommendation_id, outbox.idempotency_key, outbox.state, outbox.attempts,"
        " outbox.lease_owner, outbox.lease_until_ms, outbox.attempt_started_ms, outbox.last_error"));
    q.addBindValue(afterId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(heldIds).toJson(QJsonDocument::Compact)));
    q.addBindValue(lease.owner);
    q.addBindValue(now + lease.durationMs);
    q.addBindValue(now);
    q.addBindValue(nn(platform));
    q.addBindValue(iso(Clock::now()));
    if (!q.exec())
        return sqlError(q, "outbox");
    if (!q.next())
        return std::optional<OutboxItem>();   // none left that is free to take
    OutboxItem item = outboxItem(q);
    q.finish();
    if (Status s = auditIn(operatorName, QStringLiteral("sent"), item.recommendationId, nn(platform)); !s)
        return s.error();
    auto rec = get(item.recommendationId);
    if (!rec)
        return rec.error();
    item.recommendation = *rec;
    if (Status s = tx.commit(); !s)
        return s.error();
    return std::optional<OutboxItem>(std::move(item));
}

Status DecisionStore::markSending(qint64 outboxId, const QString &operatorName)
{
    Transaction tx(m_db);
    auto moved = updateOutbox(m_db, QStringLiteral("state = 'sending', lease_owner = '', lease_until_ms = 0, "
                                                   "attempt_started_ms = ?, attempts = attempts + 1"),
                              {Clock::nowMs()}, QStringLiteral("state = 'approved'"), {outboxId});
    if (!moved)
        return moved.error();
    if (!*moved)
        return notInState(outboxId, QStringLiteral("approved"));
    if (Status s = auditIn(operatorName, QStringLiteral("sent"), recommendationOf(m_db, outboxId), {}); !s)
        return s;
    return tx.commit();
}

Result<bool> DecisionStore::takeOver(qint64 outboxId, const Lease &lease)
{
    const qint64 now = Clock::nowMs();
    return updateOutbox(m_db, QStringLiteral("lease_owner = ?, lease_until_ms = ?"), {lease.owner, now + lease.durationMs},
                        QStringLiteral("state = 'sending' AND (lease_owner = '' OR lease_until_ms < ? OR lease_owner = ?)"),
                        {outboxId, now, lease.owner});
}

Status DecisionStore::renewLease(qint64 outboxId, const Lease &lease)
{
    auto renewed = updateOutbox(m_db, QStringLiteral("lease_until_ms = ?"), {Clock::nowMs() + lease.durationMs},
                                QStringLiteral("state = 'sending' AND lease_owner = ?"), {outboxId, lease.owner});
    if (!renewed)
        return renewed.error();
    if (!*renewed)
        return Error{Text::tr("outbox entry %1: the lease was lost to another sender").arg(outboxId), QStringLiteral("outbox")};
    return {};
}

Status DecisionStore::releaseLease(qint64 outboxId, const Lease &lease, const QString &why)
{
    auto released = updateOutbox(m_db, QStringLiteral("lease_owner = '', lease_until_ms = 0, last_error = ?"), {nn(why)},
                                 QStringLiteral("state = 'sending' AND lease_owner = ?"), {outboxId, lease.owner});
    if (!released)
        return released.error();
    if (!*released)
        return Error{Text::tr("outbox entry %1: the lease was lost to another sender").arg(outboxId), QStringLiteral("outbox")};
    return {};
}

// The transitions a sender makes under its lease, each with its audit entry.
namespace {
struct Move
{
    const char *set;           // SQL assignments after state
    QVariantList values;
    const char *event;         // audit event
    QString details;
};
} // namespace

static Status leasedMove(QSqlDatabase &db, qint64 outboxId, const Lease &lease, const QString &to,
                         const Move &move, const QString &operatorName,
                         const std::function<Status(const QString &, const QString &, qint64, const QString &)> &audit)
{
    Transaction tx(db);
    if (!tx.isOpen())
        return Error{db.lastError().text(), QStringLiteral("BEGIN")};
    auto moved = updateOutbox(db, QStringLiteral("state = ?, %1").arg(QLatin1String(move.set)), QVariantList{to} + move.values,
                              QStringLiteral("state = 'sending' AND lease_owner = ?"), {outboxId, lease.owner});
    if (!moved)
        return moved.error();
    if (!*moved)
        return Error{Text::tr("outbox entry %1 is no longer ours to settle (its lease was lost)").arg(outboxId),
                     QStringLiteral("outbox")};
    if (Status s = audit(operatorName, QLatin1String(move.event), recommendationOf(db, outboxId), move.details); !s)
        return s;
    return tx.commit();
}

Status DecisionStore::restartAttempt(qint64 outboxId, const Lease &lease, const QString &operatorName)
{
    const qint64 now = Clock::nowMs();
    return leasedMove(m_db, outboxId, lease, QStringLiteral("sending"),
                      {"attempt_started_ms = ?, lease_until_ms = ?, attempts = attempts + 1, last_error = ''",
                       {now, now + lease.durationMs}, "resent",
                       Text::tr("a state check showed the last attempt was never applied; sent again with the same key")},
                      operatorName, [this](auto... a) { return auditIn(a...); });
}

Status DecisionStore::unclaim(qint64 outboxId, const Lease &lease, const QString &why)
{
    return leasedMove(m_db, outboxId, lease, QStringLiteral("approved"),
                      {"lease_owner = '', lease_until_ms = 0, attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, last_error = ?", {nn(why)},
                       "not_sent", why},
                      lease.owner, [this](auto... a) { return auditIn(a...); });
}

Status DecisionStore::markDone(qint64 outboxId, const Lease &lease, const QString &resultJson, const QString &operatorName,
                               const QString &outcome)
{
    return leasedMove(m_db, outboxId, lease, QStringLiteral("done"),
                      {"lease_owner = '', lease_until_ms = 0, last_error = '', result_json = ?, outcome = ?",
                       {nn(resultJson), nn(outcome)}, outcome == u"confirmed" ? "confirmed" : "done", resultJson},
                      operatorName, [this](auto... a) { return auditIn(a...); });
}

Status DecisionStore::markFailed(qint64 outboxId, const Lease &lease, const QString &error, const QString &operatorName)
{
    return leasedMove(m_db, outboxId, lease, QStringLiteral("failed"),
                      {"lease_owner = '', lease_until_ms = 0, last_error = ?", {nn(error)}, "failed", error}, operatorName,
                      [this](auto... a) { return auditIn(a...); });
}

Result<bool> DecisionStore::confirmUnknown(qint64 outboxId, const QString &evidenceJson, const QString &operatorName)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Error{m_db.lastError().text(), QStringLiteral("BEGIN")};
    auto moved = updateOutbox(m_db, QStringLiteral("state = 'done', lease_owner = '', lease_until_ms = 0, last_error = '', "
                                                   "result_json = ?, outcome = 'confirmed'"),
                              {nn(evidenceJson)}, QStringLiteral("state = 'unknown'"), {outboxId});
    if (!moved)
        return moved.error();
    if (!*moved)
        return false;
    if (Status s = auditIn(operatorName, QStringLiteral("confirmed"), recommendationOf(m_db, outboxId), evidenceJson); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return true;
}

Status DecisionStore::markUnknown(qint64 outboxId, const Lease &lease, const QString &why, const QString &operatorName)
{
    return leasedMove(m_db, outboxId, lease, QStringLiteral("unknown"),
                      {"lease_owner = '', lease_until_ms = 0, last_error = ?", {nn(why)}, "unknown", why}, operatorName,
                      [this](auto... a) { return auditIn(a...); });
}

Result<QSet<QString>> DecisionStore::knownCampaigns(const QString &platform) const
{
    QSet<QString> ids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE platform = ?"));
    q.addBindValue(platform);
    if (!q.exec())
        return sqlError(q, "campaigns");
    while (q.next())
        ids.insert(q.value(0).toString());
    q.prepare(QStringLiteral("SELECT o.result_json FROM outbox o JOIN recommendations r ON r.id = o.recommendation_id "
                             "WHERE o.state = 'done' AND o.platform = ? AND r.action = 'create'"));
    q.addBindValue(platform);
    if (!q.exec())
        return sqlError(q, "outbox");
    while (q.next()) {
        const QJsonValue id = obj(q.value(0).toString()).value(QStringLiteral("campaign_id"));
        const QString text = id.isDouble() ? QString::number(qint64(id.toDouble())) : id.toString();
        if (!text.isEmpty())
            ids.insert(text);
    }
    return ids;
}

namespace {
// An operator's decision on an entry no sender holds: from one state to another, audited with their name.
// Resend: the move queues the action to be sent again (Retry, Send again).
enum class MoveKind { Settle, Resend };
Status operatorMove(QSqlDatabase &db, qint64 outboxId, const QString &operatorName, MoveKind move, const char *from, const char *set,
                    const QString &fromText, const std::function<Status(qint64, const QString &lastError)> &audit)
{
    // Named as the operator knows it: the recommendation ("outbox entry 2"
    // was the program's word, not theirs).
    if (operatorName.trimmed().isEmpty())
        return Error{Text::tr("set your name first (Settings ▸ Operator name): it goes into the audit log"),
                     Text::tr("recommendation #%1").arg(recommendationOf(db, outboxId))};
    Transaction tx(db);
    if (!tx.isOpen())
        return Error{db.lastError().text(), QStringLiteral("BEGIN")};
    // The error the send failed with (or why it is unknown): kept in the
    // audit entry, as the move clears it from the outbox.
    QString lastError;
    if (move == MoveKind::Resend) {
        // A spend approved on evidence that has expired is not sent again:
        // the figures it was judged on are older than the policy lets a
        // recommendation wait (a walkthrough retried a week-old failed
        // budget raise). A pause or a cut is: stopping money stays urgent.
        // The next cycle proposes again what still holds.
        QSqlQuery rec(db);
        rec.prepare(QStringLiteral("SELECT r.action, r.proposed_budget_minor, r.previous_budget_minor, r.expires_at, o.last_error, "
                                   "c.daily_budget_minor FROM outbox o JOIN recommendations r ON r.id = o.recommendation_id "
                                   "LEFT JOIN campaigns c ON c.id = r.campaign_id WHERE o.id = ?"));
        rec.addBindValue(outboxId);
        if (!rec.exec())
            return sqlError(rec, "outbox");
        if (rec.next()) {
            lastError = rec.value(4).toString();
            const QString action = rec.value(0).toString();
            // A raise against the budget the campaign has now (a refresh
            // may show it cut since), else the one it replaced; a budget
            // change against no known budget counts as a raise (helper-41:
            // an expired "cut" from 52 to 40 on a campaign now at 30 was sent).
            const QVariant proposed = rec.value(1), base = !rec.value(5).isNull() ? rec.value(5) : rec.value(2);
            const bool raise = action == u"set_budget" && (proposed.isNull() || base.isNull() || proposed.toLongLong() > base.toLongLong());
            const QDateTime expires = fromIso(rec.value(3));
            if ((action == u"create" || action == u"resume" || raise) && expires.isValid() && expires < Clock::now()) {
                Error e{Text::tr("it spends money on evidence that expired at %1; sending it now would act on old figures. "
                                 "It stays %2; the next cycle proposes again what still holds")
                            .arg(expires.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), fromText),
                        Text::tr("recommendation #%1").arg(recommendationOf(db, outboxId))};
                e.refused = true;
                return e;
            }
        }
        // Sent again (Retry, Send again): not when a newer action on the
        // same campaign, or a newer new campaign for the same product, was
        // approved since. A walkthrough's failed "create" was proposed again
        // by the next cycle, approved, and the old one retried: two
        // campaigns, twice the budget.
        QSqlQuery newer(db);
        newer.prepare(QStringLiteral(
            "SELECT o2.recommendation_id, COALESCE(r2.decided_by, ''), COALESCE(r.campaign_id, ''), COALESCE(r.product_id, '') "
            "FROM outbox o JOIN recommendations r ON r.id = o.recommendation_id "
            "JOIN outbox o2 ON o2.id > o.id AND o2.state IN ('approved', 'sending', 'done', 'unknown') "
            "JOIN recommendations r2 ON r2.id = o2.recommendation_id "
            "WHERE o.id = ? AND ((COALESCE(r.campaign_id, '') <> '' AND r2.campaign_id = r.campaign_id) "
            "OR (COALESCE(r.campaign_id, '') = '' AND COALESCE(r2.campaign_id, '') = '' AND r2.product_id = r.product_id "
            "AND r2.action = r.action)) ORDER BY o2.id LIMIT 1"));
        newer.addBindValue(outboxId);
        if (!newer.exec())
            return sqlError(newer, "outbox");
        if (newer.next()) {
            const QString what = !newer.value(2).toString().isEmpty() ? Text::tr("campaign %1").arg(newer.value(2).toString())
                                                                      : Text::tr("product %1").arg(newer.value(3).toString());
            Error e{Text::tr("recommendation #%1 on the same %2 was approved since (by %3): sending this older one as well "
                             "would act twice; it stays %4")
                        .arg(newer.value(0).toLongLong())
                        .arg(what, newer.value(1).toString(), fromText),
                    Text::tr("recommendation #%1").arg(recommendationOf(db, outboxId))};
            e.refused = true;
            return e;
        }
    }
    auto moved = updateOutbox(db, QLatin1String(set), {}, QStringLiteral("state = ?"), {outboxId, QLatin1String(from)});
    if (!moved)
        return moved.error();
    if (!*moved)
        return notInState(outboxId, fromText);
    if (Status s = audit(recommendationOf(db, outboxId), lastError); !s)
        return s;
    return tx.commit();
}
} // namespace

Status DecisionStore::retry(qint64 outboxId, const QString &operatorName)
{
    return operatorMove(m_db, outboxId, operatorName, MoveKind::Resend, "failed", "state = 'approved', last_error = ''", QStringLiteral("failed"),
                        [&](qint64 rec, const QString &lastError) {
                            return auditIn(operatorName, QStringLiteral("retry"), rec,
                                           lastError.isEmpty() ? Text::tr("the operator sent the failed action again")
                                                               : Text::tr("the operator sent the failed action again (it had failed: %1)")
                                                                     .arg(lastError));
                        });
}

Status DecisionStore::markApplied(qint64 outboxId, const QString &operatorName)
{
    return operatorMove(m_db, outboxId, operatorName, MoveKind::Settle, "unknown", "state = 'done', outcome = 'operator'",
                        QStringLiteral("unknown"), [&](qint64 rec, const QString &) {
                            return auditIn(operatorName, QStringLiteral("marked_applied"), rec,
                                           Text::tr("the operator found it applied on the platform"));
                        });
}

Status DecisionStore::sendAgain(qint64 outboxId, const QString &operatorName)
{
    return operatorMove(m_db, outboxId, operatorName, MoveKind::Resend, "unknown", "state = 'approved', last_error = ''", QStringLiteral("unknown"),
                        [&](qint64 rec, const QString &lastError) {
                            return auditIn(operatorName, QStringLiteral("send_again"), rec,
                                           lastError.isEmpty()
                                               ? Text::tr("the operator found it not applied on the platform: sent again with the same key")
                                               : Text::tr("the operator found it not applied on the platform: sent again with the same key "
                                                          "(it had been unknown: %1)")
                                                     .arg(lastError));
                        });
}

namespace {
// A row of "SELECT id, at, operator, event, recommendation_id, details FROM audit_log".
AuditEntry auditEntryOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), fromIso(q.value(1)), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong(),
            q.value(5).toString()};
}
} // namespace

Result<QList<AuditEntry>> DecisionStore::auditLog(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, operator, event, recommendation_id, details FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "audit_log");
    QList<AuditEntry> out;
    while (q.next())
        out.append(auditEntryOf(q));
    return out;
}

Result<std::optional<AuditEntry>> DecisionStore::lastAuditOf(qint64 recommendationId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, operator, event, recommendation_id, details FROM audit_log WHERE recommendation_id = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(recommendationId);
    if (!q.exec())
        return sqlError(q, "audit_log");
    if (!q.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(auditEntryOf(q));
}

Result<QString> DecisionStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, "settings");
    return q.next() ? q.value(0).toString() : fallback;
}

Status DecisionStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    // Unchanged, nothing is written: a cycle saves its portfolio each time,
    // and a write that changes nothing still cost a commit to disk.
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value "
                             "WHERE settings.value <> excluded.value"));
    q.addBindValue(key);
    q.addBindValue(nn(value));
    if (!q.exec())
        return sqlError(q, "settings");
    return {};
}

Status DecisionStore::savePolicy(int version, const QString &name, const QByteArray &json)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO policy_versions (version, name, created_at, json) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (version) DO UPDATE SET name = excluded.name, created_at = excluded.created_at, "
                             "json = excluded.json WHERE policy_versions.name <> excluded.name OR policy_versions.json <> excluded.json"));
    q.addBindValue(version);
    q.addBindValue(nn(name));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec())
        return sqlError(q, "policy_versions");
    return {};
}

Result<int> DecisionStore::savePolicyForCycle(int version, const QString &name, const std::function<QByteArray(int version)> &json,
                                              const QString &by)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json FROM policy_versions WHERE version = ?"));
    q.addBindValue(version);
    if (!q.exec())
        return sqlError(q, "policy_versions");
    const QByteArray mine = json(version);
    if (!q.next()) {
        if (Status s = savePolicy(version, name, mine); !s)
            return s.error();
        return version;
    }
    if (q.value(0).toString().toUtf8() == mine)
        return version;
    q.finish();
    // Stored under a new number by an earlier cycle: the newest holds it.
    auto latest = latestPolicyVersion();
    if (!latest)
        return latest.error();
    if (*latest != version) {
        q.addBindValue(*latest);
        if (!q.exec())
            return sqlError(q, "policy_versions");
        if (q.next() && q.value(0).toString().toUtf8() == json(*latest))
            return *latest;
        q.finish();
    }
    return savePolicyAs(name, json, by, version + 1);
}

Result<int> DecisionStore::savePolicyAs(const QString &name, const std::function<QByteArray(int version)> &json, const QString &operatorName,
                                        int atLeast)
{
    // Immediate: on SQLite the newest version is read under the write lock,
    // so no other writer stores the same one in between. On PostgreSQL two
    // windows may read the same newest version; the second INSERT then waits
    // for the first's commit and fails on the key (no upsert here: it would
    // overwrite the other's policy), which is told as such.
    Transaction tx(m_db, Transaction::Immediate);
    if (!tx.isOpen())
        return Error{tx.error(), QStringLiteral("BEGIN")};
    auto latest = latestPolicyVersion();
    if (!latest)
        return latest.error();
    const int version = std::max(atLeast, *latest + 1);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO policy_versions (version, name, created_at, json) VALUES (?, ?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(nn(name));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(QString::fromUtf8(json(version)));
    if (!q.exec()) {
        const Error e = sqlError(q, "policy_versions");   // on PostgreSQL it ended the aborted transaction
        if (auto now = latestPolicyVersion(); now && *now >= version)
            return Error{Text::tr("policy version %1 was saved from elsewhere meanwhile; this change was not saved: open the settings "
                                  "again to see the policy in effect")
                             .arg(*now),
                         QStringLiteral("policy_versions")};
        return e;
    }
    if (Status s = auditIn(operatorName, QStringLiteral("policy"), 0, QStringLiteral("version %1 (%2)").arg(version).arg(name)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return version;
}

Result<QByteArray> DecisionStore::latestPolicy() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT json FROM policy_versions ORDER BY version DESC LIMIT 1")))
        return sqlError(q, "policy_versions");
    return q.next() ? q.value(0).toString().toUtf8() : QByteArray();
}

Result<int> DecisionStore::latestPolicyVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM policy_versions")) || !q.next())
        return sqlError(q, "policy_versions");
    return q.value(0).toInt();
}

namespace {
QVariant dateText(const QDate &d) { return d.toString(Qt::ISODate); }
QJsonArray arr(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).array(); }
QString text(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

const char *kProposalSelect =
    "SELECT id, created_at, base_version, evaluations_to, policy_json, changes_json, backtest_json, rationale, status, "
    "decided_by, decided_at, decision_reason, new_version FROM policy_proposals ";

PolicyProposal readProposal(const QSqlQuery &q)
{
    PolicyProposal p;
    p.id = q.value(0).toLongLong();
    p.createdAt = fromIso(q.value(1));
    p.baseVersion = q.value(2).toInt();
    p.evaluationsTo = q.value(3).toLongLong();
    p.policyJson = q.value(4).toString().toUtf8();
    p.changes = arr(q.value(5).toString());
    p.backtest = obj(q.value(6).toString());
    p.rationale = q.value(7).toString();
    p.status = q.value(8).toString();
    p.decidedBy = q.value(9).toString();
    p.decidedAt = fromIso(q.value(10));
    p.decisionReason = q.value(11).toString();
    p.newVersion = q.value(12).toInt();
    return p;
}
} // namespace

Result<QSet<QString>> DecisionStore::evaluatedCampaigns() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT campaign_id FROM evaluations")))
        return sqlError(q, "evaluations");
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<int> DecisionStore::addEvaluations(const QList<Evaluation> &evaluations)
{
    if (evaluations.isEmpty())
        return 0;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO evaluations (campaign_id, product_id, evaluated_at, as_of, window_days, "
                             "policy_version, predicted_decision, predicted_minor, predicted_low_minor, predicted_high_minor, "
                             "actual_minor, actual_low_minor, actual_high_minor, spend_per_day_minor, status, outcome) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    int added = 0;
    for (const Evaluation &e : evaluations) {
        q.addBindValue(e.campaignId);
        q.addBindValue(nn(e.productId));
        q.addBindValue(iso(e.evaluatedAt));
        q.addBindValue(dateText(e.asOf));
        q.addBindValue(e.windowDays);
        q.addBindValue(e.policyVersion);
        q.addBindValue(nn(e.predictedDecision));
        q.addBindValue(optMoney(e.predicted));
        q.addBindValue(optMoney(e.predictedLow));
        q.addBindValue(optMoney(e.predictedHigh));
        q.addBindValue(qlonglong(e.actual.minor()));
        q.addBindValue(qlonglong(e.actualLow.minor()));
        q.addBindValue(qlonglong(e.actualHigh.minor()));
        q.addBindValue(qlonglong(e.spendPerDay.minor()));
        q.addBindValue(nn(e.status));
        q.addBindValue(e.outcome);
        if (!q.exec())
            return sqlError(q, "evaluations");
        added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<QList<Evaluation>> DecisionStore::evaluations(qint64 afterId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, campaign_id, product_id, evaluated_at, as_of, window_days, policy_version, predicted_decision, "
                             "predicted_minor, predicted_low_minor, predicted_high_minor, actual_minor, actual_low_minor, "
                             "actual_high_minor, spend_per_day_minor, status, outcome FROM evaluations WHERE id > ? ORDER BY id"));
    q.addBindValue(afterId);
    if (!q.exec())
        return sqlError(q, "evaluations");
    QList<Evaluation> out;
    while (q.next()) {
        Evaluation e;
        e.id = q.value(0).toLongLong();
        e.campaignId = q.value(1).toString();
        e.productId = q.value(2).toString();
        e.evaluatedAt = fromIso(q.value(3));
        e.asOf = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        e.windowDays = q.value(5).toInt();
        e.policyVersion = q.value(6).toInt();
        e.predictedDecision = q.value(7).toString();
        e.predicted = toMoney(q.value(8));
        e.predictedLow = toMoney(q.value(9));
        e.predictedHigh = toMoney(q.value(10));
        e.actual = Money::fromMinor(q.value(11).toLongLong());
        e.actualLow = Money::fromMinor(q.value(12).toLongLong());
        e.actualHigh = Money::fromMinor(q.value(13).toLongLong());
        e.spendPerDay = Money::fromMinor(q.value(14).toLongLong());
        e.status = q.value(15).toString();
        e.outcome = q.value(16).toString();
        out.append(e);
    }
    return out;
}

Result<QHash<QString, Recommendation>> DecisionStore::latestPredictions(const QSet<QString> &campaignIds, QDate before) const
{
    QHash<QString, Recommendation> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Per campaign, newest first (recommendations_by_campaign): the first
    // judged on figures before `before` wins.
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE r.campaign_id = ? ORDER BY r.id DESC"));
    for (const QString &id : campaignIds) {
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, "recommendations");
        while (q.next()) {
            Recommendation r = readRecommendation(q);
            const QDate asOf = QDate::fromString(r.inputs.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
            if (asOf.isValid() && asOf < before) {
                out.insert(id, std::move(r));
                break;
            }
        }
        q.finish();
    }
    return out;
}

Result<PolicyProposal> DecisionStore::addPolicyProposal(PolicyProposal p)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("UPDATE policy_proposals SET status = 'superseded' WHERE status = 'pending'")))
        return sqlError(q, "policy_proposals");
    p.createdAt = QDateTime::currentDateTimeUtc();
    p.status = QStringLiteral("pending");
    q.prepare(QStringLiteral("INSERT INTO policy_proposals (created_at, base_version, evaluations_to, policy_json, changes_json, "
                             "backtest_json, rationale, status) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending') RETURNING id"));
    q.addBindValue(iso(p.createdAt));
    q.addBindValue(p.baseVersion);
    q.addBindValue(p.evaluationsTo);
    q.addBindValue(QString::fromUtf8(p.policyJson));
    q.addBindValue(text(p.changes));
    q.addBindValue(text(p.backtest));
    q.addBindValue(p.rationale);
    if (!q.exec())
        return sqlError(q, "policy_proposals");
    // RETURNING (SQLite 3.35, PostgreSQL): QPSQL's lastInsertId() is an OID.
    p.id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (Status s = auditIn(QStringLiteral("analyst"), QStringLiteral("policy_proposed"), 0,
                           Text::tr("proposal %1 changes policy version %2: %3").arg(p.id).arg(p.baseVersion).arg(text(p.changes)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<QList<PolicyProposal>> DecisionStore::policyProposals(const QString &status) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kProposalSelect) + QStringLiteral("WHERE ? = '' OR status = ? ORDER BY id DESC"));
    q.addBindValue(nn(status));
    q.addBindValue(nn(status));
    if (!q.exec())
        return sqlError(q, "policy_proposals");
    QList<PolicyProposal> out;
    while (q.next())
        out.append(readProposal(q));
    return out;
}

Result<PolicyProposal> DecisionStore::policyProposal(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kProposalSelect) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "policy_proposals");
    if (!q.next())
        return Error{Text::tr("no such policy proposal"), Text::tr("policy proposal %1").arg(id)};
    return readProposal(q);
}

namespace {
Error notPending(const PolicyProposal &p)
{
    const QString where = Text::tr("policy proposal %1").arg(p.id);
    if (p.status == u"superseded")
        return Error{Text::tr("a newer proposal replaced it"), where};
    return Error{Text::tr("already %1 by %2 at %3")
                     .arg(p.status == u"approved" ? Text::tr("approved") : Text::tr("rejected"), p.decidedBy,
                          QLocale().toString(p.decidedAt.toLocalTime(), QLocale::ShortFormat)),
                 where};
}
} // namespace

Result<PolicyProposal> DecisionStore::approvePolicyProposal(qint64 id, const QString &operatorName)
{
    Transaction tx(m_db);
    auto p = policyProposal(id);
    if (!p)
        return p.error();
    if (p->status != u"pending")
        return notPending(*p);
    auto latest = latestPolicyVersion();
    if (!latest)
        return latest.error();
    if (*latest != p->baseVersion)
        return Error{Text::tr("the policy it changes (version %1) is no longer the one in effect (version %2); the Analyst proposes "
                              "again against the new one")
                         .arg(p->baseVersion).arg(*latest),
                     Text::tr("policy proposal %1").arg(id)};
    const int version = p->baseVersion + 1;
    const QJsonObject policy = QJsonDocument::fromJson(p->policyJson).object();
    if (Status s = savePolicy(version, policy.value(QStringLiteral("name")).toString(), p->policyJson); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE policy_proposals SET status = 'approved', decided_by = ?, decided_at = ?, new_version = ? "
                             "WHERE id = ? AND status = 'pending'"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(nn(operatorName));
    q.addBindValue(iso(now));
    q.addBindValue(version);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "policy_proposals");
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("it is not pending"), Text::tr("policy proposal %1").arg(id)};
    if (Status s = auditIn(operatorName, QStringLiteral("policy_approved"), 0,
                           Text::tr("proposal %1 approved: policy version %2 in effect from the next cycle: %3")
                               .arg(id).arg(version).arg(text(p->changes)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    PolicyProposal done = *p;
    done.status = QStringLiteral("approved");
    done.decidedBy = operatorName;
    done.decidedAt = now;
    done.newVersion = version;
    return done;
}

Status DecisionStore::rejectPolicyProposal(qint64 id, const QString &operatorName, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{Text::tr("a rejection needs a reason"), Text::tr("policy proposal %1").arg(id)};
    Transaction tx(m_db);
    auto p = policyProposal(id);
    if (!p)
        return p.error();
    if (p->status != u"pending")
        return notPending(*p);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE policy_proposals SET status = 'rejected', decided_by = ?, decided_at = ?, decision_reason = ? "
                             "WHERE id = ? AND status = 'pending'"));
    q.addBindValue(nn(operatorName));
    q.addBindValue(iso(QDateTime::currentDateTimeUtc()));
    q.addBindValue(reason);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "policy_proposals");
    if (q.numRowsAffected() != 1)
        return Error{Text::tr("it is not pending"), Text::tr("policy proposal %1").arg(id)};
    if (Status s = auditIn(operatorName, QStringLiteral("policy_rejected"), 0,
                           Text::tr("proposal %1 rejected: %2").arg(id).arg(reason));
        !s)
        return s;
    return tx.commit();
}

} // namespace cp
