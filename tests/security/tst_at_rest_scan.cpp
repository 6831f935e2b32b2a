#include "../store/StoreTestUtil.h"
#include "KeyRing.h"
#include "PayloadCodec.h"
#include "SealedPayloadCodec.h"
#include "SecurityTestSupport.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace branch;

// Writes submissions holding a resident ID number, a name and a phone number,
// then searches the raw database file and its -wal file for them. Sealed:
// nothing found. Plain (the control): found, which proves the scan works.
class TestAtRestScan : public QObject
{
    Q_OBJECT

private:
    const QString m_residentId = QStringLiteral("11010519491231002X");
    const QString m_name = QStringLiteral("欧阳娜娜");
    const QString m_phone = QStringLiteral("13912345678");

    QList<QByteArray> needles() const
    {
        QList<QByteArray> out;
        for (const QString &value : {m_residentId, m_name, m_phone}) {
            out << value.toUtf8();
            out << QByteArray(reinterpret_cast<const char *>(value.utf16()), value.size() * 2); // UTF-16LE
        }
        out << m_phone.right(8).toUtf8(); // a partial number leaks too
        return out;
    }

    // Which needles occur in which files.
    QStringList findLeaks(const QStringList &files) const
    {
        QStringList leaks;
        for (const QString &file : files) {
            const QByteArray bytes = test::readFile(file);
            for (const QByteArray &needle : needles()) {
                if (bytes.contains(needle))
                    leaks << QFileInfo(file).fileName() + u':' + QString::fromLatin1(needle.toHex());
            }
        }
        return leaks;
    }

    QStringList writeAndScan(bool seal, bool *walSeen)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.db"));
        QStringList leaks;
        {
            Database db;
            if (!test::openDatabase(db, path))
                return {QStringLiteral("open failed")};
            test::MemorySecretStore secrets;
            const auto ring = KeyRing::open(db, secrets);
            const SealedPayloadCodec sealed(ring.value);
            const PlainPayloadCodec plain;
            const PayloadCodec &codec = seal ? static_cast<const PayloadCodec &>(sealed) : plain;
            const test::FakeClock clock{test::pinnedTime()};
            RandomKeySource keys;
            SubmissionRepository repo(db, clock, codec, keys, test::kioskSettings());
            for (int i = 0; i < 20; ++i) {
                SubmissionRequest r = test::customerRequest(i);
                r.fields.insert(QStringLiteral("id_number"), m_residentId);
                r.fields.insert(QStringLiteral("name"), m_name);
                r.fields.insert(QStringLiteral("phone"), m_phone);
                r.signatureStrokes = m_name.toUtf8() + m_phone.toUtf8();
                if (!repo.submit(r).ok())
                    return {QStringLiteral("submit failed")};
            }
            // While the kiosk runs, recent pages live in the WAL.
            *walSeen = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
            leaks += findLeaks({path, path + QStringLiteral("-wal")});
        }
        // After a clean close everything is checkpointed into the main file.
        leaks += findLeaks({path, path + QStringLiteral("-wal")});
        return leaks;
    }

private Q_SLOTS:
    void sealedSubmissionsLeaveNoPersonalData()
    {
        bool walSeen = false;
        const QStringList leaks = writeAndScan(true, &walSeen);
        QVERIFY(walSeen);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u' ')));
    }

    void plainSubmissionsAreFoundByTheScan()
    {
        bool walSeen = false;
        const QStringList leaks = writeAndScan(false, &walSeen);
        QVERIFY(walSeen);
        QVERIFY(leaks.join(u' ').contains(QStringLiteral("kiosk.db-wal:")));
        // Every value, once in UTF-8, both while open and after close.
        for (const QString &value : {m_residentId, m_name, m_phone}) {
            const QString hex = QString::fromLatin1(value.toUtf8().toHex());
            QVERIFY2(leaks.contains(QStringLiteral("kiosk.db:") + hex), qPrintable(value));
        }
    }
};

QTEST_GUILESS_MAIN(TestAtRestScan)
#include "tst_at_rest_scan.moc"
