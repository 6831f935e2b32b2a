#pragma once

// A kiosk store for one test function: a fresh SQLite file in a temporary
// folder, plain payloads (sealing is modules/security's, tested there), and
// the backends a SubmissionService runs on.
#include "FlowFixtures.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "SubmissionService.h"
#include "TestAuditKey.h"

namespace flowtest {

struct StoreRig
{
    QTemporaryDir dir;
    branch::Database db;
    branch::test::FakeClock clock{fixedNow()};
    branch::PlainPayloadCodec codec;
    branch::RandomKeySource keys;
    std::shared_ptr<const branch::AuditChainKey> auditKey = branch::test::auditKey();

    bool open() { return dir.isValid() && flowtest::open(db, dir.filePath(QStringLiteral("kiosk.sqlite"))); }

    branch::SubmissionBackends backends()
    {
        branch::SubmissionBackends b;
        b.database = &db;
        b.clock = &clock;
        b.codec = &codec;
        b.auditKey = auditKey;
        b.keys = &keys;
        b.settings.kioskCode = QStringLiteral("KIOSK01");
        b.auditActor = QStringLiteral("kiosk");
        return b;
    }

    // A signed transfer, as the kiosk submits it.
    static branch::SubmissionOrder transferOrder()
    {
        branch::SubmissionOrder order;
        order.service = service(QStringLiteral("bank.transfer"));
        order.values = transfer();
        order.sessionId = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e"); // a kiosk visit: a UUID
        order.signaturePng = QByteArray("\x89PNG fake", 9);
        order.signatureStrokes = QByteArray("[]");
        order.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        return order;
    }
};

} // namespace flowtest
