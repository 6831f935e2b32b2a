#include "ReceiptEpoch.h"

#include "DirectorySync.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace branch::ReceiptEpochs {
namespace {

const QString kHeader = QStringLiteral("# BranchSuite receipt-number epochs. Never edit or delete: "
                                       "see docs/store-recovery.md");
const QString kDayFormat = QStringLiteral("yyyyMMdd");

StoreError unreadable(const QString &what)
{
    return StoreError::make(StoreReason::ReceiptEpochUnreadable, what);
}

} // namespace

QString historyPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".receipt-epochs");
}

StoreResult<QList<ReceiptEpoch>> parseHistory(const QByteArray &text)
{
    StoreResult<QList<ReceiptEpoch>> result;
    static const QRegularExpression line(QStringLiteral("^epoch=(\\d{1,15}) block=(\\d) born=(\\d{8})$"));
    const QList<QByteArray> lines = text.split('\n');
    if (lines.value(0) != kHeader.toUtf8()) {
        result.error = unreadable(QStringLiteral("no header"));
        return result;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i == lines.size() - 1)
            break;
        const auto match = line.match(QString::fromLatin1(lines.at(i)));
        ReceiptEpoch e;
        if (match.hasMatch()) {
            e.epoch = match.captured(1).toLongLong();
            e.block = match.captured(2).toInt();
            e.born = QDate::fromString(match.captured(3), kDayFormat);
        }
        // Epochs only grow; anything else is not a file this code wrote.
        if (!match.hasMatch() || !e.born.isValid()
            || (!result.value.isEmpty() && e.epoch <= result.value.constLast().epoch)) {
            result.error = unreadable(QStringLiteral("line %1").arg(i + 1));
            result.value.clear();
            return result;
        }
        result.value.append(e);
    }
    return result;
}

QByteArray formatHistory(const QList<ReceiptEpoch> &history)
{
    QByteArray text = kHeader.toUtf8() + '\n';
    for (const ReceiptEpoch &e : history) {
        text += QStringLiteral("epoch=%1 block=%2 born=%3\n")
                    .arg(e.epoch)
                    .arg(e.block)
                    .arg(e.born.toString(kDayFormat))
                    .toLatin1();
    }
    return text;
}

StoreResult<QList<ReceiptEpoch>> readHistory(const QString &historyPath)
{
    StoreResult<QList<ReceiptEpoch>> result;
    QFile file(historyPath);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = unreadable(QStringLiteral("cannot open %1").arg(historyPath));
        return result;
    }
    result = parseHistory(file.read(MaxHistoryBytes + 1));
    if (!result.ok())
        result.error.detail = historyPath + QStringLiteral(": ") + result.error.detail;
    return result;
}

StoreError writeHistory(const QString &historyPath, const QList<ReceiptEpoch> &history)
{
    const QByteArray text = formatHistory(history);
    QSaveFile file(historyPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit()) {
        return StoreError::make(StoreReason::QueryFailed,
                                QStringLiteral("cannot write %1: %2").arg(historyPath, file.errorString()));
    }
    syncDirectory(QFileInfo(historyPath).absolutePath(), "writing receipt epochs");
    return {};
}

QList<ReceiptEpoch> prune(const QList<ReceiptEpoch> &history, const QDate &day)
{
    // Epoch i issued numbers from its birth until epoch i + 1 was born; the
    // last one may still be issuing. Business days and UTC days differ by
    // less than one day, hence day - 1.
    const QDate horizon = day.addDays(-1);
    QList<ReceiptEpoch> alive;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const bool last = i + 1 == history.size();
        if (last || history.at(i + 1).born >= horizon)
            alive.append(history.at(i));
    }
    return alive;
}

int chooseBlock(const QList<ReceiptEpoch> &history, const QDate &day)
{
    QSet<int> taken;
    for (const ReceiptEpoch &e : prune(history, day))
        taken.insert(e.block);
    const int start = history.isEmpty() ? 0 : (history.constLast().block + 1) % ReceiptEpoch::Blocks;
    for (int k = 0; k < ReceiptEpoch::Blocks; ++k) {
        const int block = (start + k) % ReceiptEpoch::Blocks;
        if (!taken.contains(block))
            return block;
    }
    return -1;
}

} // namespace branch::ReceiptEpochs
