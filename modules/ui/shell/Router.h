#pragma once

#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <functional>

namespace branch {

// Which page the kiosk shows, by route name. Each feature adds its pages when
// the kiosk is assembled (see docs/ui.md, "How to add a screen"):
//
//     router.addPage(QStringLiteral("staff"), {
//         .url = QUrl(QStringLiteral("qrc:/BranchSuite/Staff/StaffPage.qml")),
//         .properties = {{QStringLiteral("staff"), QVariant::fromValue(staff)}},
//         .entered = [staff] { staff->refresh(); },
//     });
//
// ShellController holds the navigation rules and calls show(); Main.qml loads
// the current route's page with its properties. A feature can also fill one
// of the shell's slots (the top bar's status badge) through addPart().
class Router : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(QString route READ route NOTIFY pageChanged)
    Q_PROPERTY(QUrl pageUrl READ pageUrl NOTIFY pageChanged)
    Q_PROPERTY(QVariantMap pageProperties READ pageProperties NOTIFY pageChanged)
public:
    struct Page
    {
        QUrl url;
        // Set on the page when it is created: its required properties.
        QVariantMap properties;
        // Runs each time the route is shown, before its page is created.
        std::function<void()> entered;
    };

    explicit Router(QObject *parent = nullptr);

    // A later page for the same route replaces the earlier one.
    void addPage(const QString &route, Page page);
    bool hasRoute(const QString &route) const { return m_pages.contains(route); }
    QStringList routes() const;

    void addPart(const QString &slot, const QUrl &url, const QVariantMap &properties = {});
    // Empty for a slot no feature filled: the shell leaves the space empty.
    Q_INVOKABLE QUrl partUrl(const QString &slot) const;
    Q_INVOKABLE QVariantMap partProperties(const QString &slot) const;

    QString route() const { return m_route; }
    QUrl pageUrl() const;
    QVariantMap pageProperties() const;

    // Shows the route's page: a new page object, also when the route is the
    // current one, so nothing typed on the old page survives. False (and
    // nothing changes) for a route no feature added.
    bool show(const QString &route);

Q_SIGNALS:
    // A new page must be created for route().
    void pageChanged();

private:
    QHash<QString, Page> m_pages;
    QHash<QString, Page> m_parts;
    QString m_route;
};

} // namespace branch
