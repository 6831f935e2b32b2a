#include "Branchctl.h"
#include "Dispatcher.h"
#include "FakeClock.h"

#include <QTest>

namespace {

// Stands in for the commands still to come: records what it was given.
class EchoCommand final : public branch::Command
{
public:
    QString name() const override { return QStringLiteral("echo"); }
    QString summary() const override { return QStringLiteral("Echo the arguments"); }
    QString usage() const override { return QStringLiteral("Usage: branchctl echo ARGS"); }
    int run(const QStringList &args, QTextStream &out, QTextStream &) override
    {
        out << args.join(u'|') << '\n';
        return args.size() == 1 ? branch::ExitSuccess : branch::ExitFailure;
    }
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const branch::Dispatcher &dispatcher, const QStringList &args)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = dispatcher.run(args, out, err);
    return result;
}

QStringList argv(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *arg : list)
        result << QString::fromUtf8(arg);
    return result;
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void builtins_data();
    void builtins();
    void helpListsEveryCommand();
    void customCommand();

private:
    branch::test::FakeClock m_clock{QDateTime(QDate(2025, 6, 30), QTime(9, 0))};
    std::unique_ptr<branch::Dispatcher> m_dispatcher;
};

void TestDispatcher::init()
{
    m_dispatcher = branch::makeBranchctl(m_clock, QStringLiteral("1.2.3"));
}

void TestDispatcher::builtins_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("outStart");
    QTest::addColumn<QString>("errContains");
    QTest::newRow("--version") << argv({"--version"}) << 0 << "branchctl 1.2.3\n" << "";
    QTest::newRow("version") << argv({"version"}) << 0 << "branchctl 1.2.3\n" << "";
    QTest::newRow("help") << argv({"help"}) << 0 << "Usage: branchctl" << "";
    QTest::newRow("--help") << argv({"--help"}) << 0 << "Usage: branchctl" << "";
    QTest::newRow("-h") << argv({"-h"}) << 0 << "Usage: branchctl" << "";
    QTest::newRow("help validate") << argv({"help", "validate"}) << 0 << "Usage: branchctl validate" << "";
    QTest::newRow("help unknown") << argv({"help", "nope"}) << 2 << "" << "(unknown_command)";
    QTest::newRow("unknown") << argv({"nope"}) << 2 << "" << "(unknown_command)";
    QTest::newRow("empty") << argv({}) << 2 << "" << "(missing_command)";
    // A mistyped ID number as the command must not come back on the terminal.
    QTest::newRow("id as command") << argv({"11010519491231002X"}) << 2 << "" << "(unknown_command)";
}

void TestDispatcher::builtins()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, outStart);
    QFETCH(QString, errContains);
    const Run result = run(*m_dispatcher, args);
    QCOMPARE(result.code, code);
    if (outStart.isEmpty())
        QCOMPARE(result.out, QString());
    else
        QVERIFY2(result.out.startsWith(outStart), qPrintable(result.out));
    QVERIFY2(result.err.contains(errContains), qPrintable(result.err));
    if (code == 0)
        QCOMPARE(result.err, QString());
    for (const QString &arg : args)
        QVERIFY(arg.size() < 8 || !result.err.contains(arg));
}

void TestDispatcher::helpListsEveryCommand()
{
    const Run result = run(*m_dispatcher, argv({"help"}));
    QVERIFY(result.out.contains(QStringLiteral("\n  validate ")));
    QVERIFY(result.out.contains(QStringLiteral("Exit codes")));
}

void TestDispatcher::customCommand()
{
    m_dispatcher->addCommand(std::make_unique<EchoCommand>());
    QVERIFY(m_dispatcher->command(QStringLiteral("echo")));
    QVERIFY(!m_dispatcher->command(QStringLiteral("ech")));

    Run result = run(*m_dispatcher, argv({"echo", "a"}));
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out, QStringLiteral("a\n"));
    result = run(*m_dispatcher, argv({"echo", "a", "--b"}));
    QCOMPARE(result.code, 3);
    QCOMPARE(result.out, QStringLiteral("a|--b\n"));
    QVERIFY(run(*m_dispatcher, argv({"help"})).out.contains(QStringLiteral("Echo the arguments")));
}

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
