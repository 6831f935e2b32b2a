// Query latency of ServiceSearch over every labelled utterance (tuning and
// held-out), repeated, plus the time to build the index. Prints p50/p99/max;
// the quality bar is p99 <= 5 ms per query.

#include "CatalogLoader.h"
#include "ServiceSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace branch;

namespace {

constexpr int kRounds = 20;

QStringList utterances()
{
    QStringList out;
    for (const char *name : {"utterances.tsv", "utterances_heldout.tsv"}) {
        QFile file(QStringLiteral(BRANCH_SEARCH_DATA_DIR "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty() && !line.startsWith('#'))
                out.append(QString::fromUtf8(line.left(line.indexOf('\t'))));
        }
    }
    return out;
}

double percentile(QList<qint64> sorted, double p)
{
    const auto at = qsizetype(p * double(sorted.size() - 1) + 0.5);
    return double(sorted.at(at)) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const CatalogLoadResult loaded = CatalogLoader::loadEmbedded();
    if (loaded.catalog.isEmpty()) {
        std::fprintf(stderr, "bench_search: catalog did not load\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    ServiceSearch search(loaded.catalog); // the first build also loads the pinyin table
    const double coldMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    constexpr int kBuilds = 20;
    for (int i = 0; i < kBuilds; ++i)
        search.setCatalog(loaded.catalog);
    const double warmMs = double(timer.nsecsElapsed()) / 1e6 / kBuilds;

    const QStringList queries = utterances();
    if (queries.isEmpty()) {
        std::fprintf(stderr, "bench_search: no utterances found in %s\n", BRANCH_SEARCH_DATA_DIR);
        return 1;
    }
    QList<qint64> latencies;
    latencies.reserve(queries.size() * kRounds);
    qsizetype found = 0;
    for (int round = 0; round < kRounds; ++round) {
        for (const QString &query : queries) {
            timer.restart();
            const SearchResult result = search.search(query);
            latencies.append(timer.nsecsElapsed());
            found += result.hits.isEmpty() ? 0 : 1;
        }
    }
    std::sort(latencies.begin(), latencies.end());
    std::printf("search index: %lld services, first build %.2f ms (with pinyin table), rebuild %.2f ms\n",
                static_cast<long long>(search.serviceCount()), coldMs, warmMs);
    std::printf("search query: %lld queries x %d rounds, p50 %.3f ms, p99 %.3f ms, max %.3f ms (%lld with results)\n",
                static_cast<long long>(queries.size()), kRounds, percentile(latencies, 0.5),
                percentile(latencies, 0.99), double(latencies.last()) / 1e6, static_cast<long long>(found));
    return 0;
}
