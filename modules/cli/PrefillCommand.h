#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace branch {

class Clock;

// branchctl prefill read (--image FILE | --text TOKEN | --code DIGITS) [--json]
//                        [--database PATH] [--dev-insecure-secrets DIR]
//
// Verifies an e-Tongban token (from a QR code image or its text) or a short
// code the way the kiosk does (PrefillService), claims the prefill from core
// and prints the verified token and the form's answers; with core out of
// reach, an offline token is opened with the branch key from the keychain.
// The keys come fresh from core when it answers (and are kept in the
// keychain), else from the keychain.
//
// Exit 0 read, 1 refused (reason: malformed, not_ours, bad_signature,
// unknown_key, expired, wrong_branch, already_used, in_use, unknown_service,
// unsupported_version, not_found, too_many_guesses, core_unreachable,
// no_keys), 2 usage, 3 database or keychain failure.
class PrefillCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(branch::PrefillCommand)
public:
    explicit PrefillCommand(const Clock &clock);

    QString name() const override;
    QString summary() const override;
    QString usage() const override;
    int run(const QStringList &args, QTextStream &out, QTextStream &err) override;

private:
    const Clock &m_clock;
};

} // namespace branch
