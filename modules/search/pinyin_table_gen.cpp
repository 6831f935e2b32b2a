// Build-time tool: turns Rime's pinyin_simp.dict.yaml (Debian package
// rime-data-pinyin-simp, derived from the Android pinyin IME) into the compact
// character table the search module embeds: one line per character,
// "字<TAB>reading reading", readings toneless and most frequent first.
//
// Only single characters are kept. Readings far rarer than a character's main
// one are dropped (的 "di" would otherwise make 的 match every "di" syllable),
// yet real alternates survive: 行 hang, 还 huan, 长 zhang.

#include <QFile>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace {

constexpr double kMinShareOfMain = 0.01;
constexpr qsizetype kMaxReadings = 3;

using Readings = QList<std::pair<QString, qint64>>;

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: pinyin_table_gen pinyin_simp.dict.yaml out.tsv\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "pinyin_table_gen: cannot read %s\n", argv[1]);
        return 1;
    }

    QMap<char32_t, Readings> table; // ordered, so the output is reproducible
    bool inBody = false;
    while (!in.atEnd()) {
        const QString line = QString::fromUtf8(in.readLine()).trimmed();
        if (!inBody) {
            inBody = line == QStringLiteral("...");
            continue;
        }
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() < 2)
            continue;
        const QList<uint> ucs4 = parts[0].toUcs4();
        const QString reading = parts[1].trimmed();
        if (ucs4.size() != 1 || reading.isEmpty() || reading.contains(QLatin1Char(' ')))
            continue;
        const qint64 weight = parts.size() > 2 ? parts[2].toLongLong() : 0;
        Readings &readings = table[char32_t(ucs4.first())];
        auto it = std::find_if(readings.begin(), readings.end(),
                               [&](const auto &r) { return r.first == reading; });
        if (it == readings.end())
            readings.append({reading, weight});
        else
            it->second += weight;
    }
    if (table.size() < 5000) {
        std::fprintf(stderr, "pinyin_table_gen: only %lld characters read; wrong file?\n",
                     static_cast<long long>(table.size()));
        return 1;
    }

    QFile out(QString::fromLocal8Bit(argv[2]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "pinyin_table_gen: cannot write %s\n", argv[2]);
        return 1;
    }
    QTextStream stream(&out);
    stream.setEncoding(QStringConverter::Utf8);
    for (auto it = table.begin(); it != table.end(); ++it) {
        Readings readings = it.value();
        std::stable_sort(readings.begin(), readings.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        const double main = double(readings.first().second);
        QStringList kept;
        for (const auto &[reading, weight] : std::as_const(readings)) {
            if (kept.size() == kMaxReadings)
                break;
            if (kept.isEmpty() || double(weight) >= main * kMinShareOfMain)
                kept.append(reading);
        }
        const char32_t code = it.key();
        stream << QString::fromUcs4(&code, 1) << QLatin1Char('\t') << kept.join(QLatin1Char(' '))
               << QLatin1Char('\n');
    }
    return 0;
}
