#include "SessionContext.h"

#include "Translations.h"
#include "UiLog.h"

namespace branch {

SessionContext::SessionContext(Translations *applied, QObject *parent)
    : QObject(parent)
    , m_applied(applied)
{
    setLanguage(m_applied && !m_applied->language().isEmpty() ? m_applied->language()
                                                              : Translations::defaultLanguage());
}

SessionContext::~SessionContext() = default;

bool SessionContext::setLanguage(const QString &code)
{
    if (code == m_language)
        return true;
    if (!Translations::supportedLanguages().contains(code))
        return false;
    if (m_applied) {
        // setLanguage() also reports false when the catalogue is empty (Qt
        // refuses to install an empty translator); the switch still happened then.
        if (!m_applied->setLanguage(code))
            qCWarning(lcUi) << "no translations installed for" << code;
        if (m_applied->language() != code)
            return false;
    }
    // Our own copy of the catalogue: translate() must not depend on which
    // language the application's translator holds.
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/branchsuite_%1.qm").arg(code)))
        translator.reset();
    m_translator = std::move(translator);
    m_language = code;
    m_locale = QLocale(code);
    if (m_applied && m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
    return true;
}

void SessionContext::setCareMode(bool care)
{
    if (care == m_careMode)
        return;
    m_careMode = care;
    Q_EMIT careModeChanged();
}

QString SessionContext::translate(const char *context, const char *sourceText, const char *disambiguation,
                                  int n) const
{
    if (m_translator) {
        const QString text = m_translator->translate(context, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1String("%n"), m_locale.toString(n));
    return text;
}

void SessionContext::reset()
{
    setLanguage(Translations::defaultLanguage());
    setCareMode(false);
}

} // namespace branch
