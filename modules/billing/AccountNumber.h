#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

// Brings what a customer typed into the form billers store: surrounding
// spaces dropped, full-width digits, letters and brackets (common from
// Chinese input methods) made half-width, letters upper case. nullopt when
// the text cannot be an account number at all: empty, too long, or holding
// control characters or inner spaces.
std::optional<QString> normalizeAccountNumber(QStringView text);

} // namespace branch
