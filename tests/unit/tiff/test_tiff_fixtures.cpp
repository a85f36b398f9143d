// SPDX-License-Identifier: LGPL-2.1-or-later
#include "test_tiff_fixtures.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

static std::string output_dir;

static std::string shell_quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool generate_test_tiffs(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s MAKE_TEST_TIFFS OUTDIR\n", argv[0]);
        return false;
    }
    output_dir = argv[2];
    std::string command = shell_quoted(argv[1]) + " " + shell_quoted(output_dir);
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "%s failed\n", command.c_str());
        return false;
    }
    return true;
}

std::string test_tiff(const std::string &name)
{
    return output_dir + "/" + name;
}

static void put_u16(std::vector<uint8_t> &out, size_t at, uint16_t value)
{
    out[at] = static_cast<uint8_t>(value);
    out[at + 1] = static_cast<uint8_t>(value >> 8);
}

static void put_u32(std::vector<uint8_t> &out, size_t at, uint32_t value)
{
    put_u16(out, at, static_cast<uint16_t>(value));
    put_u16(out, at + 2, static_cast<uint16_t>(value >> 16));
}

std::string write_ascii_tags_tiff(const std::string &name,
                                  const std::vector<std::pair<uint16_t, std::string>> &tags)
{
    const size_t ifd_offset = 8;
    size_t values_offset = ifd_offset + 2 + 12 * tags.size() + 4;
    std::vector<uint8_t> bytes(values_offset, 0);
    bytes[0] = bytes[1] = 'I';
    put_u16(bytes, 2, 42);
    put_u32(bytes, 4, ifd_offset);
    put_u16(bytes, ifd_offset, static_cast<uint16_t>(tags.size()));
    for (size_t i = 0; i < tags.size(); i++) {
        size_t entry = ifd_offset + 2 + 12 * i;
        uint32_t count = static_cast<uint32_t>(tags[i].second.size() + 1);
        put_u16(bytes, entry, tags[i].first);
        put_u16(bytes, entry + 2, 2 /* ASCII */);
        put_u32(bytes, entry + 4, count);
        if (count <= 4) {
            std::copy(tags[i].second.begin(), tags[i].second.end(), bytes.begin() + entry + 8);
        } else {
            put_u32(bytes, entry + 8, static_cast<uint32_t>(bytes.size()));
            bytes.insert(bytes.end(), tags[i].second.begin(), tags[i].second.end());
            bytes.push_back(0);
        }
    }
    std::string path = test_tiff(name);
    std::FILE *file = std::fopen(path.c_str(), "wb");
    if (!file || std::fwrite(bytes.data(), 1, bytes.size(), file) != bytes.size()) {
        std::perror(path.c_str());
        std::abort();
    }
    std::fclose(file);
    return path;
}
