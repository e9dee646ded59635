// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/live/connections.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cp {

// Agents ▸ Connections: the live store and ad platform. Addresses and
// limits go to QSettings; secrets typed here go to the keychain (never to a
// file) and are kept in memory for this session. An empty secret field keeps
// what the keychain (or the environment) already holds.
class ConnectionsDialog final : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(const Connections &current, QWidget *parent = nullptr);

    Connections connections() const;
    // Only the fields the operator typed in.
    Secrets storeSecrets() const;
    Secrets platformSecrets() const;
    Secrets modelSecrets() const;
    // What is wrong with the form, or empty (also shown in the dialog).
    QString validate() const;

    void accept() override;
    // "Ask the platform again what it can do": forget the limits learnt so far
    // (a budget endpoint that answered 404/405), so that the next send probes.
    bool reprobe() const;
    QCheckBox *reprobeBox() const { return m_reprobe; }

private:
    struct Side
    {
        QComboBox *kind;
        QLineEdit *url;
        QLineEdit *account;
        QLineEdit *token;
        QLineEdit *key;
        QLineEdit *secret;
        QSpinBox *interval;
        QSpinBox *timeout;
        QSpinBox *rereadDays;
        QLineEdit *apiVersion;   // Meta only
    };
    QWidget *makeSide(Side &side, bool store, const Connection &current);
    QWidget *makeModel(const Connection &current);
    Connection read(const Side &side) const;
    void updateFields();

    Side m_store{}, m_platform{};
    struct ModelFields
    {
        QComboBox *kind;
        QLineEdit *url;
        QLineEdit *model;
        QLineEdit *key;
        QLineEdit *language;
        QSpinBox *timeout;
    } m_model{};
    QCheckBox *m_reprobe = nullptr;
    QLabel *m_problem;
};

} // namespace cp
