#pragma once

#include "FormValidator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

namespace branch {

class Catalog;
struct CommandArgs;

// One line of a form report: a field's problem, or (field "") a problem with
// the data file as a whole.
struct FormProblem
{
    QString field;
    QString reason;
    QString message; // translated; never contains a value
    bool warning = false;
};

// The service and answers named on a form/submit command line. `reason` is
// "" when both are usable, else unknown_service or unreadable_data (the
// command line is wrong), or data_too_large, invalid_json, not_an_object
// (the file is; reported like a field problem).
struct FormInput
{
    Q_DECLARE_TR_FUNCTIONS(branch::FormInput)
public:
    const ServiceDefinition *service = nullptr;
    QJsonObject values;
    QString reason;
    QString message;

    bool isUsageError() const;
    static FormInput load(const Catalog &catalog, const QString &serviceId, const QString &dataPath);
};

// The shared front half of "form validate" and "submit": exactly one service
// id and --data, the file loaded, and the answers checked against the form.
// `usageExit` is non-zero when the command line was wrong; the reason has
// then already been written to `err`.
struct CheckedAnswers
{
    Q_DECLARE_TR_FUNCTIONS(branch::CheckedAnswers)
public:
    FormInput input;
    QList<FormProblem> problems;
    int usageExit = 0;

    static CheckedAnswers fromCommandLine(const QStringList &serviceIds, const CommandArgs &parsed,
                                          const QDate &today, QTextStream &err);
};

QList<FormProblem> toProblems(const QList<FieldError> &errors);
bool hasBlockingProblem(const QList<FormProblem> &problems);

// {"service":..,"valid":bool,"errors":[{"field":..,"reason":..,"message":..,"warning":bool}]}
QString formReportJson(const QString &serviceId, const QList<FormProblem> &problems);
// One "field: message (reason)" line per problem, for people.
QString formReportText(const QList<FormProblem> &problems);

} // namespace branch
