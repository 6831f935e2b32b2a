#pragma once

#include <QByteArray>

#include <cstddef>
#include <memory>

namespace branch {

// Starts libsodium once; false if it cannot (then nothing may be sealed).
bool ensureSodium();

// A 256-bit key in guarded memory (sodium_malloc: locked, fenced, zeroed on
// free). Not copyable; share it through shared_ptr<const SecureKey>.
class SecureKey
{
public:
    static constexpr std::size_t Size = 32;

    ~SecureKey();
    SecureKey(const SecureKey &) = delete;
    SecureKey &operator=(const SecureKey &) = delete;

    // Null when libsodium is unavailable or memory cannot be allocated.
    static std::unique_ptr<SecureKey> random();
    // Null unless `bytes` holds exactly Size bytes. The caller scrubs `bytes`.
    static std::unique_ptr<SecureKey> fromBytes(const char *bytes, std::size_t size);

    const unsigned char *data() const { return m_data; }
    unsigned char *data() { return m_data; }

private:
    SecureKey() = default;
    static std::unique_ptr<SecureKey> allocate();

    unsigned char *m_data = nullptr;
};

// Overwrites a byte array that held secret material, then empties it.
void scrub(QByteArray &bytes);

} // namespace branch
