#pragma once

#include "ServiceListModel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>

namespace branch {

class Catalog;
class Translations;

// What the kiosk shell shows: language, care mode, the current page and a
// non-modal banner. QML only presents this state; every rule lives here.
class ShellController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the kiosk at start-up")
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(bool careMode READ careMode WRITE setCareMode NOTIFY careModeChanged)
    Q_PROPERTY(Page page READ page NOTIFY routeChanged)
    Q_PROPERTY(QString categoryId READ categoryId NOTIFY routeChanged)
    Q_PROPERTY(QString categoryName READ categoryName NOTIFY routeChanged)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY routeChanged)
    Q_PROPERTY(ServiceListModel *services READ services CONSTANT)
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
    enum class Page { Home, Category, Service, Form, Staff };
    Q_ENUM(Page)

    // The catalog must outlive the controller; null means an empty catalog.
    ShellController(Translations *translations, const Catalog *catalog, QObject *parent = nullptr);

    // The engine whose qsTr() bindings follow the language.
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

    QString language() const;
    bool setLanguage(const QString &code);
    bool careMode() const { return m_careMode; }
    void setCareMode(bool care);
    Page page() const { return m_page; }
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
    // One level up: form -> detail -> category -> home.
    Q_INVOKABLE void back();
    Q_INVOKABLE void goHome();
    // The staff page: what core refused, and sending it again. Reached by a
    // long press on the delivery badge. Staff sign-in is not part of this yet.
    Q_INVOKABLE void staffView();
    // Staff must learn that the damaged database was set aside, not deleted.
    void reportStoreQuarantined() { setBanner(QStringLiteral("store_quarantined")); }
    Q_INVOKABLE void dismissBanner();

public Q_SLOTS:
    // Back to the untouched home screen in the default language.
    void reset();

Q_SIGNALS:
    void languageChanged();
    void careModeChanged();
    void routeChanged();
    void bannerChanged();
    void sessionActiveChanged();
    void syncChanged();

private:
    void setRoute(Page page, const QString &categoryId, const QString &serviceId = {});
    void setBanner(const QString &code, const QString &argument = {});
    void updateSessionActive();

    Translations *m_translations;
    const Catalog *m_catalog;
    ServiceListModel *m_services;
    QPointer<QQmlEngine> m_engine;
    Page m_page = Page::Home;
    QString m_categoryId;
    QString m_serviceId;
    QString m_bannerCode;
    QString m_bannerArgument;
    bool m_careMode = false;
    bool m_sessionActive = false;
    bool m_syncConfigured = false;
    bool m_syncOnline = false;
    int m_queueCount = 0;
    int m_rejectedCount = 0;
};

} // namespace branch
