#pragma once

#include "StoreError.h"

#include <QString>

#include <optional>

namespace branch {

class Database;

// Kiosk settings as key/value text. Values are never logged: a setting may hold
// a branch contact number.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    StoreResult<std::optional<QString>> value(const QString &key) const;
    StoreError setValue(const QString &key, const QString &value);
    // value is true when a row was removed.
    StoreResult<bool> remove(const QString &key);

private:
    Database &m_db;
};

} // namespace branch
