// Feeds arbitrary bytes to the certificate-request check core runs at
// enrolment, before the device has any credential: once as the PEM text a
// kiosk sends (DevicePem, then DER through OpenSSL) and once as DER inside a
// well-formed PEM block, so the fuzzer reaches OpenSSL's parser directly.
// Beyond "no crash" it checks that every refusal has one of the csr_*
// reasons, that an accepted request names the device asked about and no
// other, and that PEM decoding round-trips.

#include "DeviceCsr.h"
#include "DevicePem.h"
#include "DevicePkiReason.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool isCsrReason(const QString &reason)
{
    using namespace branch::DevicePkiReason;
    for (const QLatin1String known : {CsrMissing, CsrMalformed, CsrKeyType, CsrSubjectMismatch, CsrSignatureInvalid,
                                      CsrAttributes}) {
        if (reason == known)
            return true;
    }
    return false;
}

void checkOne(const QByteArray &pem)
{
    const branch::Result<void> checked = branch::DeviceCsr::check(pem, QStringLiteral("K001"));
    if (checked.ok()) {
        require(branch::DeviceCsr::check(pem, QStringLiteral("K002")).reason() == branch::DevicePkiReason::CsrSubjectMismatch);
        return;
    }
    require(isCsrReason(checked.reason()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QByteArray der = branch::DevicePem::decode(bytes, "CERTIFICATE REQUEST");
    if (!der.isEmpty())
        require(branch::DevicePem::decode(branch::DevicePem::encode(der, "CERTIFICATE REQUEST"), "CERTIFICATE REQUEST") == der);
    checkOne(bytes);
    if (!bytes.isEmpty() && bytes.size() <= 4096)
        checkOne(branch::DevicePem::encode(bytes, "CERTIFICATE REQUEST"));
    return 0;
}
