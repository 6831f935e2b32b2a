#include "SpeechText.h"

#include <QRegularExpression>

namespace branch::SpeechText {

QString normalize(const QString &text, const QString &language)
{
    QString spoken = text.simplified();
    if (language.startsWith(QLatin1String("zh"))) {
        static const QRegularExpression decimalPoint(QStringLiteral("(?<=\\d)\\.(?=\\d)"));
        spoken.replace(decimalPoint, QStringLiteral("点"));
    }
    return spoken;
}

} // namespace branch::SpeechText
