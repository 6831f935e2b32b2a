#include "IdempotencyKeySource.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <array>

namespace branch {

IdempotencyKeySource::~IdempotencyKeySource() = default;

QString RandomKeySource::next()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace branch
