#include "SimulatedIdCardReader.h"

#include "IdCardFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace branch {

SimulatedIdCardReader::SimulatedIdCardReader(const QString &folder, bool autoPlace)
    : m_folder(folder)
{
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        m_cards << QFileInfo(file).completeBaseName();
    if (autoPlace && !m_cards.isEmpty())
        m_onReader = m_cards.constFirst();
}

bool SimulatedIdCardReader::place(const QString &card)
{
    if (!m_cards.contains(card))
        return false;
    {
        const std::lock_guard lock(m_mutex);
        m_onReader = card;
    }
    m_placed.notify_all();
    return true;
}

void SimulatedIdCardReader::takeOff()
{
    const std::lock_guard lock(m_mutex);
    m_onReader.clear();
}

Result<IdCard> SimulatedIdCardReader::read(std::chrono::milliseconds timeout)
{
    QString card;
    {
        std::unique_lock lock(m_mutex);
        if (!m_placed.wait_for(lock, timeout, [this] { return !m_onReader.isEmpty(); }))
            return fail(QStringLiteral("no_card"));
        card = m_onReader;
    }
    QFile file(QDir(m_folder).filePath(card + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("card_unreadable"));
    const Result<IdCard> parsed = IdCardFile::parse(file.read(64 * 1024), m_folder);
    // A damaged demo file is what a scratched chip is to a real reader.
    if (!parsed.ok())
        return fail(QStringLiteral("card_unreadable"), parsed.error().detail);
    return parsed;
}

QString SimulatedIdCardReader::description() const
{
    return QStringLiteral("simulator %1 (%2 cards)").arg(m_folder).arg(m_cards.size());
}

} // namespace branch
