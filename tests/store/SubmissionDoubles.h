#pragma once

// Test doubles for SubmissionRepository (the clock is tests/support's FakeClock): codecs that fail or
// visibly transform, a key source that repeats, and a hook that fails at one
// chosen step.

#include "FakeClock.h"
#include "IdempotencyKeySource.h"
#include "PayloadCodec.h"
#include "SubmitFaultHook.h"

#include <algorithm>

namespace branch::test {

// Reverses the bytes: stored rows differ from the plain JSON, so a test can
// tell the codec really sits on the write and read paths.
class ReversingCodec final : public PayloadCodec
{
public:
    QString name() const override { return QStringLiteral("test-reverse"); }
    StoreResult<QByteArray> encode(const QByteArray &plain, const QByteArray &) const override
    {
        return {reversed(plain), {}};
    }
    StoreResult<QByteArray> decode(const QByteArray &stored, const QByteArray &) const override
    {
        return {reversed(stored), {}};
    }

private:
    static QByteArray reversed(QByteArray bytes)
    {
        std::reverse(bytes.begin(), bytes.end());
        return bytes;
    }
};

// Fails the n-th encode call (0-based) of each submission's three payloads.
class FailingCodec final : public PayloadCodec
{
public:
    explicit FailingCodec(int failAt) : m_failAt(failAt) {}
    QString name() const override { return QStringLiteral("plain"); }
    StoreResult<QByteArray> encode(const QByteArray &plain, const QByteArray &) const override
    {
        if (m_calls++ == m_failAt)
            return {{}, StoreError::make(StoreReason::PayloadCodecFailed, QStringLiteral("injected"))};
        return {plain, {}};
    }
    StoreResult<QByteArray> decode(const QByteArray &stored, const QByteArray &) const override { return {stored, {}}; }

private:
    int m_failAt;
    mutable int m_calls = 0;
};

class RepeatingKeySource final : public IdempotencyKeySource
{
public:
    QString next() override { return QStringLiteral("0123456789abcdef0123456789abcdef"); }
};

class FailAtStep final : public SubmitFaultHook
{
public:
    explicit FailAtStep(SubmitStep step) : m_step(step) {}
    StoreError check(SubmitStep step) override
    {
        reached.append(step);
        if (step == m_step)
            return StoreError::make(StoreReason::QueryFailed, QStringLiteral("injected fault"));
        return {};
    }
    QList<SubmitStep> reached;

private:
    SubmitStep m_step;
};

} // namespace branch::test
