// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyform.h"

#include "models/money.h"

#include <QAbstractSpinBox>
#include <QDoubleSpinBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace cp {

namespace {
QJsonObject toObject(const Policy &p) { return QJsonDocument::fromJson(p.toJson()).object(); }

QString shown(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &x : v.toArray())
            items << x.toString();
        return items.join(QStringLiteral(", "));
    }
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 10);
    return v.toVariant().toString();
}
} // namespace

PolicyForm::PolicyForm(QWidget *parent) : QWidget(parent), m_fields(policyFields()), m_diff(new QLabel(this))
{
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    QHash<QString, QFormLayout *> groups;
    for (const PolicyFieldInfo &f : m_fields) {
        QFormLayout *form = groups.value(f.group);
        if (!form) {
            auto *box = new QGroupBox(f.group, inner);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            innerLayout->addWidget(box);
            groups.insert(f.group, form);
        }
        QWidget *editor = nullptr;
        switch (f.kind) {
        case PolicyFieldInfo::Kind::Number: {
            auto *spin = new QDoubleSpinBox(inner);
            spin->setDecimals(3);
            spin->setRange(f.lo, f.hi);
            spin->setSingleStep(f.hi - f.lo > 100 ? 1.0 : 0.05);
            if (!f.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + f.unit);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this] { if (!m_loading) { updateDiff(); emit edited(); } });
            editor = spin;
            break;
        }
        case PolicyFieldInfo::Kind::WholeNumber: {
            auto *spin = new QSpinBox(inner);
            spin->setRange(int(std::max<double>(f.lo, std::numeric_limits<int>::min())),
                           int(std::min<double>(f.hi, std::numeric_limits<int>::max())));
            if (!f.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + f.unit);
            connect(spin, &QSpinBox::valueChanged, this, [this] { if (!m_loading) { updateDiff(); emit edited(); } });
            editor = spin;
            break;
        }
        case PolicyFieldInfo::Kind::Money:
        case PolicyFieldInfo::Kind::Text:
        case PolicyFieldInfo::Kind::List: {
            auto *line = new QLineEdit(inner);
            if (f.kind == PolicyFieldInfo::Kind::Money)
                line->setPlaceholderText(tr("an amount, e.g. 20.00 (%1 … %2)").arg(QLocale().toString(f.lo, 'f', 2), QLocale().toString(f.hi, 'f', 2)));
            connect(line, &QLineEdit::textEdited, this, [this] { if (!m_loading) { updateDiff(); emit edited(); } });
            editor = line;
            break;
        }
        }
        if (qobject_cast<QAbstractSpinBox *>(editor)) {
            editor->setFocusPolicy(Qt::StrongFocus);   // not Qt::WheelFocus: a wheel does not give it focus
            editor->installEventFilter(this);
        }
        editor->setObjectName(f.key);
        editor->setAccessibleName(f.label);
        const QString range = f.kind == PolicyFieldInfo::Kind::Number || f.kind == PolicyFieldInfo::Kind::WholeNumber
                                  ? tr("Allowed: %1 … %2").arg(QLocale().toString(f.lo, 'g', 10), QLocale().toString(f.hi, 'g', 10))
                                  : QString();
        const QString help = QStringList{f.help, range}.filter(QRegularExpression(QStringLiteral("."))).join(QLatin1Char(' '));
        editor->setToolTip(help);
        editor->setWhatsThis(help);
        auto *label = new QLabel(f.label, inner);
        label->setBuddy(editor);
        label->setToolTip(help + QStringLiteral("\n(%1)").arg(f.key));
        form->addRow(label, editor);
        // The range is said under the field, not only in its tooltip: a spin
        // box takes no keystroke past its maximum, so "99999" stayed "99" with
        // nothing on screen saying why.
        if (!help.isEmpty()) {
            auto *caption = new QLabel(help, inner);
            caption->setWordWrap(true);
            caption->setEnabled(false);   // the palette's quieter text
            form->addRow(QString(), caption);
        }
        m_editors.insert(f.key, editor);
    }
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    m_diff->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("policyDiff"));
    m_diff->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_diff);
}

