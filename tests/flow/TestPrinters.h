#pragma once

#include "ReceiptPrinter.h"

#include <QFile>

namespace flowtest {

// Writes the receipt's lines as text, so a test can read what was printed.
class TextReceiptPrinter final : public branch::ReceiptPrinter
{
public:
    branch::Result<QString, branch::FlowError> print(const branch::ReceiptContent &content,
                                                     const QByteArray &signaturePng,
                                                     const QString &path) const override
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return branch::FlowError{QStringLiteral("receipt_write_failed"), QStringLiteral("not written")};
        file.write(content.receiptNumber.toUtf8() + '\n');
        for (const branch::ReceiptItem &item : content.items)
            file.write((item.label + u'=' + item.value + u'\n').toUtf8());
        file.write("signature=" + QByteArray::number(signaturePng.size()) + '\n');
        file.write(content.largePrint ? "large print\n" : "standard print\n");
        return path;
    }
};

class FailingReceiptPrinter final : public branch::ReceiptPrinter
{
public:
    branch::Result<QString, branch::FlowError> print(const branch::ReceiptContent &, const QByteArray &,
                                                     const QString &) const override
    {
        return branch::FlowError{QStringLiteral("receipt_write_failed"), QStringLiteral("the printer is out of paper")};
    }
};

} // namespace flowtest
