#include "MoneyLiterals.h"

#include <QList>

namespace branch {
namespace {

struct Frame
{
    bool object = false;
    QString key;
    int index = 0;
};

QString pathOf(const QList<Frame> &stack)
{
    QString path;
    for (const Frame &frame : stack) {
        if (frame.object)
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + frame.key;
        else
            path += QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
    }
    return path;
}

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

} // namespace

QSet<QString> floatMoneyPaths(const QByteArray &json)
{
    QSet<QString> paths;
    QList<Frame> stack;
    bool expectKey = false;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype end = i + 1;
            while (end < size && json.at(end) != '"')
                end += json.at(end) == '\\' ? 2 : 1;
            if (expectKey && !stack.isEmpty() && stack.last().object) {
                stack.last().key = QString::fromUtf8(json.mid(i + 1, end - i - 1));
                expectKey = false;
            }
            i = end;
        } else if (c == '{' || c == '[') {
            stack.append(Frame{c == '{', QString(), 0});
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',') {
            if (!stack.isEmpty() && stack.last().object)
                expectKey = true;
            else if (!stack.isEmpty())
                ++stack.last().index;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            while (end < size && isNumberChar(json.at(end)))
                ++end;
            const QByteArray token = json.mid(i, end - i);
            const bool fractional = token.contains('.') || token.contains('e') || token.contains('E');
            if (fractional && !stack.isEmpty() && stack.last().object && stack.last().key.endsWith(QLatin1String("Fen")))
                paths.insert(pathOf(stack));
            i = end - 1;
        }
    }
    return paths;
}

} // namespace branch
