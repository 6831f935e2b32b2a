#pragma once

#include <QLoggingCategory>

namespace branch {
Q_DECLARE_LOGGING_CATEGORY(lcUi)
}
