#include "SalvageReportModel.h"

#include "Database.h"
#include "Masking.h"
#include "SalvageReport.h"
#include "UiLog.h"

#include <QLocale>

namespace branch {

SalvageReportModel::SalvageReportModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SalvageReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SalvageReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.kind;
    case NameRole:
        return SalvageReport::kindName(row.kind);
    case SavedRole:
        return row.saved;
    case LostRole:
        return row.lost;
    case Qt::DisplayRole:
    case TextRole:
        return rowText(row.kind, row.saved, row.lost);
    case LossRole:
        return row.lost > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> SalvageReportModel::roleNames() const
{
    return {{KindRole, "kind"}, {NameRole, "name"}, {SavedRole, "saved"},
            {LostRole, "lost"}, {TextRole, "text"}, {LossRole, "loss"}};
}

QString SalvageReportModel::rowText(const QString &kind, qint64 saved, qint64 lost)
{
    const QString name = SalvageReport::kindName(kind);
    if (lost == 0)
        return tr("%1: %n saved", "", int(saved)).arg(name);
    return tr("%1: %2 saved, %n lost", "", int(lost)).arg(name).arg(saved);
}

void SalvageReportModel::load(Database *store)
{
    if (!store || !store->isOpen()) {
        setReport(nullptr);
        return;
    }
    const auto reports = SalvageReports::list(store->connection());
    if (!reports.ok())
        qCWarning(lcUi) << "salvage reports could not be read:" << reports.error.reason;
    setReport(reports.value.isEmpty() ? nullptr : &reports.value.constFirst());
}

void SalvageReportModel::setReport(const SalvageReport *report)
{
    // Reports never change once written: the same one again changes nothing
    // (the staff page refreshes with every pass of the sync service).
    if (report && m_available && report->id == m_reportId)
        return;
    if (!report && !m_available)
        return;
    beginResetModel();
    m_reportId = report ? report->id : 0;
    m_rows.clear();
    m_available = report != nullptr;
    if (report) {
        // Kinds with nothing saved or lost say nothing to staff.
        for (const SalvageItem &item : report->items) {
            if (item.saved > 0 || item.lost > 0)
                m_rows.append({item.kind, item.saved, item.lost});
        }
        m_outcome = report->outcome;
        m_createdAt = report->createdAt;
        m_quarantinePath = report->quarantinePath;
        m_firstSequence = report->firstSequence();
        m_lostReceipts = report->lostReceipts;
    }
    endResetModel();
    Q_EMIT changed();
}

void SalvageReportModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
    Q_EMIT changed();
}

QString SalvageReportModel::notice() const
{
    if (!m_available)
        return {};
    return anythingLost()
        ? tr("The local database was damaged and set aside. Not everything could be saved: see the recovery report.")
        : tr("The local database was damaged and set aside. Everything in it was saved: see the recovery report.");
}

QString SalvageReportModel::title() const
{
    if (!m_available)
        return {};
    const QString when = QLocale().toString(m_createdAt.toLocalTime(), QLocale::ShortFormat);
    return tr("Damaged database recovered on %1").arg(when);
}

QString SalvageReportModel::summary() const
{
    return m_available ? SalvageReport::outcomeText(m_outcome) : QString();
}

QString SalvageReportModel::keptAt() const
{
    return m_available ? tr("The damaged file is kept, never deleted, at %1").arg(m_quarantinePath) : QString();
}

QString SalvageReportModel::receiptText() const
{
    if (!m_available)
        return {};
    if (m_firstSequence.isEmpty())
        return tr("No new receipt numbers can be issued until the record of receipt numbers is repaired.");
    return tr("Receipt numbers continue from %1 each day, so no number is ever issued twice.").arg(m_firstSequence);
}

QStringList SalvageReportModel::followUps() const
{
    QStringList lines;
    for (const QString &number : m_lostReceipts)
        lines.append(tr("Receipt %1: the request was lost. Follow it up with the customer.").arg(maskIdentifier(number)));
    return lines;
}

bool SalvageReportModel::anythingLost() const
{
    if (!m_lostReceipts.isEmpty() || m_outcome == SalvageOutcome::Failed)
        return true;
    for (const Row &row : m_rows) {
        if (row.lost > 0)
            return true;
    }
    return false;
}

} // namespace branch
