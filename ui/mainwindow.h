// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storesession.h"

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace cp {

class CampaignsPane;
class CatalogPane;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    // `databasePath` empty: the default store. `recording` empty: show what
    // the store holds; otherwise load that recording ("demo": the bundled one).
    MainWindow(const QString &databasePath, const QString &recording, QWidget *parent = nullptr);

    CatalogPane *catalogPane() const { return m_catalog; }
    CampaignsPane *campaignsPane() const { return m_campaigns; }
    StoreSession *session() const { return m_session; }
    QLabel *banner() const { return m_banner; }

    // Starts an import (used by File > Import and by tests).
    bool startImport(const QString &file, const QString &importerId, const ImportOptions &options);
    bool openRecording(const QString &recording);

signals:
    // Emitted after each background operation, once the panes show its result.
    void storeShown();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showSnapshot(const StoreSnapshot &snapshot);
    void handleFinished(const StoreSession::Outcome &outcome);
    void setBusy(bool busy, const QString &what = {});

    StoreSession *m_session;
    QTabWidget *m_tabs;
    CatalogPane *m_catalog;
    CampaignsPane *m_campaigns;
    QLabel *m_banner;
    QLabel *m_modeLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<QAction *> m_busyDisabled;
};

} // namespace cp
