// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace cp {

// A recently opened workspace, as the start page and File > Recent list it
// (kept in QSettings so that listing them never opens a file).
struct RecentWorkspace
{
    QString path;
    QString name;
    QString kind;   // "live" / "replay"
};

// What the window shows before any workspace is open: the three ways in
// and the recent workspaces.
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    void setRecent(const QList<RecentWorkspace> &recent);

    QPushButton *demoButton() const { return m_demo; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *importButton() const { return m_import; }
    QListWidget *recentList() const { return m_recent; }

signals:
    void exploreDemoRequested();
    void connectRequested();
    void importRequested();
    void openRequested(const QString &path);

private:
    QPushButton *m_demo;
    QPushButton *m_connect;
    QPushButton *m_import;
    QListWidget *m_recent;
};

} // namespace cp
