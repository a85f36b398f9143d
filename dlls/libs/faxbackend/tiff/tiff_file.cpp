// SPDX-License-Identifier: LGPL-2.1-or-later
#include "tiff/tiff_file.h"

#include <cstring>
#include <functional>
#include <set>

#include "common/file_reader.h"
#include "tiff/tiff_byte_order.h"
#include "tiff/tiff_value_text.h"

namespace faxcom {

namespace {

constexpr size_t header_size = 8;
constexpr size_t entry_size = 12;
constexpr uint16_t classic_magic = 42;
constexpr uint16_t bigtiff_magic = 43;

std::string page_name(size_t index)
{
    return "page " + std::to_string(index + 1);
}

} // namespace

/* What the parser reads: an open file or bytes in memory. */
struct TiffSource {
    std::string name; /* for messages: the file's path */
    uint64_t size;
    /* Exactly `length` bytes at `offset`; a range past the end is an io error. */
    std::function<Status(uint64_t offset, void *buffer, size_t length)> read_at;
};

/* Walks the IFD chain of one TIFF and collects every page's tags. */
class TiffDirectoryParser {
  public:
    explicit TiffDirectoryParser(TiffSource source) : source_(std::move(source)), order_{false} {}

    Result<TiffFile> parse()
    {
        Result<uint32_t> first_ifd = read_header();
        if (!first_ifd.ok())
            return first_ifd.error();
        std::vector<TiffFile::Page> pages;
        std::set<uint32_t> visited;
        uint32_t offset = first_ifd.value();
        while (offset != 0) {
            if (pages.size() == TiffFile::max_pages)
                return bad_format("it has more than " + std::to_string(TiffFile::max_pages) + " pages");
            if (!visited.insert(offset).second)
                return bad_format("IFD chain loops back to offset " + std::to_string(offset) + " (after " +
                                  page_name(pages.size() - 1) + ")");
            TiffFile::Page page;
            Result<uint32_t> next = read_ifd(offset, pages.size(), page);
            if (!next.ok())
                return next.error();
            pages.push_back(std::move(page));
            offset = next.value();
        }
        return TiffFile(order_.big_endian, std::move(pages));
    }

  private:
    Error bad_format(const std::string &what) const
    {
        return make_error(ErrorKind::bad_format, source_.name + ": " + what);
    }

    Result<uint32_t> read_header()
    {
        uint64_t size = source_.size;
        if (size == 0)
            return bad_format("not a TIFF file (the file is empty)");
        uint8_t header[header_size] = {};
        Status read =
            source_.read_at(0, header, size < header_size ? static_cast<size_t>(size) : header_size);
        if (!read.ok())
            return read.error();
        bool little = size >= 2 && header[0] == 'I' && header[1] == 'I';
        bool big = size >= 2 && header[0] == 'M' && header[1] == 'M';
        if (!little && !big)
            return bad_format("not a TIFF file (it does not start with II or MM)");
        if (size < header_size)
            return bad_format("truncated TIFF header (" + std::to_string(size) + " bytes, 8 needed)");
        order_.big_endian = big;
        uint16_t magic = order_.u16(header + 2);
        if (magic == bigtiff_magic)
            return bad_format("BigTIFF files are not supported (only classic TIFF)");
        if (magic != classic_magic)
            return bad_format("not a TIFF file (version number " + std::to_string(magic) + ", expected 42)");
        uint32_t first = order_.u32(header + 4);
        if (first == 0)
            return bad_format("the TIFF file has no pages (first IFD offset is 0)");
        return first;
    }

    /* Reads the IFD at `offset` into `page`; returns the offset of the next IFD. */
    Result<uint32_t> read_ifd(uint32_t offset, size_t index, TiffFile::Page &page)
    {
        uint64_t size = source_.size;
        std::string where = " at offset " + std::to_string(offset) + " (" + page_name(index) + ")";
        if (offset < header_size)
            return bad_format("IFD" + where + " overlaps the TIFF header");
        if (uint64_t{offset} + 2 > size)
            return bad_format("IFD" + where + " is past the end of the file (" + std::to_string(size) +
                              " bytes)");
        uint8_t count_bytes[2];
        Status read = source_.read_at(offset, count_bytes, sizeof(count_bytes));
        if (!read.ok())
            return read.error();
        uint16_t entry_count = order_.u16(count_bytes);
        uint64_t ifd_size = 2 + uint64_t{entry_count} * entry_size + 4;
        if (uint64_t{offset} + ifd_size > size)
            return bad_format("truncated IFD" + where + ": its " + std::to_string(entry_count) +
                              " entries need " + std::to_string(ifd_size) + " bytes, only " +
                              std::to_string(size - offset) + " follow");
        std::vector<uint8_t> entries(static_cast<size_t>(ifd_size - 2));
        read = source_.read_at(uint64_t{offset} + 2, entries.data(), entries.size());
        if (!read.ok())
            return read.error();
        std::set<uint16_t> seen;
        for (uint16_t i = 0; i < entry_count; i++) {
            Status entry = read_entry(entries.data() + size_t{i} * entry_size, index, seen, page);
            if (!entry.ok())
                return entry.error();
        }
        return order_.u32(entries.data() + size_t{entry_count} * entry_size);
    }

