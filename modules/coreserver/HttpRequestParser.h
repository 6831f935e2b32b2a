#pragma once

#include "HttpMessage.h"

#include <QByteArrayView>

namespace branch {

struct HttpLimits
{
    qsizetype maxHeadBytes = 16 * 1024; // request line + headers + blank line
    int maxHeaderCount = 64;
    qsizetype maxTargetBytes = 2048;
};

// The outcome of reading a request head from the start of a buffer.
struct HttpHeadParse
{
    enum class State { NeedMore, Complete, Error };
    State state = State::NeedMore;
    qsizetype consumed = 0; // bytes of head, blank line included (Complete only)
    HttpRequest head;       // Complete only; body empty
    int status = 0;         // Error only: 400, 431, 501 or 505
    QByteArray reason;      // Error only: stable snake_case

    bool complete() const { return state == State::Complete; }
    bool failed() const { return state == State::Error; }
};

// A strict HTTP/1.1 request-head parser (RFC 9112), pure and stateless, so
// the front end can call it on whatever bytes have arrived and a fuzzer can
// call it on anything. It looks at no more than limits.maxHeadBytes, so its
// cost is bounded whatever a client sends. It refuses what a lenient parser
// would guess at: bare LF, obsolete line folding, space before a colon,
// control characters, several differing Content-Lengths, Transfer-Encoding
// (core takes only Content-Length bodies), and a missing Host in HTTP/1.1.
HttpHeadParse parseRequestHead(QByteArrayView buffer, const HttpLimits &limits = {});

} // namespace branch
