#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace branch {

// Owns the application's one translator. Switching language loads the new
// catalogue first and swaps only on success, so a missing file never leaves the
// kiosk without a language. QML bindings re-evaluate after engine->retranslate().
class Translations : public QObject
{
    Q_OBJECT
public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    static QStringList supportedLanguages(); // "zh_CN" first: the kiosk's default
    static QString defaultLanguage();

    // Returns false (and keeps the current language) for an unknown code.
    bool setLanguage(const QString &code);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace branch
