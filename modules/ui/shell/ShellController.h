#pragma once

#include "Router.h"
#include "ServiceListModel.h"
#include "SessionContext.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace branch {

class Catalog;
class Router;
class SessionContext;

// Where the customer is and how they move: the current route and its
// category and service, a non-modal banner, and the delivery state the top
// bar shows. The rules of moving (back: form -> detail -> category -> home;
// deep links) live here; which page a route shows is the Router's. QML only
// presents this state.
//
// Route names of the shell's own rules; features add more (open()).
namespace routes {
inline const QString home = QStringLiteral("home");
inline const QString category = QStringLiteral("category");
inline const QString service = QStringLiteral("service");
inline const QString form = QStringLiteral("form");
inline const QString staff = QStringLiteral("staff");
// Staff sign in before the staff page (issue 13); the staff feature adds it.
inline const QString staffSignIn = QStringLiteral("staff-sign-in");
} // namespace routes

class ShellController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(branch::SessionContext *context READ context CONSTANT)
    Q_PROPERTY(branch::Router *router READ router CONSTANT)
    // The customer's, read from the context.
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(bool careMode READ careMode NOTIFY careModeChanged)
    Q_PROPERTY(QString route READ route NOTIFY routeChanged)
    Q_PROPERTY(QString categoryId READ categoryId NOTIFY routeChanged)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY routeChanged)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY routeChanged)
    Q_PROPERTY(branch::ServiceListModel *services READ services CONSTANT)
    Q_PROPERTY(QString bannerCode READ bannerCode NOTIFY bannerChanged)
    Q_PROPERTY(QString bannerText READ bannerText NOTIFY bannerChanged)
    Q_PROPERTY(bool sessionActive READ sessionActive NOTIFY sessionActiveChanged)
    // Qt Virtual Keyboard is the input method (a touch kiosk): pages load the
    // on-screen keyboard. A staff counter with a real keyboard loads none.
    Q_PROPERTY(bool onScreenKeyboard READ onScreenKeyboard CONSTANT)
    Q_PROPERTY(bool syncConfigured READ syncConfigured NOTIFY syncChanged)
    Q_PROPERTY(bool syncOnline READ syncOnline NOTIFY syncChanged)
    Q_PROPERTY(int queueCount READ queueCount NOTIFY syncChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY syncChanged)
public:
    // All three must outlive the controller; a null catalog is an empty one.
    // The router shows the pages; the shell starts at home.
    ShellController(SessionContext *context, Router *router, const Catalog *catalog, QObject *parent = nullptr);

    SessionContext *context() const { return m_context; }
    Router *router() const { return m_router; }
    QString language() const;
    bool careMode() const;
    QString route() const { return m_route; }
    QString categoryId() const { return m_categoryId; }
    QString categoryName() const;
    QString serviceId() const { return m_serviceId; }
    ServiceListModel *services() const { return m_services; }
    QString bannerCode() const { return m_bannerCode; }
    QString bannerText() const;
    // True while anything differs from the untouched home screen: only then
    // does the idle countdown run.
    bool sessionActive() const;
    static bool onScreenKeyboard();

    // Delivery to core, as the sync service last reported it. queueCount is
    // what still waits to be sent (pending + sent).
    bool syncConfigured() const { return m_syncConfigured; }
    bool syncOnline() const { return m_syncOnline; }
    int queueCount() const { return m_queueCount; }
    int rejectedCount() const { return m_rejectedCount; }
    void setSyncState(bool configured, bool online, qint64 queueCount, qint64 rejectedCount);

    Q_INVOKABLE bool openCategory(const QString &id);
    // Home tiles: categories open, kiosk actions answer with a banner.
    Q_INVOKABLE void activate(const QString &id);
    // A service's detail page, from a list or a deep link. Unknown ids leave
    // the shell at home with a banner.
    Q_INVOKABLE bool openService(const QString &serviceId);
    // From the detail page into the service's form.
    Q_INVOKABLE bool startService();
    // One level up: form -> detail -> category -> home; any other route -> home.
    Q_INVOKABLE void back();
    Q_INVOKABLE void goHome();
    // A route that needs no category or service, e.g. one a feature added.
    // False for a route no feature added.
    Q_INVOKABLE bool open(const QString &route);
    // The staff page: what core refused, and sending it again. Reached by a
    // long press on the delivery badge, through the staff sign-in page.
    Q_INVOKABLE void staffView() { open(routes::staffSignIn); }
    // Staff must learn that the damaged database was set aside, not deleted.
    void reportStoreQuarantined() { setBanner(QStringLiteral("store_quarantined")); }
    Q_INVOKABLE void dismissBanner();

public Q_SLOTS:
    // Back to the untouched home screen, for a new customer (the context
    // resets itself on the same signal).
    void reset();

Q_SIGNALS:
    void languageChanged();
    void careModeChanged();
    void routeChanged();
    void bannerChanged();
    void sessionActiveChanged();
    void syncChanged();

private:
    void setRoute(const QString &route, const QString &categoryId, const QString &serviceId = {});
    void setBanner(const QString &code, const QString &argument = {});
    void updateSessionActive();
    void retranslate();

    SessionContext *m_context;
    Router *m_router;
    const Catalog *m_catalog;
    ServiceListModel *m_services;
    QString m_route = routes::home;
    QString m_categoryId;
    QString m_serviceId;
    QString m_bannerCode;
    QString m_bannerArgument;
    bool m_sessionActive = false;
    bool m_syncConfigured = false;
    bool m_syncOnline = false;
    int m_queueCount = 0;
    int m_rejectedCount = 0;
};

} // namespace branch
