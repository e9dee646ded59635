// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace cp {

// The policy as a form (issue 17): the fields grouped as the agents use
// them, each with its unit, allowed range and help; below, what the edit
// changes against the version in effect. Saving goes through
// Policy::fromJson, so the form and the JSON (Settings ▸ Advanced) are
// validated by the same rules.
class PolicyForm final : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyForm(QWidget *parent = nullptr);

    // Shows `policy` for editing; `inEffect` is what the diff compares with.
    void setPolicy(const Policy &policy, const Policy &inEffect);
    // The edited policy, validated (the first bad field named).
    Result<Policy> policy() const;
    // "Label: old → new" per changed field, against the policy in effect.
    QStringList changes() const;
    QWidget *editor(const QString &key) const { return m_editors.value(key); }

signals:
    void edited();

protected:
    // A wheel over a spin box that has not been clicked scrolls the form,
    // not the value: a walkthrough scrolled down the form and turned a
    // threshold from 15 % into 3 % without seeing it.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QByteArray editedJson() const;
    void updateDiff();

    QHash<QString, QWidget *> m_editors;
    QList<PolicyFieldInfo> m_fields;
    Policy m_inEffect;
    QLabel *m_diff;
    bool m_loading = false;
};

} // namespace cp
