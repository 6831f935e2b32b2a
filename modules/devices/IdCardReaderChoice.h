#pragma once

#include "IdCardReader.h"

#include <memory>

namespace branch {

// What `branchsuite --idcard-reader` names:
//   simulator            the simulator with the demo cards built in (the default)
//   simulator:FOLDER     the simulator with the cards of FOLDER
//   vendor:LIBRARY[@PORT] a vendor's reader through its shim library
//   none                 no reader: forms are typed in
// Fails with unknown_idcard_reader, idcard_folder_not_found or
// idcard_library_not_found, so that a typo stops the start with a reason.
struct IdCardReaderChoice
{
    enum class Kind { None, Simulator, Vendor };
    Kind kind = Kind::Simulator;
    QString path = QString::fromLatin1(kDemoCards);
    QString port;

    static constexpr const char *kDemoCards = ":/idcards";

    static Result<IdCardReaderChoice> parse(const QString &spec);
    // Null for Kind::None.
    std::unique_ptr<IdCardReader> make() const;
};

} // namespace branch
