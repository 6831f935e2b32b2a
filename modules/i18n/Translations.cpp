#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace branch {

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList Translations::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::defaultLanguage()
{
    return supportedLanguages().constFirst();
}

bool Translations::setLanguage(const QString &code)
{
    if (!supportedLanguages().contains(code))
        return false;
    if (code == m_language)
        return true;
    auto next = std::make_unique<QTranslator>();
    if (!next->load(QStringLiteral(":/i18n/branchsuite_%1.qm").arg(code)))
        return false;
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    // Qt refuses to install an empty catalogue; that only means there is
    // nothing to translate, not that the language is unavailable.
    QCoreApplication::installTranslator(next.get());
    m_translator = std::move(next);
    m_language = code;
    QLocale::setDefault(QLocale(code));
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace branch
