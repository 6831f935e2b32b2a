#include "SecretStore.h"

#include "SecurityError.h"

#include <QRegularExpression>

namespace branch {

SecretStore::~SecretStore() = default;

bool SecretStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

} // namespace branch
