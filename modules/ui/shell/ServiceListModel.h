#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace branch {

class Catalog;
struct ServiceDefinition;

// The services of one catalog category, the most used first (the catalog's
// usage.json; ties in the catalog's order), so what most customers come for
// is on the first screen. Names are read
// in the current language in data(), so refresh() after a switch is enough.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the shell")
    Q_PROPERTY(QString categoryId READ categoryId NOTIFY categoryIdChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DescriptionRole, NeedsFormRole };
    Q_ENUM(Role)

    explicit ServiceListModel(const Catalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString categoryId() const { return m_categoryId; }
    void setCategoryId(const QString &categoryId);
    // Names and descriptions are re-read, e.g. after a language switch.
    void refresh();

Q_SIGNALS:
    void categoryIdChanged();
    void countChanged();

private:
    const Catalog *m_catalog;
    QString m_categoryId;
    QList<const ServiceDefinition *> m_rows;
};

} // namespace branch
