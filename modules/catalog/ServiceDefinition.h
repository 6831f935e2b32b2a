#pragma once

#include "FieldDefinition.h"
#include "LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace branch {

enum class ServiceKind { Service, Action };

struct Keywords
{
    QStringList zh;
    QStringList en;
    QStringList pinyin; // toneless, lower case; the first is the main name

    friend bool operator==(const Keywords &, const Keywords &) = default;
};

struct Material
{
    QString id;
    LocalizedText name;
    bool required = false;
    bool upload = false; // a photo or scanned document is accepted at the kiosk

    friend bool operator==(const Material &, const Material &) = default;
};

// Amounts are integer fen with their currency code; nothing here is a float.
struct FeeRule
{
    enum class Type { None, Fixed, Entered, Bill };

    Type type = Type::None;
    qint64 amountFen = 0; // fixed
    qint64 minFen = 0;    // entered
    qint64 maxFen = 0;    // entered
    QString currency;     // fixed, entered
    QString field;        // entered: the money field that holds the amount
    QString billerId;     // bill

    friend bool operator==(const FeeRule &, const FeeRule &) = default;
};

struct AuthorizationRule
{
    enum class Type { None, Staff, Remote };

    Type type = Type::None;
    qint64 aboveFen = 0; // authorization is needed when the amount exceeds this; 0 = always
    QString currency;

    friend bool operator==(const AuthorizationRule &, const AuthorizationRule &) = default;
};

// Listed in the only order a flow may take them; a service uses a subset.
enum class Step { VerifyId, FaceVerify, LookupBill, Fill, Review, Confirm, Sign, Authorize, Pay, Receipt };

std::optional<Step> stepFromName(const QString &name);
QString stepName(Step step);

struct ServiceDefinition
{
    int schemaVersion = 1;
    QString id;
    ServiceKind kind = ServiceKind::Service;
    QString category;
    LocalizedText name;
    LocalizedText description;
    Keywords keywords;
    LocalizedText eligibility;
    QList<Material> materials;
    FormSchema form;
    FeeRule fee;
    QList<Step> steps;
    AuthorizationRule authorization;
    bool prefillAllowed = false;
    // The phone page may also issue an offline token, which carries the
    // answers sealed to the branch key (docs/prefill.md). Only with prefillAllowed.
    bool prefillOffline = false;
    int retentionDays = 0;

    bool isAction() const { return kind == ServiceKind::Action; }
    // A service that only shows something (a balance, a subsidy list) and asks nothing.
    bool isPureQuery() const { return !isAction() && !steps.contains(Step::Fill); }
    bool hasStep(Step step) const { return steps.contains(step); }
    const Material *material(const QString &materialId) const;

    friend bool operator==(const ServiceDefinition &, const ServiceDefinition &) = default;
};

struct GroupDefinition
{
    QString id; // livelihood, banking, actions
    LocalizedText name;

    friend bool operator==(const GroupDefinition &, const GroupDefinition &) = default;
};

struct CategoryDefinition
{
    QString id;
    QString group;
    LocalizedText name;

    friend bool operator==(const CategoryDefinition &, const CategoryDefinition &) = default;
};

} // namespace branch
