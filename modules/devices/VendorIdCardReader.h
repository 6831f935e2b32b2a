#pragma once

#include "IdCardReader.h"

#include <QLibrary>

#include <mutex>

struct branch_idcard_data;

namespace branch {

// A vendor's reader through the C interface of vendor/branch_idcard_vendor.h,
// loaded from the shim library a bank's integrator builds against the
// vendor's SDK. open() fails with reader_unavailable when the library cannot
// be loaded, lacks a function, speaks another ABI version or finds no reader.
class VendorIdCardReader final : public IdCardReader
{
public:
    VendorIdCardReader(const QString &library, const QString &port = {});
    ~VendorIdCardReader() override;

    Result<void> open();
    Result<IdCard> read(std::chrono::milliseconds timeout) override;
    QString description() const override;

    // The chip's fields as the shim hands them over, checked for shape only.
    static Result<IdCard> fromVendor(const branch_idcard_data &data);

private:
    using AbiVersion = int (*)();
    using Open = int (*)(const char *);
    using Read = int (*)(branch_idcard_data *, int);
    using Close = void (*)();

    QLibrary m_library;
    QString m_port;
    std::mutex m_mutex;
    bool m_open = false;
    Open m_openFn = nullptr;
    Read m_readFn = nullptr;
    Close m_closeFn = nullptr;
};

} // namespace branch
