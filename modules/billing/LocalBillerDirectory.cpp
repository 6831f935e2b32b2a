#include "LocalBillerDirectory.h"

#include "AccountNumber.h"
#include "BillingLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace branch {
namespace {

// Reads one biller; returns an error "<where>: <reason>" or empty.
struct BillerReader
{
    QString where;

    QString text(const QJsonObject &o, const QString &key, QString *out) const
    {
        *out = o.value(key).toString();
        return out->isEmpty() ? QStringLiteral("%1.%2: missing or not text").arg(where, key) : QString();
    }

    QString bill(const QJsonObject &o, const QString &at, Bill *b) const
    {
        const QJsonValue fen = o.value(QStringLiteral("amountFen"));
        const double value = fen.toDouble(-1);
        if (!fen.isDouble() || value <= 0 || value > 9e15 || std::floor(value) != value)
            return QStringLiteral("%1.amountFen: not a positive whole number").arg(at);
        const QString currency = o.value(QStringLiteral("currency")).toString();
        if (!Money::isValidCurrencyCode(currency))
            return QStringLiteral("%1.currency: not an ISO 4217 code").arg(at);
        b->amount = Money(static_cast<qint64>(value), currency);
        b->billId = o.value(QStringLiteral("billId")).toString();
        b->period = o.value(QStringLiteral("period")).toString();
        b->dueDate = QDate::fromString(o.value(QStringLiteral("dueDate")).toString(), Qt::ISODate);
        if (b->billId.isEmpty() || b->period.isEmpty())
            return QStringLiteral("%1: billId and period are required").arg(at);
        if (!b->dueDate.isValid())
            return QStringLiteral("%1.dueDate: not a yyyy-MM-dd date").arg(at);
        return {};
    }
};

} // namespace

bool LocalBillerDirectory::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return load(file.readAll(), error);
}

bool LocalBillerDirectory::load(const QByteArray &json, QString *error)
{
    m_billers.clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("document: %1").arg(parseError.error != QJsonParseError::NoError
                                                        ? parseError.errorString() : QStringLiteral("not an object"));
        return false;
    }
    if (doc.object().value(QStringLiteral("version")).toInt() != 1) {
        *error = QStringLiteral("version: unsupported");
        return false;
    }
    const QJsonArray list = doc.object().value(QStringLiteral("billers")).toArray();
    QList<Biller> billers;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        BillerReader r{QStringLiteral("billers[%1]").arg(i)};
        Biller b;
        const QJsonObject payee = o.value(QStringLiteral("payee")).toObject();
        const QJsonObject label = o.value(QStringLiteral("accountLabel")).toObject();
        QString pattern;
        for (const QString &e : {r.text(o, QStringLiteral("id"), &b.info.id),
                                 r.text(o, QStringLiteral("serviceId"), &b.info.serviceId),
                                 r.text(payee, QStringLiteral("zh"), &b.info.payeeZh),
                                 r.text(payee, QStringLiteral("en"), &b.info.payeeEn),
                                 r.text(label, QStringLiteral("zh"), &b.info.accountLabelZh),
                                 r.text(label, QStringLiteral("en"), &b.info.accountLabelEn),
                                 r.text(o, QStringLiteral("accountPattern"), &pattern)}) {
            if (!e.isEmpty()) {
                *error = e;
                return false;
            }
        }
        b.accountPattern.setPattern(pattern);
        if (!b.accountPattern.isValid() || !pattern.startsWith(u'^') || !pattern.endsWith(u'$')) {
            *error = QStringLiteral("%1.accountPattern: not an anchored regular expression").arg(r.where);
            return false;
        }
        for (const Biller &seen : std::as_const(billers)) {
            if (seen.info.id == b.info.id) {
                *error = QStringLiteral("%1.id: duplicate %2").arg(r.where, b.info.id);
                return false;
            }
        }
        b.anyAccount = o.value(QStringLiteral("anyAccount")).toBool(false);
        const QJsonObject accounts = o.value(QStringLiteral("accounts")).toObject();
        const QJsonObject holders = o.value(QStringLiteral("holders")).toObject();
        for (auto it = accounts.begin(); it != accounts.end(); ++it) {
            const QString at = QStringLiteral("%1.accounts.%2").arg(r.where, it.key());
            if (normalizeAccountNumber(it.key()) != it.key() || !b.accountPattern.match(it.key()).hasMatch()) {
                *error = at + QStringLiteral(": does not match accountPattern");
                return false;
            }
            QList<Bill> bills;
            const QJsonArray array = it.value().toArray();
            for (qsizetype k = 0; k < array.size(); ++k) {
                Bill bill{{}, Money(0), {}, b.info.payeeZh, b.info.payeeEn, {},
                          holders.value(it.key()).toString()};
                if (const QString e = r.bill(array.at(k).toObject(), QStringLiteral("%1[%2]").arg(at).arg(k), &bill);
                    !e.isEmpty()) {
                    *error = e;
                    return false;
                }
                bills.append(bill);
            }
            b.accounts.insert(it.key(), bills);
        }
        billers.append(b);
    }
    m_billers = billers;
    return true;
}

QList<BillerInfo> LocalBillerDirectory::billers() const
{
    QList<BillerInfo> out;
    for (const Biller &b : m_billers)
        out.append(b.info);
    return out;
}

BillLookupResult LocalBillerDirectory::lookup(const QString &billerId, const QString &accountNo) const
{
    const auto biller = std::find_if(m_billers.cbegin(), m_billers.cend(),
                                     [&](const Biller &b) { return b.info.id == billerId; });
    if (biller == m_billers.cend())
        return BillLookupResult::failure(BillReason::UnknownBiller);
    const std::optional<QString> account = normalizeAccountNumber(accountNo);
    if (!account || !biller->accountPattern.match(*account).hasMatch())
        return BillLookupResult::failure(BillReason::InvalidAccountFormat);
    const auto found = biller->accounts.constFind(*account);
    if (found == biller->accounts.cend()) {
        return BillLookupResult::failure(biller->anyAccount ? BillReason::NoOutstandingBill
                                                            : BillReason::UnknownAccount);
    }
    if (found->isEmpty())
        return BillLookupResult::failure(BillReason::NoOutstandingBill);
    qCDebug(lcBilling) << "bills found for biller" << billerId << "count" << found->size();
    return {QString(BillReason::Ok), *found};
}

} // namespace branch
