// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recommendation.h"
#include "trend.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

namespace cp {

// The decision queue: one row a recommendation, newest first.
class RecommendationModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Decision, Action, Target, Trend, Budget, Impact, Risk, Status, Sending, Created, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;
    // The Trend column's days (a cp::Trend; invalid where none are known).
    static constexpr int TrendRole = Qt::UserRole + 3;

    explicit RecommendationModel(QObject *parent = nullptr);

    // Same ids in the same order: changed rows are updated in place.
    void setRows(QList<Recommendation> rows);
    const QList<Recommendation> &rows() const { return m_rows; }
    const Recommendation *byId(qint64 id) const;
    void setCurrency(const QString &isoCode);
    // The last days of each campaign (by id) and product (by id): a row shows
    // its campaign's, else its product's.
    void setTrends(QHash<QString, cp::Trend> campaigns, QHash<QString, cp::Trend> products);
    const cp::Trend *trendOf(const Recommendation &r) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    static QString sendText(const QString &sendState);
    static QString actionText(Recommendation::Action a);
    // The decision in the operator's words ("Pause now — losing money"); the
    // code (EMERGENCY_PAUSE) stays in the tooltip, the audit log and --json.
    // In words; a PAUSE by its rule's reason when `rule` is given.
    static QString decisionText(const QString &decision, const QString &rule = {});
    // The campaign's name: its own, else the one in the Manager's title
    // ("PAUSE: Picnic Basket"); empty when neither says.
    static QString nameOf(const Recommendation &r);
    // What the row is about: the campaign's or product's name before its id.
    static QString targetText(const Recommendation &r);
    // The expected impact the Manager put in a recommendation's inputs
    // (money a day with its 90 % interval and a confidence); empty when none.
    struct ExpectedImpact
    {
        Money expected, low, high;
        QString confidence;   // "high", "medium", "low"
    };
    static std::optional<ExpectedImpact> impactOf(const Recommendation &r);
    static QString confidenceText(const QString &confidence);   // "medium confidence"
    static QString confidenceWord(const QString &confidence);   // "medium"
    // "+$12.40", "−$3.10" (the locale's signs).
    static QString signedMoney(const Money &amount, const QString &currency);

private:
    QList<Recommendation> m_rows;
    QString m_currency;
    QHash<QString, cp::Trend> m_campaignTrends, m_productTrends;
};

// Filters the queue by decision and by status ("" for all).
class RecommendationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecommendationFilterProxy(QObject *parent = nullptr);
    void setDecision(const QString &decision);
    void setStatus(const QString &status);
    // Snoozed recommendations (id → until) are hidden while `until` is ahead
    // of the clock; the status filter "snoozed" shows only them.
    void setSnoozed(const QHash<qint64, QDateTime> &snoozed);
    bool isSnoozed(qint64 id) const;
    // An approved action whose send failed or could not be confirmed: a
    // person must settle it (status filter "send_attention").
    static bool sendNeedsAttention(const Recommendation &r)
    {
        return r.status == u"approved" && (r.sendState == u"failed" || r.sendState == u"unknown");
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_decision;
    QString m_status;
    QHash<qint64, QDateTime> m_snoozed;
};

} // namespace cp
