#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

// The layers, as README.md states them: UI -> services -> domain. Checked on
// the link graph CMake really builds (tests/architecture/CMakeLists.txt writes
// it at configure time), through every transitive link.
namespace {

const QStringList domain{QStringLiteral("branch_core"),    QStringLiteral("branch_store"),
                         QStringLiteral("branch_catalog"), QStringLiteral("branch_forms"),
                         QStringLiteral("branch_security"), QStringLiteral("branch_audit"),
                         QStringLiteral("branch_billing"), QStringLiteral("branch_search"),
                         QStringLiteral("branch_receipt"), QStringLiteral("branch_printing"),
                         QStringLiteral("branch_i18n"),    QStringLiteral("branch_camera"),
                         QStringLiteral("branch_prefill"), QStringLiteral("branch_devicepki"),
                         QStringLiteral("branch_payment"), QStringLiteral("branch_devices"),
                         QStringLiteral("branch_speech"), QStringLiteral("branch_staff"),
                         QStringLiteral("branch_fraud"), QStringLiteral("branch_face")};
const QStringList services{QStringLiteral("branch_sync"), QStringLiteral("branch_flow"), QStringLiteral("branch_cli"),
                           QStringLiteral("branch_coreserver")};
// Programs that are services too: they must run without a display.
const QStringList servicePrograms{QStringLiteral("branchctl"), QStringLiteral("branch-core")};

// Qt modules only UI may link: QML, Qt Quick and its controls, widgets.
bool isUiQt(const QString &name)
{
    return name.startsWith(QLatin1String("Qt6::Qml")) || name.startsWith(QLatin1String("Qt6::Quick"))
        || name.startsWith(QLatin1String("Qt6::Widgets")) || name.startsWith(QLatin1String("Qt6::VirtualKeyboard"))
        || name.startsWith(QLatin1String("Qt::Qml")) || name.startsWith(QLatin1String("Qt::Quick"))
        || name.startsWith(QLatin1String("Qt::Widgets"));
}

// A project library outside domain and services is a UI library.
bool isProjectLibrary(const QString &name)
{
    return name.startsWith(QLatin1String("branch_")) && name != QLatin1String("branch_compile_options");
}

// A layer's library, or one of its parts ("branch_receipt_verification",
// "branch_flow_pdf", generated resource libraries).
bool inLayer(const QString &name, const QStringList &layer)
{
    return std::any_of(layer.begin(), layer.end(),
                       [&name](const QString &lib) { return name == lib || name.startsWith(lib + u'_'); });
}

} // namespace

class TestLinkGraph : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QStringList> m_links;
    QHash<QString, QString> m_types;

    // Everything `target` links, directly or through what it links.
    QSet<QString> closure(const QString &target) const
    {
        QSet<QString> seen;
        QStringList todo = m_links.value(target);
        while (!todo.isEmpty()) {
            const QString next = todo.takeLast();
            if (seen.contains(next))
                continue;
            seen.insert(next);
            todo += m_links.value(next);
        }
        return seen;
    }

    // Links that leave the allowed set, each with the path that pulls it in.
    QStringList violations(const QString &target, const QStringList &allowed) const
    {
        QStringList wrong;
        for (const QString &name : closure(target)) {
            if ((isProjectLibrary(name) && !inLayer(name, allowed)) || isUiQt(name))
                wrong << name;
        }
        wrong.sort();
        return wrong;
    }

    void addRows(const QStringList &targets, const QStringList &allowed)
    {
        for (const QString &target : targets)
            QTest::newRow(qPrintable(target)) << target << allowed;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(BRANCH_LINK_GRAPH));
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), BRANCH_LINK_GRAPH);
        while (!file.atEnd()) {
            const QStringList parts = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
            if (parts.size() < 2)
                continue;
            m_types.insert(parts.at(0), parts.at(1));
            m_links.insert(parts.at(0), parts.value(2).split(u' ', Qt::SkipEmptyParts));
        }
        QVERIFY(m_links.size() > 20);
    }

    // Renaming a layer's library must update this test and the README.
    void everyLayeredTargetExists()
    {
        for (const QString &target : domain + services + servicePrograms)
            QVERIFY2(m_types.contains(target), qPrintable(target));
    }

    void layersPointOneWay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QStringList>("allowed");
        // Domain links only domain: no service, no UI, no QML or widgets.
        addRows(domain, domain);
        // Services link services and domain, never UI or Qt Quick.
        addRows(services, domain + services);
        addRows(servicePrograms, domain + services);
    }

    void layersPointOneWay()
    {
        QFETCH(QString, target);
        QFETCH(QStringList, allowed);
        const QStringList wrong = violations(target, allowed);
        QVERIFY2(wrong.isEmpty(), qPrintable(target + QStringLiteral(" links ") + wrong.join(QStringLiteral(", "))));
    }

    // The check itself can fail: a graph with a wrong link is caught.
    void aWrongLinkIsCaught()
    {
        const QHash<QString, QStringList> saved = m_links;
        m_links[QStringLiteral("branch_store")] << QStringLiteral("branch_ui");
        m_links[QStringLiteral("branch_sync")] << QStringLiteral("Qt6::Quick");
        QVERIFY(violations(QStringLiteral("branch_store"), domain).contains(QStringLiteral("branch_ui")));
        QVERIFY(violations(QStringLiteral("branch_audit"), domain).contains(QStringLiteral("branch_ui")));
        QVERIFY(violations(QStringLiteral("branch_cli"), domain + services).contains(QStringLiteral("Qt6::Quick")));
        m_links = saved;
    }
};

QTEST_GUILESS_MAIN(TestLinkGraph)
#include "tst_link_graph.moc"
