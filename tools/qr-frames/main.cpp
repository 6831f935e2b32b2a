// qr-frames: writes the QR robustness set to a folder, for a look with the
// eyes, for `branchctl qr decode`, or for `branchsuite --camera FOLDER`.
//
//   qr-frames OUTDIR [--seed N] [--per-category N] [--category NAME]
//
// Files are <category>_<index>.png (lossless: the very frames the bench and
// tests decode) and manifest.tsv with file, category and payload per line.

#include "QrFrameGenerator.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

using branch::qrframes::Category;
using branch::qrframes::QrFrameGenerator;

int main(int argc, char **argv)
{
    std::string out;
    std::uint64_t seed = 20261123;
    int perCategory = 10;
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--seed" && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--per-category" && i + 1 < argc)
            perCategory = std::atoi(argv[++i]);
        else if (arg == "--category" && i + 1 < argc)
            only = argv[++i];
        else if (!arg.empty() && arg[0] != '-' && out.empty())
            out = arg;
        else {
            std::fprintf(stderr, "usage: qr-frames OUTDIR [--seed N] [--per-category N] [--category NAME]\n");
            return 2;
        }
    }
    if (out.empty() || perCategory < 1) {
        std::fprintf(stderr, "usage: qr-frames OUTDIR [--seed N] [--per-category N] [--category NAME]\n");
        return 2;
    }
    std::filesystem::create_directories(out);
    std::ofstream manifest(std::filesystem::path(out) / "manifest.tsv");
    const QrFrameGenerator generator(seed);
    for (const Category category : branch::qrframes::allCategories()) {
        const std::string name = branch::qrframes::categoryName(category);
        if (!only.empty() && only != name)
            continue;
        for (int index = 0; index < perCategory; ++index) {
            const auto frame = generator.make(category, index);
            const std::string file = name + "_" + std::to_string(index) + ".png";
            if (!cv::imwrite((std::filesystem::path(out) / file).string(), frame.image)) {
                std::fprintf(stderr, "qr-frames: cannot write %s\n", file.c_str());
                return 1;
            }
            manifest << file << '\t' << name << '\t' << frame.payload << '\n';
        }
    }
    return 0;
}
