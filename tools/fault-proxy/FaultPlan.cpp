#include "FaultPlan.h"

namespace branch {

FaultPlan::FaultPlan(quint32 seed)
    : m_random(seed)
{
    // The default mix: about one request in three meets a fault.
    m_rates = {{Fault::DropRequest, 0.05}, {Fault::DropResponse, 0.06}, {Fault::Duplicate, 0.05},
               {Fault::Delay, 0.05},       {Fault::Reorder, 0.04},      {Fault::Error500, 0.04},
               {Fault::Error503, 0.04}};
}

QList<Fault> FaultPlan::all()
{
    return {Fault::DropRequest, Fault::DropResponse, Fault::Duplicate, Fault::Delay,
            Fault::Reorder,     Fault::Error500,     Fault::Error503};
}

QString FaultPlan::name(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return QStringLiteral("none");
    case Fault::DropRequest:
        return QStringLiteral("drop_request");
    case Fault::DropResponse:
        return QStringLiteral("drop_response");
    case Fault::Duplicate:
        return QStringLiteral("duplicate");
    case Fault::Delay:
        return QStringLiteral("delay");
    case Fault::Reorder:
        return QStringLiteral("reorder");
    case Fault::Error500:
        return QStringLiteral("error_500");
    case Fault::Error503:
        return QStringLiteral("error_503");
    }
    return {};
}

bool FaultPlan::setRates(const QString &spec, QString *error)
{
    QHash<Fault, double> rates;
    double total = 0;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        bool ok = false;
        const double rate = kv.value(1).toDouble(&ok);
        Fault fault = Fault::None;
        for (const Fault f : all()) {
            if (name(f) == kv.value(0))
                fault = f;
        }
        if (kv.size() != 2 || !ok || fault == Fault::None || rate < 0 || rate > 1) {
            *error = QStringLiteral("bad rate '%1'").arg(part);
            return false;
        }
        rates.insert(fault, rate);
        total += rate;
    }
    if (total > 1) {
        *error = QStringLiteral("rates add up to more than 1");
        return false;
    }
    m_rates = rates;
    return true;
}

Fault FaultPlan::next()
{
    ++m_requests;
    double roll = m_random.generateDouble();
    for (const Fault f : all()) {
        roll -= m_rates.value(f);
        if (roll < 0)
            return f;
    }
    return Fault::None;
}

int FaultPlan::delayMs(int low, int high)
{
    return m_random.bounded(low, high + 1);
}

QString FaultPlan::summary() const
{
    QString s = QStringLiteral("requests=%1").arg(m_requests);
    for (const Fault f : all())
        s += QStringLiteral(" %1=%2").arg(name(f)).arg(m_counts.value(f));
    return s;
}

} // namespace branch
