// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The documents already uploaded on one control connection, so that the same bytes sent
 * again (the same file to many numbers, a mail merge's attachment) are uploaded once per
 * connection, as one sendfax with several destinations does: hfaxd keeps a session's
 * temporary files until logout and links one into each job that names it.
 *
 * An upload is known by its form, its size and a 64-bit FNV-1a hash of its bytes (those the
 * document layer read for this Send): a file changed in any byte, however soon after the
 * last Send, is uploaded anew.  Entries belong to one connection generation
 * (HylafaxSession) and are dropped when it changes.
 */
#ifndef FAXCOM_HYLAFAX_UPLOAD_CACHE_H
#define FAXCOM_HYLAFAX_UPLOAD_CACHE_H

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace faxcom::hylafax {

/* The key of an upload of `bytes` in `form` (FORM's word). */
std::string upload_key(const std::string &form, std::string_view bytes);

class UploadCache {
  public:
    /* The server's file name for `key` uploaded on connection `generation`, or "". */
    std::string find(uint64_t generation, const std::string &key);
    void remember(uint64_t generation, const std::string &key, const std::string &remote_name);
    void forget() { names_.clear(); }

  private:
    static constexpr size_t max_entries = 256; /* a mail merge's cover pages are all different */
    uint64_t generation_ = 0;
    std::map<std::string, std::string> names_;
};

} // namespace faxcom::hylafax

#endif
