#include "ServiceDefinition.h"

#include <array>
#include <utility>

namespace branch {
namespace {

constexpr std::array kSteps{
    std::pair{Step::VerifyId, "verify_id"},
    std::pair{Step::FaceVerify, "face_verify"},
    std::pair{Step::LookupBill, "lookup_bill"},
    std::pair{Step::Fill, "fill"},
    std::pair{Step::Review, "review"},
    std::pair{Step::Confirm, "confirm"},
    std::pair{Step::Sign, "sign"},
    std::pair{Step::Authorize, "authorize"},
    std::pair{Step::Pay, "pay"},
    std::pair{Step::Receipt, "receipt"},
};

} // namespace

std::optional<Step> stepFromName(const QString &name)
{
    for (const auto &[step, text] : kSteps) {
        if (name == QLatin1String(text))
            return step;
    }
    return std::nullopt;
}

QString stepName(Step step)
{
    for (const auto &[candidate, text] : kSteps) {
        if (candidate == step)
            return QString::fromLatin1(text);
    }
    return {};
}

const Material *ServiceDefinition::material(const QString &materialId) const
{
    for (const Material &candidate : materials) {
        if (candidate.id == materialId)
            return &candidate;
    }
    return nullptr;
}

} // namespace branch
