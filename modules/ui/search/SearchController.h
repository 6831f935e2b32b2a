#pragma once

#include "SearchResultModel.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

namespace branch {

class Catalog;
class ServiceSearch;
class ShellController;

// The home screen's search box: what the customer typed, the best services
// for it, and what to say when nothing fits. Searches once typing pauses.
// A singleton per engine: the kiosk creates it (it needs the catalog and the
// shell) and provide()s it before QML loads; the index is built on first use,
// off the start-up path.
class SearchController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(branch::SearchResultModel *results READ results CONSTANT)
    Q_PROPERTY(QString messageCode READ messageCode NOTIFY messageChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool canCallStaff READ canCallStaff NOTIFY messageChanged)
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    Q_PROPERTY(int debounceInterval READ debounceInterval WRITE setDebounceInterval NOTIFY debounceIntervalChanged)
public:
    static constexpr int kMaxResults = 5;
    static constexpr int kDefaultDebounceMs = 300;

    // Both must outlive the controller; a null catalog finds nothing.
    SearchController(const Catalog *catalog, ShellController *shell, QObject *parent = nullptr);
    ~SearchController() override;

    static void provide(QQmlEngine *engine, SearchController *controller);
    static SearchController *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    SearchResultModel *results() const { return m_results; }
    // Empty, "no_match", or a SearchQuery reason (query_too_long, ...).
    QString messageCode() const { return m_messageCode; }
    QString message() const;
    // Only where this kiosk can call staff (it cannot yet: no tile, no button).
    bool canCallStaff() const;
    bool pending() const { return m_timer.isActive(); }
    int debounceInterval() const { return m_timer.interval(); }
    void setDebounceInterval(int ms);

    // Builds the index now if it is not yet built, e.g. when the box gets focus.
    Q_INVOKABLE void prepare();
    // Runs the pending search at once.
    Q_INVOKABLE void searchNow();
    // A result tapped: a service opens its detail page; a counter action does
    // what its home tile does. False for an id it cannot act on.
    Q_INVOKABLE bool open(const QString &serviceId);
    Q_INVOKABLE void callStaff();

public Q_SLOTS:
    // Forgets the query and the results: the visit ended or the page changed.
    void clear();

Q_SIGNALS:
    void queryChanged();
    void messageChanged();
    void pendingChanged();
    void debounceIntervalChanged();
    // A search ran (after the pause in typing, or searchNow()).
    void searched();

private:
    void run();
    void setMessageCode(const QString &code);
    bool canOpen(const QString &serviceId) const;

    const Catalog *m_catalog;
    ShellController *m_shell;
    std::unique_ptr<ServiceSearch> m_search;
    SearchResultModel *m_results;
    QTimer m_timer;
    QString m_query;
    QString m_messageCode;
};

} // namespace branch
