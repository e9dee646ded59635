// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"
#include "theme.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QComboBox;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace cp {

class PolicyForm;

// Agents ▸ Settings: who approves, how often the agents run, the look, and
// the policy (a form, and its JSON under Advanced; one validation). It only
// collects and checks: Save is refused with the field and why while the
// policy is invalid; the window applies what was accepted.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const Policy &inEffect, QWidget *parent = nullptr);

    // After accepted(): what to keep.
    QString operatorName() const;   // empty: unchanged
    int cycleMinutes() const;        // 0: off
    Theme::Mode theme() const;
    const Policy &policy() const { return m_accepted; }

    PolicyForm *policyForm() const { return m_form; }
    QPlainTextEdit *policyJson() const { return m_json; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void save();

    Policy m_inEffect, m_accepted;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QSpinBox *m_minutes;
    QComboBox *m_theme;
    PolicyForm *m_form;
    QWidget *m_advanced;
    QPlainTextEdit *m_json;
    QLabel *m_error;
    int m_previousTab = 0;
};

} // namespace cp
