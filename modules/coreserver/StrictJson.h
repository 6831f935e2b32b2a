#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace branch {

// QJsonDocument accepts documents we must refuse from a kiosk: it keeps the
// last of two members with the same name (so two parties could read one body
// differently) and nests up to its own internal limit. parseStrictJson adds
// those checks and names each failure with a stable reason:
// invalid_utf8, json_syntax, json_duplicate_key, json_too_deep.
struct StrictJsonResult
{
    QJsonDocument document;
    QString reason; // empty on success
    qsizetype offset = -1;

    bool ok() const { return reason.isEmpty(); }
};

StrictJsonResult parseStrictJson(const QByteArray &body, int maxDepth = 32);

} // namespace branch
