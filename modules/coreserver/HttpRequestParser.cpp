#include "HttpRequestParser.h"

namespace branch {
namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// Field values: visible ASCII, obs-text (bytes >= 0x80), space and tab.
bool isFieldValue(QByteArrayView text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isTarget(QByteArrayView text)
{
    if (text.isEmpty() || text.front() != '/')
        return false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f || c == '#')
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool parseLength(QByteArrayView text, qint64 *length)
{
    // 1..18 digits: no sign, no spaces, and never an overflow.
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    *length = value;
    return true;
}

bool hasToken(QByteArrayView list, QByteArrayView token)
{
    for (QByteArrayView item : QByteArray(list.toByteArray()).split(',')) {
        if (trimmed(item).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpHeadParse failure(int status, const char *reason)
{
    HttpHeadParse parse;
    parse.state = HttpHeadParse::State::Error;
    parse.status = status;
    parse.reason = reason;
    return parse;
}

HttpHeadParse parseLines(QByteArrayView head, const HttpLimits &limits)
{
    HttpHeadParse parse;
    HttpRequest &request = parse.head;
    qsizetype eol = head.indexOf("\r\n");
    const QByteArrayView line = head.first(eol);
    head = head.sliced(eol + 2);

    // request-line = method SP request-target SP HTTP-version, single spaces.
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return failure(400, "request_line_invalid");
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method) || method.size() > 16)
        return failure(400, "method_invalid");
    if (target.size() > limits.maxTargetBytes)
        return failure(400, "target_too_long");
    if (!isTarget(target))
        return failure(400, "target_invalid");
    const bool http11 = version == "HTTP/1.1";
    if (!http11 && version != "HTTP/1.0") {
        const bool looksLikeHttp = version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.';
        return looksLikeHttp ? failure(505, "http_version_unsupported") : failure(400, "request_line_invalid");
    }
    request.method = method.toByteArray();
    const qsizetype question = target.indexOf('?');
    request.path = (question < 0 ? target : target.first(question)).toByteArray();
    if (question >= 0)
        request.query = target.sliced(question + 1).toByteArray();
    request.keepAlive = http11;

    int hosts = 0;
    bool haveLength = false;
    while (!head.isEmpty()) {
        eol = head.indexOf("\r\n");
        const QByteArrayView field = head.first(eol);
        head = head.sliced(eol + 2);
        if (field.isEmpty())
            break; // the blank line that ends the head
        if (field.front() == ' ' || field.front() == '\t')
            return failure(400, "header_folded");
        if (request.headers.size() >= limits.maxHeaderCount)
            return failure(431, "too_many_headers");
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || !isToken(field.first(colon)))
            return failure(400, "header_name_invalid");
        const QByteArrayView name = field.first(colon);
        const QByteArrayView value = trimmed(field.sliced(colon + 1));
        if (!isFieldValue(value))
            return failure(400, "header_value_invalid");
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            qint64 length = 0;
            if (!parseLength(value, &length) || (haveLength && length != request.contentLength))
                return failure(400, "content_length_invalid");
            request.contentLength = length;
            haveLength = true;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return failure(501, "transfer_encoding_unsupported");
        } else if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hosts;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            if (hasToken(value, "close"))
                request.keepAlive = false;
        }
        request.headers.append({name.toByteArray(), value.toByteArray()});
    }
    if (http11 && hosts != 1)
        return failure(400, hosts == 0 ? "host_missing" : "host_repeated");
    parse.state = HttpHeadParse::State::Complete;
    return parse;
}

} // namespace

HttpHeadParse parseRequestHead(QByteArrayView buffer, const HttpLimits &limits)
{
    const QByteArrayView window = buffer.first(qMin(buffer.size(), limits.maxHeadBytes));
    // RFC 9112 2.2: ignore empty lines before the request line; they count
    // towards the limit all the same.
    qsizetype start = 0;
    while (start + 1 < window.size() && window.at(start) == '\r' && window.at(start + 1) == '\n')
        start += 2;
    const qsizetype end = window.indexOf("\r\n\r\n", start);
    // Only the head is scanned: the body that may follow in the same read
    // is the route's to judge (a photo has NULs and bare LFs).
    const qsizetype headEnd = end < 0 ? window.size() : end + 4;
    // Only CRLF ends a line; a bare CR or LF is refused at once instead of
    // waiting for a terminator that a confused client will never send.
    for (qsizetype i = 0; i < headEnd; ++i) {
        const char c = window.at(i);
        if (c == '\n' && (i == 0 || window.at(i - 1) != '\r'))
            return failure(400, "bare_lf");
        if (c == '\r' && i + 1 < window.size() && window.at(i + 1) != '\n')
            return failure(400, "bare_cr");
        if (c == '\0')
            return failure(400, "nul_in_head");
    }
    if (end < 0) {
        if (buffer.size() >= limits.maxHeadBytes)
            return failure(431, "header_too_large");
        return {};
    }
    HttpHeadParse parse = parseLines(window.sliced(start, end + 4 - start), limits);
    if (parse.complete())
        parse.consumed = end + 4;
    return parse;
}

} // namespace branch
