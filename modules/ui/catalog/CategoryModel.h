#pragma once

#include "Categories.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace branch {

// The categories of one home-screen group ("livelihood", "banking", "action";
// empty means all), less the counter actions this kiosk cannot do. Each has
// its own pictogram (IconRole, a qrc URL). Names are translated in data(), so setting `language`
// after a switch is enough to refresh every visible tile.
class CategoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY groupChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, GroupRole, AccentRole, IconRole };
    Q_ENUM(Role)

    explicit CategoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString group() const { return m_group; }
    void setGroup(const QString &group);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

Q_SIGNALS:
    void groupChanged();
    void languageChanged();
    void countChanged();

private:
    void rebuild();

    QString m_group;
    QString m_language;
    QList<CategoryInfo> m_rows;
};

} // namespace branch
