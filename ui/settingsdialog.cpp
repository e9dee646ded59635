// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "policyform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cp {

SettingsDialog::SettingsDialog(const Policy &inEffect, QWidget *parent)
    : QDialog(parent), m_inEffect(inEffect), m_accepted(inEffect), m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    // General: who approves, how often the agents run, the look.
    auto *general = new QWidget(m_tabs);
    m_name = new QLineEdit(QSettings().value(QStringLiteral("operator")).toString(), general);
    m_name->setPlaceholderText(qEnvironmentVariable("USER"));
    m_name->setAccessibleName(tr("Operator name"));
    m_minutes = new QSpinBox(general);
    m_minutes->setRange(0, 24 * 60);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("off"));
    m_minutes->setValue(QSettings().value(QStringLiteral("cycle_minutes"), 0).toInt());
    m_minutes->setAccessibleName(tr("Run a cycle every"));
    m_theme = new QComboBox(general);
    m_theme->addItem(tr("Follow the system"), Theme::key(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::key(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::key(Theme::Mode::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(QSettings().value(QStringLiteral("theme"), QStringLiteral("system")).toString())));
    m_theme->setAccessibleName(tr("Appearance"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Operator name (audit log):"), m_name);
    generalForm->addRow(tr("&Run a cycle every:"), m_minutes);
    generalForm->addRow(tr("&Appearance:"), m_theme);
    m_tabs->addTab(general, tr("General"));

    // The policy as a form, and as JSON under Advanced; one validation.
    m_form = new PolicyForm(m_tabs);
    m_form->setPolicy(inEffect, inEffect);
    m_tabs->addTab(m_form, tr("Policy"));
    m_advanced = new QWidget(m_tabs);
    m_json = new QPlainTextEdit(QString::fromUtf8(inEffect.toJson()), m_advanced);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Policy as JSON"));
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->addWidget(new QLabel(tr("The policy as JSON (the same checks as the form; saved as a new version):"), m_advanced));
    advancedLayout->addWidget(m_json, 1);
    m_tabs->addTab(m_advanced, tr("Advanced"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c01c28"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 720);

    // Moving between the form and the JSON carries the edit across.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_error->clear();
        if (m_tabs->widget(index) == m_advanced) {
            if (auto p = m_form->policy())
                m_json->setPlainText(QString::fromUtf8(p->toJson()));
        } else if (m_tabs->widget(m_previousTab) == m_advanced && m_tabs->widget(index) == m_form) {
            auto p = Policy::fromJson(m_json->toPlainText().toUtf8(), tr("policy"));
            if (p)
                m_form->setPolicy(*p, m_inEffect);
            else
                m_error->setText(p.error().toString());
        }
        m_previousTab = index;
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
}

void SettingsDialog::save()
{
    auto parsed = m_tabs->currentWidget() == m_advanced ? Policy::fromJson(m_json->toPlainText().toUtf8(), tr("policy")) : m_form->policy();
    if (!parsed) {
        m_error->setText(parsed.error().toString());   // the field and why; nothing is saved
        return;
    }
    m_accepted = *parsed;
    accept();
}

QString SettingsDialog::operatorName() const
{
    return m_name->text().trimmed();
}

int SettingsDialog::cycleMinutes() const
{
    return m_minutes->value();
}

Theme::Mode SettingsDialog::theme() const
{
    return Theme::fromKey(m_theme->currentData().toString());
}

} // namespace cp
