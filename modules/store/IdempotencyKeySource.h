#pragma once

#include <QString>

namespace branch {

// Where outbox idempotency keys come from. A key is made once, when the entry
// is written, and never again for that entry. Tests substitute a source that
// repeats a key, to prove a collision leaves nothing behind.
class IdempotencyKeySource
{
public:
    virtual ~IdempotencyKeySource();
    // 32 lower-case hex characters.
    virtual QString next() = 0;
};

// 128 bits from the operating system's CSPRNG: a collision between kiosks is
// as unlikely as for a random UUID, with no MAC address or clock inside.
class RandomKeySource final : public IdempotencyKeySource
{
public:
    QString next() override;
};

} // namespace branch
