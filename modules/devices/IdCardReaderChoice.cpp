#include "IdCardReaderChoice.h"

#include "SimulatedIdCardReader.h"
#include "VendorIdCardReader.h"

#include <QFileInfo>

namespace branch {

Result<IdCardReaderChoice> IdCardReaderChoice::parse(const QString &spec)
{
    IdCardReaderChoice choice;
    if (spec.isEmpty() || spec == u"simulator")
        return choice;
    if (spec == u"none") {
        choice.kind = Kind::None;
        choice.path.clear();
        return choice;
    }
    if (spec.startsWith(u"simulator:")) {
        choice.path = spec.mid(int(qstrlen("simulator:")));
        if (!QFileInfo(choice.path).isDir())
            return fail(QStringLiteral("idcard_folder_not_found"), choice.path);
        return choice;
    }
    if (spec.startsWith(u"vendor:")) {
        choice.kind = Kind::Vendor;
        const QString rest = spec.mid(int(qstrlen("vendor:")));
        const qsizetype at = rest.lastIndexOf(u'@');
        choice.path = at < 0 ? rest : rest.left(at);
        choice.port = at < 0 ? QString() : rest.mid(at + 1);
        if (!QFileInfo(choice.path).isFile())
            return fail(QStringLiteral("idcard_library_not_found"), choice.path);
        return choice;
    }
    return fail(QStringLiteral("unknown_idcard_reader"), spec);
}

std::unique_ptr<IdCardReader> IdCardReaderChoice::make() const
{
    switch (kind) {
    case Kind::None:
        return nullptr;
    case Kind::Simulator:
        return std::make_unique<SimulatedIdCardReader>(path);
    case Kind::Vendor:
        return std::make_unique<VendorIdCardReader>(path, port);
    }
    return nullptr;
}

} // namespace branch
