#pragma once

// A housing-fund registration as the phone page sends it: every answer as text.

#include "../core/IdentifierSamples.h"

#include <QJsonObject>

namespace prefilltest {

inline QJsonObject housingFundAnswers()
{
    return QJsonObject{
        {QStringLiteral("employer_name"), QStringLiteral("北京市海淀区科技有限公司")},
        {QStringLiteral("employer_uscc"), samples::uscc(QStringLiteral("91110108MA01C2QX1"))},
        {QStringLiteral("employee_name"), QStringLiteral("张伟")},
        {QStringLiteral("resident_id"), samples::residentId(11, 101, QDate(1985, 5, 12), 123)},
        {QStringLiteral("mobile"), QStringLiteral("13800138000")},
        {QStringLiteral("wage_base"), QStringLiteral("8000.00")},
        {QStringLiteral("deposit_ratio"), QStringLiteral("12")},
        {QStringLiteral("start_month"), QStringLiteral("2026-11")},
        {QStringLiteral("deposit_card"), samples::luhnCard(QStringLiteral("621700000012345678"))},
    };
}

} // namespace prefilltest
