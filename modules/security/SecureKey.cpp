#include "SecureKey.h"

#include "SecurityLogging.h"

#include <sodium.h>

#include <cstring>
#include <mutex>

namespace branch {

bool ensureSodium()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] {
        ready = sodium_init() >= 0;
        if (!ready)
            qCCritical(lcSecurity) << "libsodium failed to initialise";
    });
    return ready;
}

SecureKey::~SecureKey()
{
    sodium_free(m_data); // zeroes before freeing
}

std::unique_ptr<SecureKey> SecureKey::allocate()
{
    if (!ensureSodium())
        return nullptr;
    std::unique_ptr<SecureKey> key(new SecureKey);
    key->m_data = static_cast<unsigned char *>(sodium_malloc(Size));
    if (!key->m_data)
        return nullptr;
    return key;
}

std::unique_ptr<SecureKey> SecureKey::random()
{
    auto key = allocate();
    if (key)
        randombytes_buf(key->m_data, Size);
    return key;
}

std::unique_ptr<SecureKey> SecureKey::fromBytes(const char *bytes, std::size_t size)
{
    if (size != Size)
        return nullptr;
    auto key = allocate();
    if (key)
        std::memcpy(key->m_data, bytes, Size);
    return key;
}

void scrub(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace branch
