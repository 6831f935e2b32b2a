#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace branch {

class Catalog;
struct ServiceDefinition;

// The services a search found, best first. Names are read in the current
// language in data(), so refresh() after a language switch is enough.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the search controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, CategoryRole, CategoryNameRole, ScoreRole, IsActionRole };
    Q_ENUM(Role)

    struct Row
    {
        const ServiceDefinition *service = nullptr;
        double score = 0.0;
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The catalog must outlive the model: rows point into it.
    void setCatalog(const Catalog *catalog) { m_catalog = catalog; }
    void setRows(const QList<Row> &rows);
    QString idAt(int row) const;
    void refresh();

Q_SIGNALS:
    void countChanged();

private:
    const Catalog *m_catalog = nullptr;
    QList<Row> m_rows;
};

} // namespace branch
