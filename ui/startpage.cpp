// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cp {

namespace {
QPushButton *choice(const QString &title, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(title + QLatin1Char('\n') + text, parent);
    b->setMinimumHeight(64);
    b->setStyleSheet(QStringLiteral("QPushButton{text-align:left;padding:8px 16px}"));
    b->setAccessibleName(title);
    return b;
}
} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent),
      m_demo(choice(tr("Explore the demo"),
                    tr("A year of a real gift shop's sales with modelled campaigns, in a replay workspace: nothing you "
                       "approve there reaches any network."),
                    this)),
      m_connect(choice(tr("Connect a shop and an ad account"),
                       tr("Creates a live workspace and opens its connections (WooCommerce or the Campaign Pilot API; Meta)."),
                       this)),
      m_import(choice(tr("Import files"),
                      tr("Creates a live workspace from your own exports: order lines, daily sales, a catalog, ad reports."),
                      this)),
      m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("startPage"));
    m_demo->setObjectName(QStringLiteral("exploreDemo"));
    m_connect->setObjectName(QStringLiteral("connectShop"));
    m_import->setObjectName(QStringLiteral("importFiles"));
    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    m_recent->setAccessibleName(tr("Recent workspaces"));

    auto *title = new QLabel(tr("<h2>Welcome to Campaign Pilot</h2>"
                                "<p>Agents propose and judge ad campaigns; nothing that spends or stops money is sent "
                                "without your approval. Each workspace is either <b>live</b> (your shop and ad account) "
                                "or a <b>replay</b> of recorded data — the two never mix.</p>"),
                             this);
    title->setWordWrap(true);
    auto *recentTitle = new QLabel(tr("<b>Recent workspaces</b>"), this);
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addSpacing(12);
    column->addWidget(m_demo);
    column->addWidget(m_connect);
    column->addWidget(m_import);
    column->addSpacing(12);
    column->addWidget(recentTitle);
    column->addWidget(m_recent, 1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    connect(m_demo, &QPushButton::clicked, this, &StartPage::exploreDemoRequested);
    connect(m_connect, &QPushButton::clicked, this, &StartPage::connectRequested);
    connect(m_import, &QPushButton::clicked, this, &StartPage::importRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openRequested(item->data(Qt::UserRole).toString());
    });
}

void StartPage::setRecent(const QList<RecentWorkspace> &recent)
{
    m_recent->clear();
    for (const RecentWorkspace &r : recent) {
        const QString kind = r.kind == u"replay" ? tr("Replay")
                             : r.path.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ? tr("Team (live)")
                                                                                                        : tr("Live");
        auto *item = new QListWidgetItem(tr("%1 — %2   (%3)").arg(r.name.isEmpty() ? QFileInfo(r.path).completeBaseName() : r.name,
                                                                    kind, r.path),
                                         m_recent);
        item->setData(Qt::UserRole, r.path);
        item->setToolTip(r.path);
    }
    if (recent.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None yet"), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cp
