#pragma once

#include <QByteArray>

#include <optional>

namespace branch {

// Prefills and photos at rest on core: XChaCha20-Poly1305 under core's
// prefill key (a file of 32 random bytes, kept apart from the database, so a
// copy of the database alone reveals no answers). The associated data binds
// each sealed value to its row (the reference, a photo id), so rows cannot
// be swapped.
class PrefillVault
{
public:
    static constexpr qsizetype KeySize = 32;

    PrefillVault(const PrefillVault &) = delete;
    PrefillVault &operator=(const PrefillVault &) = delete;
    ~PrefillVault();

    // Nothing unless `key` has KeySize bytes.
    static std::optional<PrefillVault> fromKey(const QByteArray &key);
    static QByteArray newKey();

    QByteArray seal(const QByteArray &plain, const QByteArray &aad) const;
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &aad) const;

    PrefillVault(PrefillVault &&other) noexcept;

private:
    PrefillVault() = default;
    QByteArray m_key;
};

} // namespace branch