    Status read_entry(const uint8_t *raw, size_t index, std::set<uint16_t> &seen, TiffFile::Page &page)
    {
        uint16_t tag = order_.u16(raw);
        uint16_t type_code = order_.u16(raw + 2);
        uint32_t count = order_.u32(raw + 4);
        size_t type_size = tiff_type_size(type_code);
        if (type_size == 0 || !seen.insert(tag).second)
            return success(); /* unknown type or duplicate: skipped */

        TiffFile::Entry entry{{tag, static_cast<TiffType>(type_code), count, true}, {}};
        uint64_t value_size = uint64_t{count} * type_size; /* at most 2^35: no overflow */
        if (value_size <= 4) {
            entry.value.assign(raw + 8, raw + 8 + value_size);
        } else {
            uint32_t value_offset = order_.u32(raw + 8);
            if (uint64_t{value_offset} + value_size > source_.size)
                return bad_format("tag " + std::to_string(tag) + " (" + page_name(index) + ") claims " +
                                  std::to_string(count) + " values (" + std::to_string(value_size) +
                                  " bytes) at offset " + std::to_string(value_offset) +
                                  ", past the end of the file (" + std::to_string(source_.size) + " bytes)");
            if (value_size > TiffFile::max_tag_value_bytes) {
                entry.info.value_loaded = false;
            } else {
                loaded_bytes_ += value_size;
                if (loaded_bytes_ > TiffFile::max_total_value_bytes)
                    return bad_format("its tag values add up to more than " +
                                      std::to_string(TiffFile::max_total_value_bytes) + " bytes");
                entry.value.resize(static_cast<size_t>(value_size));
                Status read = source_.read_at(value_offset, entry.value.data(), entry.value.size());
                if (!read.ok())
                    return read.error();
            }
        }
        page.push_back(std::move(entry));
        return success();
    }

    TiffSource source_;
    TiffByteOrder order_;
    uint64_t loaded_bytes_ = 0;
};

Result<TiffFile> TiffFile::open(const std::string &utf8_path)
{
    Result<FileReader> reader = FileReader::open(utf8_path);
    if (!reader.ok())
        return reader.error();
    const FileReader &file = reader.value();
    return TiffDirectoryParser({file.path(), file.size(),
                                [&file](uint64_t offset, void *buffer, size_t length) {
                                    return file.read_at(offset, buffer, length);
                                }})
        .parse();
}

Result<TiffFile> TiffFile::parse(std::string_view bytes, const std::string &name)
{
    return TiffDirectoryParser({name, bytes.size(),
                                [bytes, &name](uint64_t offset, void *buffer, size_t length) -> Status {
                                    if (offset > bytes.size() || length > bytes.size() - offset)
                                        return make_error(ErrorKind::io, "read past the end of " + name);
                                    std::memcpy(buffer, bytes.data() + offset, length);
                                    return success();
                                }})
        .parse();
}

const TiffFile::Entry *TiffFile::find(uint16_t tag, size_t page) const
{
    if (page >= pages_.size())
        return nullptr;
    for (const Entry &entry : pages_[page]) {
        if (entry.info.tag == tag)
            return &entry;
    }
    return nullptr;
}

std::vector<TiffTagInfo> TiffFile::tags(size_t page) const
{
    std::vector<TiffTagInfo> result;
    if (page < pages_.size()) {
        for (const Entry &entry : pages_[page])
            result.push_back(entry.info);
    }
    return result;
}

bool TiffFile::has_tag(uint16_t tag, size_t page) const
{
    return find(tag, page) != nullptr;
}

std::optional<std::string> TiffFile::tag_string(uint16_t tag, size_t page) const
{
    const Entry *entry = find(tag, page);
    if (!entry || !entry->info.value_loaded)
        return std::nullopt;
    return tiff_value_text(entry->info.type, entry->info.count, entry->value.data(), big_endian_);
}

std::optional<uint32_t> TiffFile::tag_uint32(uint16_t tag, size_t page) const
{
    const Entry *entry = find(tag, page);
    if (!entry || !entry->info.value_loaded || entry->info.count == 0)
        return std::nullopt;
    TiffByteOrder order{big_endian_};
    switch (entry->info.type) {
    case TiffType::byte_: return entry->value[0];
    case TiffType::short_: return order.u16(entry->value.data());
    case TiffType::long_:
    case TiffType::ifd: return order.u32(entry->value.data());
    default: return std::nullopt;
    }
}

} // namespace faxcom
