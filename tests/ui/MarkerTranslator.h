#pragma once

#include <QLocale>
#include <QTranslator>

// Stands in for a translator while the .ts files are still empty: marks every
// string with the current language ("en:Home"), so a test can see a label
// follow a language switch. Real translations, installed later, win.
class MarkerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QLocale().name() + u':' + QString::fromUtf8(sourceText);
    }
};
