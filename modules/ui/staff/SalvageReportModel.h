#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QQmlEngine>
#include <QStringList>

namespace branch {

class Database;
struct SalvageReport;

// The staff page's account of the last salvage after a quarantine
// (docs/store-recovery.md): one row per kind of record that was saved or
// lost, and what staff must know around them: that the damaged file is kept
// and where, what could not be read, the receipts to follow up (masked), and
// where receipt numbers continue. All wording is made here; the page only
// shows it.
class SalvageReportModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the staff page's controller")
    Q_PROPERTY(bool available READ available NOTIFY changed)
    // A line the staff page shows to lead to the report; empty without one.
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString keptAt READ keptAt NOTIFY changed)
    Q_PROPERTY(QString receiptText READ receiptText NOTIFY changed)
    Q_PROPERTY(QStringList followUps READ followUps NOTIFY changed)
    Q_PROPERTY(bool anythingLost READ anythingLost NOTIFY changed)
public:
    enum Role { KindRole = Qt::UserRole + 1, NameRole, SavedRole, LostRole, TextRole, LossRole };
    Q_ENUM(Role)

    explicit SalvageReportModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the newest report from the store; none: an empty model.
    void load(Database *store);
    void setReport(const SalvageReport *report);
    // Wording again in the current language.
    void retranslate();

    bool available() const { return m_available; }
    QString notice() const;
    QString title() const;
    QString summary() const;
    QString keptAt() const;
    QString receiptText() const;
    QStringList followUps() const;
    bool anythingLost() const;

    // "Requests waiting for core: 12 saved, 1 lost".
    static QString rowText(const QString &kind, qint64 saved, qint64 lost);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QString kind;
        qint64 saved = 0;
        qint64 lost = 0;
    };
    bool m_available = false;
    qint64 m_reportId = 0;
    QList<Row> m_rows;
    QString m_outcome;
    QDateTime m_createdAt;
    QString m_quarantinePath;
    QString m_firstSequence;
    QStringList m_lostReceipts;
};

} // namespace branch