bool PolicyForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched); spin && !spin->hasFocus() && spin->parentWidget()) {
            // Handed to the form instead, which leaves it to the scroll area
            // (an ignored wheel event goes on to the parents).
            QCoreApplication::sendEvent(spin->parentWidget(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PolicyForm::setPolicy(const Policy &policy, const Policy &inEffect)
{
    m_loading = true;
    m_inEffect = inEffect;
    const QJsonObject o = toObject(policy);
    for (const PolicyFieldInfo &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        const QJsonValue v = o.value(f.key);
        if (auto *d = qobject_cast<QDoubleSpinBox *>(w))
            d->setValue(v.toDouble());
        else if (auto *i = qobject_cast<QSpinBox *>(w))
            i->setValue(v.toInt());
        else if (auto *l = qobject_cast<QLineEdit *>(w)) {
            // Amounts as this locale writes them ("20,00" in German), read back by parseTypedAmount.
            const auto amount = f.kind == PolicyFieldInfo::Kind::Money ? Money::parse(v.toString()) : std::nullopt;
            l->setText(amount ? QLocale().toString(amount->toDouble(), 'f', 2) : shown(v));
        }
    }
    m_loading = false;
    updateDiff();
}

QByteArray PolicyForm::editedJson() const
{
    QJsonObject o = toObject(m_inEffect);
    for (const PolicyFieldInfo &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        if (auto *d = qobject_cast<QDoubleSpinBox *>(w)) {
            o.insert(f.key, d->value());
        } else if (auto *i = qobject_cast<QSpinBox *>(w)) {
            o.insert(f.key, i->value());
        } else if (auto *l = qobject_cast<QLineEdit *>(w)) {
            if (f.kind == PolicyFieldInfo::Kind::List) {
                QJsonArray items;
                for (const QString &s : l->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                    if (!s.trimmed().isEmpty())
                        items.append(s.trimmed());
                o.insert(f.key, items);
            } else if (f.kind == PolicyFieldInfo::Kind::Money) {
                // "5,00" in German is five: read as typed; what is no amount
                // goes on as it is, and the policy refuses it naming the field.
                const auto amount = parseTypedAmount(l->text(), QLocale());
                o.insert(f.key, amount ? amount->toString() : l->text().trimmed());
            } else {
                o.insert(f.key, l->text().trimmed());
            }
        }
    }
    return QJsonDocument(o).toJson();
}

Result<Policy> PolicyForm::policy() const
{
    auto p = Policy::fromJson(editedJson(), tr("policy form"));
    if (p)
        return p;
    // The form's own words for a field, not its JSON key ("field
    // "max_daily_budget"" read to a marketer as code).
    Error e = p.error();
    for (const PolicyFieldInfo &f : m_fields)
        e.message.replace(QStringLiteral("field \"%1\"").arg(f.key), QStringLiteral("“%1”").arg(f.label));
    return e;
}

QStringList PolicyForm::changes() const
{
    const QJsonObject before = toObject(m_inEffect);
    const QJsonObject after = QJsonDocument::fromJson(editedJson()).object();
    QStringList out;
    for (const PolicyFieldInfo &f : m_fields) {
        const QJsonValue a = before.value(f.key), b = after.value(f.key);
        const bool same = a.isDouble() && b.isDouble() ? qFuzzyCompare(a.toDouble() + 1.0, b.toDouble() + 1.0) : a == b;
        if (!same)
            out << tr("%1: %2 → %3").arg(f.label, shown(a), shown(b));
    }
    return out;
}

void PolicyForm::updateDiff()
{
    const QStringList c = changes();
    const auto checked = policy();
    QString text = c.isEmpty() ? tr("No change against version %1 in effect.").arg(m_inEffect.version)
                               : tr("Changes against version %1 in effect: %2").arg(m_inEffect.version).arg(c.join(QStringLiteral("; ")));
    if (!checked)
        text += QStringLiteral("\n") + tr("Cannot be saved: %1").arg(checked.error().message);
    m_diff->setText(text);
}

} // namespace cp
