// The QR robustness set (tools/qr-frames) read by the kiosk's decoder and by
// three peers in one run: decode rate per category, misreads, false reads on
// frames without a code, and time per 1280x720 frame. Figures only; it never
// fails on them (the bars are tests/prefill's).
//
//   bench_qr [--per-category N] [--seed N] [--no-peers] [--no-ablation] [--category NAME]
//            [--dump-misses DIR]

#include "QrDecoder.h"
#include "QrFrameGenerator.h"
#include "QrPeers.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

using branch::qrframes::Category;

namespace {

struct Tally
{
    int frames = 0, read = 0, wrong = 0;
};

struct Contestant
{
    std::string name;
    std::function<std::vector<std::string>(const cv::Mat &)> read;
    std::map<Category, Tally> tally;
    std::vector<double> ms;    // wall clock
    std::vector<double> cpuMs; // this thread's CPU time: what the frame costs on an idle machine
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

std::vector<std::string> toStd(const QStringList &codes)
{
    std::vector<std::string> out;
    for (const QString &code : codes)
        out.push_back(code.toStdString());
    return out;
}

Contestant ours(const std::string &name, branch::QrDecoderOptions options)
{
    auto decoder = std::make_shared<branch::QrDecoder>(options);
    return {name, [decoder](const cv::Mat &frame) { return toStd(decoder->decode(frame).codes); }, {}, {}, {}};
}

Contestant peer(std::shared_ptr<branch::bench::QrReader> reader)
{
    return {reader->name(), [reader](const cv::Mat &frame) { return reader->read(frame); }, {}, {}, {}};
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

std::string percent(const Tally &t)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", t.frames ? 100.0 * t.read / t.frames : 0.0);
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    int perCategory = 100;
    std::uint64_t seed = 20261123;
    bool peers = true, ablation = true;
    std::string only;
    std::string dumpDir; // frames the kiosk's decoder missed, as PNG, for a look
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--per-category" && i + 1 < argc)
            perCategory = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--seed" && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--category" && i + 1 < argc)
            only = argv[++i];
        else if (arg == "--no-peers")
            peers = false;
        else if (arg == "--no-ablation")
            ablation = false;
        else if (arg == "--dump-misses" && i + 1 < argc)
            dumpDir = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_qr [--per-category N] [--seed N] [--no-peers] [--no-ablation] "
                                 "[--category NAME] [--dump-misses DIR]\n");
            return 2;
        }
    }

    // One thread for every reader, so that CPU time is the whole cost and no
    // reader gains from OpenCV's thread pool on a machine shared with builds.
    cv::setNumThreads(1);
    std::vector<Contestant> contestants;
    contestants.push_back(ours("branch QrDecoder", {}));
    if (peers) {
        contestants.push_back(peer(branch::bench::makeZxingReader()));
        contestants.push_back(peer(branch::bench::makeZbarReader()));
        contestants.push_back(peer(branch::bench::makeWechatReader()));
    }
    if (ablation) {
        contestants.push_back(ours("plain pass only", {false, false, false, 0}));
        contestants.push_back(ours("no regions", {false, true, true, 3}));
        contestants.push_back(ours("no finders", {true, false, true, 3}));
        contestants.push_back(ours("no normalisation", {true, true, false, 3}));
    }

    const branch::qrframes::QrFrameGenerator generator(seed);
    std::vector<Category> categories;
    for (const Category category : branch::qrframes::allCategories())
        if (only.empty() || only == branch::qrframes::categoryName(category))
            categories.push_back(category);
    for (const Category category : categories) {
        for (int index = 0; index < perCategory; ++index) {
            const auto frame = generator.make(category, index);
            for (Contestant &c : contestants) {
                const auto start = std::chrono::steady_clock::now();
                const double cpuStart = threadCpuMs();
                const std::vector<std::string> codes = c.read(frame.image);
                c.cpuMs.push_back(threadCpuMs() - cpuStart);
                c.ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
                Tally &t = c.tally[category];
                ++t.frames;
                const bool right = std::find(codes.begin(), codes.end(), frame.payload) != codes.end();
                if (category == Category::NoCode) {
                    // Read here means correctly nothing; any code is a false read.
                    t.read += codes.empty() ? 1 : 0;
                    t.wrong += codes.empty() ? 0 : 1;
                } else {
                    t.read += right ? 1 : 0;
                    t.wrong += (!codes.empty() && !right) ? 1 : 0;
                    if (!right && &c == &contestants.front() && !dumpDir.empty())
                        cv::imwrite(dumpDir + "/" + branch::qrframes::categoryName(category) + "_"
                                        + std::to_string(index) + ".png",
                                    frame.image);
                }
            }
        }
    }

    std::printf("QR robustness set: seed %llu, %d frames per category, 1280x720\n\n",
                static_cast<unsigned long long>(seed), perCategory);
    std::printf("| category |");
    for (const Contestant &c : contestants)
        std::printf(" %s |", c.name.c_str());
    std::printf("\n|---|");
    for (std::size_t i = 0; i < contestants.size(); ++i)
        std::printf("---|");
    std::printf("\n");
    for (const Category category : categories) {
        std::printf("| %s%s |", branch::qrframes::categoryName(category).c_str(),
                    category == Category::NoCode ? " (nothing read)" : "");
        for (Contestant &c : contestants)
            std::printf(" %s |", percent(c.tally[category]).c_str());
        std::printf("\n");
    }
    std::printf("| **overall, frames with a code** |");
    for (Contestant &c : contestants) {
        Tally all;
        for (const auto &[category, t] : c.tally) {
            if (category == Category::NoCode)
                continue;
            all.frames += t.frames;
            all.read += t.read;
        }
        std::printf(" **%s** |", percent(all).c_str());
    }
    std::printf("\n| misreads (wrong text) |");
    for (Contestant &c : contestants) {
        int wrong = 0;
        for (const auto &[category, t] : c.tally)
            wrong += category == Category::NoCode ? 0 : t.wrong;
        std::printf(" %d |", wrong);
    }
    std::printf("\n| false reads on no-code frames |");
    for (Contestant &c : contestants)
        std::printf(" %d |", c.tally[Category::NoCode].wrong);
    std::printf("\n| wall ms per frame: median / p90 / max |");
    for (Contestant &c : contestants)
        std::printf(" %.1f / %.1f / %.0f |", percentile(c.ms, 0.5), percentile(c.ms, 0.9), percentile(c.ms, 1.0));
    std::printf("\n| CPU ms per frame: median / p90 / max |");
    for (Contestant &c : contestants)
        std::printf(" %.1f / %.1f / %.0f |", percentile(c.cpuMs, 0.5), percentile(c.cpuMs, 0.9),
                    percentile(c.cpuMs, 1.0));
    std::printf("\n");
    return 0;
}
