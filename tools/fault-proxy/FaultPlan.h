#pragma once

#include <QHash>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace branch {

// What the proxy does to one HTTP request.
enum class Fault {
    None,
    DropRequest,  // close the kiosk's connection; core never sees the request
    DropResponse, // core applies it; the kiosk's connection closes before the answer
    Duplicate,    // core gets it twice, the copy on another connection, a little later
    Delay,        // forwarded after 50..500 ms
    Reorder,      // held until the next request has gone through (or 300 ms)
    Error500,     // core applies it; the kiosk gets a synthetic 500
    Error503,     // core never sees it; the kiosk gets a synthetic 503
};

// A seeded random mix of faults. The same seed and the same order of
// requests give the same faults, so a failing run can be replayed.
class FaultPlan
{
public:
    explicit FaultPlan(quint32 seed);

    // "drop_request=0.05,duplicate=0.1,..." ; false and *error on a bad list.
    bool setRates(const QString &spec, QString *error);
    Fault next();
    int delayMs(int low, int high);
    void count(Fault fault) { ++m_counts[fault]; }
    QString summary() const; // "requests=N drop_request=N ..."

    static QString name(Fault fault);
    static QList<Fault> all();

private:
    QRandomGenerator m_random;
    QHash<Fault, double> m_rates;
    QHash<Fault, qint64> m_counts;
    qint64 m_requests = 0;
};

} // namespace branch
