#include "PdfProbe.h"
#include "PrintReason.h"
#include "SimulatedPrinter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

Q_DECLARE_METATYPE(branch::SimulatedPrinter::Condition)

// The simulator behind demos and the GUI tests: each condition gives the
// reason CupsPrinter gives for the same trouble.
class TestSimulatedPrinter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pdf;

private Q_SLOTS:
    void initTestCase()
    {
        m_pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        QVERIFY(branch::test::writeStandInPdf(m_pdf));
    }

    void conditions_data()
    {
        QTest::addColumn<SimulatedPrinter::Condition>("condition");
        QTest::addColumn<QString>("reason");
        QTest::newRow("ready") << SimulatedPrinter::Condition::Ready << QString();
        QTest::newRow("out of paper") << SimulatedPrinter::Condition::OutOfPaper << QString(PrintReason::OutOfPaper);
        QTest::newRow("offline") << SimulatedPrinter::Condition::Offline << QString(PrintReason::Offline);
        QTest::newRow("paused") << SimulatedPrinter::Condition::Paused << QString(PrintReason::Paused);
        QTest::newRow("failing") << SimulatedPrinter::Condition::Failing << QString(PrintReason::JobFailed);
    }

    void conditions()
    {
        QFETCH(SimulatedPrinter::Condition, condition);
        QFETCH(QString, reason);
        SimulatedPrinter printer(condition);
        QList<PrintStage> stages;
        const auto printed = printer.print({m_pdf, QStringLiteral("KIOSK01-20250615-0001")},
                                           [&stages](PrintStage stage) { stages.append(stage); });
        QCOMPARE(printed.reason(), reason);
        QCOMPARE(printer.attempts(), 1);
        QCOMPARE(stages.value(0), PrintStage::Sending);
        if (reason.isEmpty()) {
            QCOMPARE(printed->printer, QStringLiteral("simulator"));
            QCOMPARE(printed->jobId, 1);
            QCOMPARE(printer.printed(), QStringList{QStringLiteral("KIOSK01-20250615-0001")});
            QCOMPARE(stages.constLast(), PrintStage::Printing);
        } else {
            QVERIFY(printer.printed().isEmpty());
            QVERIFY(!PrintMessages::messageFor(printed.reason()).isEmpty());
        }
    }

    void paperCanRunOutAndBeLoaded()
    {
        SimulatedPrinter printer;
        QVERIFY(printer.print({m_pdf, QStringLiteral("A")}).ok());
        printer.setCondition(SimulatedPrinter::Condition::OutOfPaper);
        QCOMPARE(printer.print({m_pdf, QStringLiteral("B")}).reason(), QString(PrintReason::OutOfPaper));
        printer.setCondition(SimulatedPrinter::Condition::Ready);
        QVERIFY(printer.print({m_pdf, QStringLiteral("B")}).ok());
        QCOMPARE(printer.printed(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(printer.attempts(), 3);
    }

    void aMissingDocumentIsNotPrinted()
    {
        SimulatedPrinter printer;
        QCOMPARE(printer.print({m_dir.filePath(QStringLiteral("none.pdf")), QStringLiteral("A")}).reason(),
                 QString(PrintReason::DocumentMissing));
        QVERIFY(printer.printed().isEmpty());
    }

    void namesParse_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("known");
        for (const QString &name : SimulatedPrinter::names())
            QTest::newRow(qPrintable(name)) << name << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("underscore") << QStringLiteral("out_of_paper") << false;
        QTest::newRow("capitals") << QStringLiteral("Ready") << false;
    }

    void namesParse()
    {
        QFETCH(QString, name);
        QFETCH(bool, known);
        QCOMPARE(SimulatedPrinter::parse(name).has_value(), known);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedPrinter)
#include "tst_simulatedprinter.moc"
