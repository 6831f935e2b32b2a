#include "FormInput.h"

#include "Catalog.h"
#include "Command.h"
#include "CommandArgs.h"
#include "EmbeddedCatalog.h"
#include "JsonLine.h"
#include "SubmissionRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace branch {
namespace {

FormInput failed(const QString &reason, const QString &message)
{
    FormInput input;
    input.reason = reason;
    input.message = message;
    return input;
}

} // namespace

CheckedAnswers CheckedAnswers::fromCommandLine(const QStringList &serviceIds, const CommandArgs &parsed,
                                               const QDate &today, QTextStream &err)
{
    CheckedAnswers checked;
    if (serviceIds.isEmpty())
        checked.usageExit = reportUsageError(err, QStringLiteral("missing_service"), tr("Missing the service id."));
    else if (serviceIds.size() > 1)
        checked.usageExit =
            reportUsageError(err, QStringLiteral("too_many_arguments"), tr("Give exactly one service id."));
    else if (!parsed.values.contains(QStringLiteral("--data")))
        checked.usageExit = reportUsageError(err, QStringLiteral("missing_data"), tr("Missing --data <file.json>."));
    if (checked.usageExit != 0)
        return checked;

    checked.input = FormInput::load(embeddedCatalog(), serviceIds.constFirst(), parsed.value(QStringLiteral("--data")));
    if (checked.input.isUsageError()) {
        checked.usageExit = reportUsageError(err, checked.input.reason, checked.input.message);
    } else if (!checked.input.reason.isEmpty()) {
        checked.problems.append({QString(), checked.input.reason, checked.input.message, false});
    } else {
        checked.problems = toProblems(FormValidator(*checked.input.service, today).validateForm(checked.input.values));
    }
    return checked;
}

bool FormInput::isUsageError() const
{
    return reason == u"unknown_service" || reason == u"unreadable_data";
}

FormInput FormInput::load(const Catalog &catalog, const QString &serviceId, const QString &dataPath)
{
    const ServiceDefinition *service = catalog.service(serviceId);
    if (!service)
        return failed(QStringLiteral("unknown_service"),
                      tr("No service has this id. Run \"branchctl catalog list\" to see them."));
    QFile file(dataPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("unreadable_data"), tr("The data file cannot be read."));
    // The store refuses more than this anyway; reading stops just past it.
    const QByteArray bytes = file.read(SubmissionRepository::MaxFieldsBytes + 1);
    FormInput input;
    input.service = service;
    if (bytes.size() > SubmissionRepository::MaxFieldsBytes) {
        input.reason = QStringLiteral("data_too_large");
        input.message = tr("The data file is too large for a form.");
        return input;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        input.reason = QStringLiteral("invalid_json");
        input.message = tr("The data file is not valid JSON.");
    } else if (!document.isObject()) {
        input.reason = QStringLiteral("not_an_object");
        input.message = tr("The data file must hold one JSON object of field ids and values.");
    } else {
        input.values = document.object();
    }
    return input;
}

QList<FormProblem> toProblems(const QList<FieldError> &errors)
{
    QList<FormProblem> problems;
    for (const FieldError &error : errors)
        problems.append({error.fieldId, error.reason, error.message(), error.warning});
    return problems;
}

bool hasBlockingProblem(const QList<FormProblem> &problems)
{
    for (const FormProblem &problem : problems) {
        if (!problem.warning)
            return true;
    }
    return false;
}

QString formReportJson(const QString &serviceId, const QList<FormProblem> &problems)
{
    QString json = QStringLiteral("{\"service\":") + jsonQuoted(serviceId) + QStringLiteral(",\"valid\":")
        + (hasBlockingProblem(problems) ? QStringLiteral("false") : QStringLiteral("true"))
        + QStringLiteral(",\"errors\":[");
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const FormProblem &problem = problems.at(i);
        if (i > 0)
            json += u',';
        json += QStringLiteral("{\"field\":") + jsonQuoted(problem.field) + QStringLiteral(",\"reason\":")
            + jsonQuoted(problem.reason) + QStringLiteral(",\"message\":") + jsonQuoted(problem.message)
            + QStringLiteral(",\"warning\":") + (problem.warning ? QStringLiteral("true") : QStringLiteral("false"))
            + u'}';
    }
    return json + QStringLiteral("]}");
}

QString formReportText(const QList<FormProblem> &problems)
{
    QString text;
    for (const FormProblem &problem : problems) {
        const QString where = problem.field.isEmpty() ? QStringLiteral("(data)") : problem.field;
        text += where + QStringLiteral(": ") + problem.message + QStringLiteral(" (") + problem.reason
            + QStringLiteral(")\n");
    }
    return text;
}

} // namespace branch
