#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace branch {

class Catalog;

// The care-mode home screen's tiles (issue 14 section 2): the few services
// elderly customers use most, from the catalog's care-home.json, each with
// its category's colour and pictogram. Names are translated in data(), so
// setting `language` after a switch refreshes every tile.
class CareHomeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the kiosk from its catalog")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount CONSTANT)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, AccentRole, IconRole, IsCategoryRole };
    Q_ENUM(Role)

    explicit CareHomeModel(const Catalog *catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);

Q_SIGNALS:
    void languageChanged();

private:
    const Catalog *m_catalog;
    QString m_language;
};

} // namespace branch
