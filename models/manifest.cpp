// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"
#include "money.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace cp {

namespace {
using json = nlohmann::ordered_json;

QString qs(const std::string &s) { return QString::fromStdString(s); }
std::string ss(const QString &s) { return s.toStdString(); }

// Reads a required string field, or says which one is missing.
std::optional<Error> requireString(const json &obj, const char *key, QString &out, const QString &where)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string() || it->get<std::string>().empty())
        return Error{QCoreApplication::translate("Manifest", "field \"%1\" is missing or not a non-empty string")
                         .arg(QLatin1String(key)), where};
    out = qs(it->get<std::string>());
    return std::nullopt;
}
} // namespace

Result<RecordingManifest> RecordingManifest::fromJson(const QByteArray &bytes, const QString &where)
{
    json doc = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object())
        return Error{QCoreApplication::translate("Manifest", "not a JSON object"), where};

    RecordingManifest m;
    if (!doc.contains("format_version") || !doc["format_version"].is_number_integer())
        return Error{QCoreApplication::translate("Manifest", "field \"format_version\" is missing or not an integer"), where};
    m.formatVersion = doc["format_version"].get<int>();
    if (m.formatVersion < 1 || m.formatVersion > kFormatVersion)
        return Error{QCoreApplication::translate("Manifest", "format_version %1 is not supported (this program reads up to %2)")
                         .arg(m.formatVersion).arg(kFormatVersion), where};
    for (auto [key, target] : {std::pair{"id", &m.id}, {"title", &m.title}, {"currency", &m.currency}}) {
        if (auto err = requireString(doc, key, *target, where))
            return *err;
    }
    if (m.currency.size() != 3)
        return Error{QCoreApplication::translate("Manifest", "field \"currency\" must be a three-letter ISO 4217 code, not \"%1\"").arg(m.currency), where};
    // Three letters are not a currency: "XYZ" replayed as "Money in XYZ".
    if (!knownCurrencyCodes().contains(m.currency))
        return Error{QCoreApplication::translate("Manifest", "field \"currency\": \"%1\" is not an ISO 4217 currency code (e.g. GBP, EUR, USD)")
                         .arg(m.currency),
                     where};

    const json range = doc.value("date_range", json::object());
    QString from, to;
    if (auto err = requireString(range, "from", from, where + QStringLiteral(" (date_range)")))
        return *err;
    if (auto err = requireString(range, "to", to, where + QStringLiteral(" (date_range)")))
        return *err;
    m.from = QDate::fromString(from, Qt::ISODate);
    m.to = QDate::fromString(to, Qt::ISODate);
    if (!m.from.isValid() || !m.to.isValid() || m.to < m.from)
        return Error{QCoreApplication::translate("Manifest", "date_range \"%1\"..\"%2\" is not a valid ISO date range").arg(from, to), where};

    const json files = doc.value("files", json::object());
    if (!files.is_object() || !files.contains("products"))
        return Error{QCoreApplication::translate("Manifest", "field \"files\" must name at least \"products\""), where};
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (!it->is_string())
            return Error{QCoreApplication::translate("Manifest", "files.%1 is not a string").arg(qs(it.key())), where};
        const QString file = qs(it->get<std::string>());
        if (file.contains(QLatin1String("..")) || file.startsWith(QLatin1Char('/')))
            return Error{QCoreApplication::translate("Manifest", "files.%1 must be a plain file name beside the manifest").arg(qs(it.key())), where};
        m.files.insert(qs(it.key()), file);
    }
    for (const json &s : doc.value("sources", json::array())) {
        if (!s.is_object())
            return Error{QCoreApplication::translate("Manifest", "an entry of \"sources\" is not an object"), where};
        m.sources.append({qs(s.value("name", "")), qs(s.value("file", "")), qs(s.value("license", "")),
                          qs(s.value("provenance", ""))});
    }
    if (m.sources.isEmpty())
        return Error{QCoreApplication::translate("Manifest", "field \"sources\" must name where the data came from"), where};
    const json modelled = doc.value("modelled", json::object());
    for (auto it = modelled.begin(); it != modelled.end(); ++it)
        m.modelled.insert(qs(it.key()), it->is_string() ? qs(it->get<std::string>()) : QString());
    const json gen = doc.value("generator", json::object());
    m.generator = qs(gen.value("program", ""));
    m.seed = gen.value("seed", 0ull);
    return m;
}

QByteArray RecordingManifest::toJson() const
{
    json doc;
    doc["format"] = "campaign-pilot-recording";
    doc["format_version"] = formatVersion;
    doc["id"] = ss(id);
    doc["title"] = ss(title);
    doc["currency"] = ss(currency);
    doc["date_range"] = {{"from", ss(from.toString(Qt::ISODate))}, {"to", ss(to.toString(Qt::ISODate))}};
    json src = json::array();
    for (const Source &s : sources)
        src.push_back({{"name", ss(s.name)}, {"file", ss(s.file)}, {"license", ss(s.license)}, {"provenance", ss(s.provenance)}});
    doc["sources"] = src;
    json f = json::object();
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        f[ss(it.key())] = ss(it.value());
    doc["files"] = f;
    json mod = json::object();
    for (auto it = modelled.cbegin(); it != modelled.cend(); ++it)
        mod[ss(it.key())] = ss(it.value());
    doc["modelled"] = mod;
    doc["generator"] = {{"program", ss(generator)}, {"seed", seed}};
    return QByteArray::fromStdString(doc.dump(2)) + '\n';
}

} // namespace cp
