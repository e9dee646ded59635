// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cp {

// File ▸ Open team workspace (issue 18): where the team's PostgreSQL
// database is (server, port, database) and the database role to log in as.
// It only collects and checks the address; the window opens it (on a worker
// thread, like any workspace). The password is never asked for here nor
// written into the address: libpq takes it from PGPASSWORD or ~/.pgpass,
// and the window from the keychain. A postgresql:// address pasted into the
// server field fills the fields.
class TeamWorkspaceDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    // postgresql://ROLE@HOST:PORT/DATABASE; empty while a field is missing or wrong.
    QString url() const;
    // Fills the fields from an address; false (fields untouched) when it is
    // not a postgresql:// address with a server and a database.
    bool setUrl(const QString &url);
    // What is missing or wrong, in words; empty when the address is complete.
    QString problem() const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *roleEdit() const { return m_role; }

private:
    // `text` when it is a whole postgresql:// address with a server and a
    // database whose names the fields would take; empty otherwise.
    static QString parsedUrl(const QString &text);
    void update();

    QLineEdit *m_host, *m_database, *m_role;
    QSpinBox *m_port;
    QLabel *m_address, *m_error;
    QDialogButtonBox *m_buttons;
    int m_hostLength = 0;   // the server field's length before the last edit
    QString m_query;        // an address's "sslmode=…" (Database passes these to libpq), kept
};

} // namespace cp
