#include "CoreClient.h"

namespace branch {

CoreClient::~CoreClient() = default;

QString credentialDeviceId(const QByteArray &credential)
{
    const qsizetype dot = credential.indexOf('.');
    return dot > 0 ? QString::fromLatin1(credential.left(dot)) : QString();
}

} // namespace branch
