// Feeds arbitrary bytes to branch-core's HTTP/1.1 request-head parser, the
// first code that reads what any client on the network sends. Beyond "no
// crash" it checks what the front end relies on: a complete head never
// reaches past the size limit and parses the same on its own bytes; its
// fields are within their limits; a failure has a reason and one of the
// statuses core answers with.

#include "HttpRequestParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    branch::HttpLimits limits;
    limits.maxHeadBytes = 2048; // small, so the fuzzer reaches the limit
    limits.maxHeaderCount = 8;
    limits.maxTargetBytes = 256;
    const branch::HttpHeadParse parse = branch::parseRequestHead(bytes, limits);
    switch (parse.state) {
    case branch::HttpHeadParse::State::Complete: {
        require(parse.consumed > 0 && parse.consumed <= bytes.size() && parse.consumed <= limits.maxHeadBytes);
        require(!parse.head.method.isEmpty() && parse.head.path.startsWith('/'));
        require(parse.head.path.size() + parse.head.query.size() <= limits.maxTargetBytes);
        require(parse.head.headers.size() <= limits.maxHeaderCount);
        require(parse.head.contentLength >= 0 && parse.head.body.isEmpty());
        const branch::HttpHeadParse again = branch::parseRequestHead(bytes.left(parse.consumed), limits);
        require(again.complete() && again.consumed == parse.consumed && again.head.headers == parse.head.headers);
        // One byte short of the head is never complete.
        require(!branch::parseRequestHead(bytes.left(parse.consumed - 1), limits).complete());
        break;
    }
    case branch::HttpHeadParse::State::Error:
        require(parse.status == 400 || parse.status == 431 || parse.status == 501 || parse.status == 505);
        require(!parse.reason.isEmpty());
        break;
    case branch::HttpHeadParse::State::NeedMore:
        require(bytes.size() < limits.maxHeadBytes);
        break;
    }
    return 0;
}
