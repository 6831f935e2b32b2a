#include "StaffCli.h"

#include "Clock.h"
#include "CoreCli.h"
#include "CoreOptions.h"
#include "CoreStore.h"
#include "StaffAccount.h"

#include <QCoreApplication>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace branch {

namespace {

class StaffCli
{
    Q_DECLARE_TR_FUNCTIONS(branch::StaffCli)

public:
    StaffCli(const SecretReader &secret, QTextStream &out, QTextStream &err, const Clock &clock)
        : m_secret(secret), m_out(out), m_err(err), m_clock(clock)
    {
    }

    int run(const QStringList &args)
    {
        CoreOptions options;
        const QStringList valued = CoreOptions::storeOptions()
            << QStringLiteral("--name") << QStringLiteral("--role") << QStringLiteral("--branch");
        if (!options.parse(args, valued, {}))
            return reportUsage(m_err, options.reason, options.message);
        const QStringList words = options.positional();
        const QString action = words.value(0);
        if (words.size() != 2 || (action != u"add" && action != u"reset-secret")) {
            return reportUsage(m_err, QStringLiteral("bad_arguments"),
                               tr("Use \"staff add ID --name NAME --role ROLE --branch BRANCH\" or "
                                  "\"staff reset-secret ID\"."));
        }
        const QString id = words.at(1);
        if (!StaffSecrets::isStaffId(id)) {
            return reportUsage(m_err, QStringLiteral("staff_id_invalid"),
                               tr("A staff id is a letter, then up to 31 letters, digits, '.', '_' or '-'."));
        }
        StaffRecord record;
        record.staffId = id;
        record.updatedAt = m_clock.now();
        if (action == u"add") {
            record.name = options.value(QStringLiteral("--name")).trimmed();
            record.role = options.value(QStringLiteral("--role"));
            record.branch = options.value(QStringLiteral("--branch")).trimmed();
            if (record.name.isEmpty() || record.branch.isEmpty())
                return reportUsage(m_err, QStringLiteral("bad_arguments"), tr("staff add needs --name and --branch."));
            if (!StaffRoles::parse(record.role)) {
                return reportUsage(m_err, QStringLiteral("role_invalid"),
                                   tr("The role is one of: %1.").arg(StaffRoles::names().join(QStringLiteral(", "))));
            }
        }
        QString secret = m_secret(tr("Secret (PIN of 6+ digits or password of 8+ characters) for %1: ").arg(id));
        const QString weak = StaffSecrets::policyReason(secret);
        if (!weak.isEmpty()) {
            secret.fill(u'\0');
            m_err << "branch-core: "
                  << tr("The secret must be a PIN of 6 to 64 digits or a password of 8 to 64 characters.") << " ("
                  << weak << ")\n";
            return CoreExitInvalid;
        }
        QByteArray utf8 = secret.toUtf8();
        secret.fill(u'\0');
        record.secretHash = StaffSecrets::hash(utf8);
        utf8.fill('\0');
        if (record.secretHash.isEmpty()) {
            m_err << "branch-core: " << tr("The secret could not be hashed (out of memory?).") << " (hash_failed)\n";
            return CoreExitFailure;
        }
        std::unique_ptr<CoreStore> store = options.makeStore();
        if (const CoreStoreStatus opened = store->open(); !opened.ok())
            return reportFailure(m_err, opened);
        const CoreStoreStatus status = action == u"add" ? store->addStaff(record)
                                                        : store->setStaffSecret(id, record.secretHash, record.updatedAt);
        if (status.reason == u"staff_exists" || status.reason == u"unknown_staff") {
            m_err << "branch-core: "
                  << (status.reason == u"staff_exists" ? tr("Staff member %1 already exists.").arg(id)
                                                       : tr("No staff member %1 is known to core.").arg(id))
                  << " (" << status.reason << ")\n";
            return CoreExitInvalid;
        }
        if (!status.ok())
            return reportFailure(m_err, status);
        m_out << (action == u"add" ? tr("Staff member %1 added.").arg(id)
                                   : tr("The secret of %1 is reset and the account unlocked.").arg(id))
              << '\n';
        return CoreExitSuccess;
    }

private:
    const SecretReader &m_secret;
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
};

// Echo off while the secret is typed, restored whatever happens.
QString readHidden(QTextStream &in)
{
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString line = in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    return line;
}

} // namespace

SecretReader terminalSecretReader(QTextStream &in, QTextStream &err)
{
    return [&in, &err](const QString &prompt) {
        if (!::isatty(STDIN_FILENO))
            return in.readLine();
        err << prompt;
        err.flush();
        QString first = readHidden(in);
        err << '\n' << QCoreApplication::translate("branch::StaffCli", "Again: ");
        err.flush();
        QString second = readHidden(in);
        err << '\n';
        err.flush();
        const bool same = first == second;
        second.fill(u'\0');
        if (!same) {
            first.fill(u'\0');
            return QString(); // refused as too short, with its reason
        }
        return first;
    };
}

int runStaffCommand(const QStringList &args, const SecretReader &secret, QTextStream &out, QTextStream &err,
                    const Clock &clock)
{
    return StaffCli(secret, out, err, clock).run(args);
}

} // namespace branch
