#include "VendorIdCardReader.h"

#include "DevicesLogging.h"
#include "vendor/branch_idcard_vendor.h"

#include <memory>

namespace branch {
namespace {

// A fixed-size field the shim filled: up to the first NUL, never past the end.
template<size_t N>
QString text(const char (&field)[N])
{
    return QString::fromUtf8(field, qsizetype(qstrnlen(field, N))).trimmed();
}

QDate yyyymmdd(const QString &value)
{
    return QDate::fromString(value, QStringLiteral("yyyyMMdd"));
}

} // namespace

VendorIdCardReader::VendorIdCardReader(const QString &library, const QString &port)
    : m_library(library)
    , m_port(port)
{
}

VendorIdCardReader::~VendorIdCardReader()
{
    if (m_open && m_closeFn)
        m_closeFn();
}

Result<void> VendorIdCardReader::open()
{
    const std::lock_guard lock(m_mutex);
    if (m_open)
        return {};
    if (!m_library.load()) {
        qCWarning(lcDevices) << "ID card reader library not loaded:" << m_library.errorString();
        return fail(QStringLiteral("reader_unavailable"), QStringLiteral("library"));
    }
    const auto version = reinterpret_cast<AbiVersion>(m_library.resolve("branch_idcard_abi_version"));
    m_openFn = reinterpret_cast<Open>(m_library.resolve("branch_idcard_open"));
    m_readFn = reinterpret_cast<Read>(m_library.resolve("branch_idcard_read"));
    m_closeFn = reinterpret_cast<Close>(m_library.resolve("branch_idcard_close"));
    if (!version || !m_openFn || !m_readFn || !m_closeFn)
        return fail(QStringLiteral("reader_unavailable"), QStringLiteral("symbols"));
    if (version() != BRANCH_IDCARD_ABI_VERSION)
        return fail(QStringLiteral("reader_unavailable"), QStringLiteral("abi_version"));
    const int status = m_openFn(m_port.toUtf8().constData());
    if (status != BRANCH_IDCARD_OK) {
        qCWarning(lcDevices) << "ID card reader did not open, status" << status;
        return fail(QStringLiteral("reader_unavailable"), QStringLiteral("open"));
    }
    m_open = true;
    return {};
}

Result<IdCard> VendorIdCardReader::read(std::chrono::milliseconds timeout)
{
    if (const Result<void> opened = open(); !opened.ok())
        return opened.error();
    const std::lock_guard lock(m_mutex);
    // 66 KB: on the heap, not on a worker thread's stack.
    auto data = std::make_unique<branch_idcard_data>();
    const int status = m_readFn(data.get(), int(timeout.count()));
    if (status == BRANCH_IDCARD_NO_CARD)
        return fail(QStringLiteral("no_card"));
    if (status == BRANCH_IDCARD_UNREADABLE)
        return fail(QStringLiteral("card_unreadable"));
    if (status != BRANCH_IDCARD_OK)
        return fail(QStringLiteral("reader_unavailable"), QStringLiteral("read"));
    return fromVendor(*data);
}

Result<IdCard> VendorIdCardReader::fromVendor(const branch_idcard_data &data)
{
    IdCard card;
    card.name = text(data.name);
    const QString sex = text(data.sex);
    if (sex != u"1" && sex != u"2")
        return fail(QStringLiteral("card_unreadable"), QStringLiteral("sex"));
    card.sex = sex == u"1" ? QStringLiteral("male") : QStringLiteral("female");
    card.ethnicity = text(data.ethnicity);
    card.birthDate = yyyymmdd(text(data.birth_date));
    card.address = text(data.address);
    card.idNumber = text(data.id_number).toUpper();
    card.authority = text(data.authority);
    card.validFrom = yyyymmdd(text(data.valid_from));
    const QString until = text(data.valid_until);
    if (!until.isEmpty()) {
        card.validUntil = yyyymmdd(until);
        if (!card.validUntil->isValid())
            return fail(QStringLiteral("card_unreadable"), QStringLiteral("valid_until"));
    }
    if (!card.birthDate.isValid() || !card.validFrom.isValid())
        return fail(QStringLiteral("card_unreadable"), QStringLiteral("dates"));
    if (data.photo_length > 0 && size_t(data.photo_length) <= sizeof(data.photo))
        card.photo = QByteArray(reinterpret_cast<const char *>(data.photo), data.photo_length);
    return card;
}

QString VendorIdCardReader::description() const
{
    return QStringLiteral("vendor %1").arg(m_library.fileName());
}

} // namespace branch
