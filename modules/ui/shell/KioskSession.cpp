#include "KioskSession.h"

#include "UiLog.h"

#include <QUuid>

namespace branch {

KioskSession::KioskSession(QObject *parent)
    : QObject(parent)
{
}

QString KioskSession::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void KioskSession::clear()
{
    const QString ending = m_id;
    m_id = newId();
    ++m_generation;
    Q_EMIT ended(ending);
    qCInfo(lcUi) << "session cleared, generation" << m_generation;
    Q_EMIT cleared();
}

} // namespace branch
