// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The function name a trace line shows, computed at compile time from __PRETTY_FUNCTION__:
 * "virtual HRESULT faxcom::{anonymous}::FaxTiff::get_Image(BSTR*)" gives "FaxTiff::get_Image",
 * and a member of the generic ComObject template names its concrete class:
 * "... ComObject<Derived, ...>::AddRef() [with Derived = faxcom::{anonymous}::FaxTiff; ...]"
 * gives "FaxTiff::AddRef".  A free function of namespace faxcom shows its name alone.
 */
#ifndef FAXCOM_TRACE_NAME_H
#define FAXCOM_TRACE_NAME_H

#include <cstddef>
#include <string_view>

namespace faxcom::debug {

/* Never longer than the text it is made from: the owner and the method are two disjoint
 * parts of it, and the "::" between them is there too. */
template <size_t N> struct TraceName {
    char text[N] = {};
};

namespace trace_name_parts {

constexpr std::string_view last_component(std::string_view name)
{
    const size_t colons = name.rfind("::");
    return colons == std::string_view::npos ? name : name.substr(colons + 2);
}

/* The function's qualified name without its parameters. */
constexpr std::string_view signature(std::string_view pretty)
{
    return pretty.substr(0, pretty.find('('));
}

/* After the last "::", or for a free function after its return type. */
constexpr std::string_view method(std::string_view pretty)
{
    const std::string_view name = signature(pretty);
    const size_t colons = name.rfind("::");
    if (colons != std::string_view::npos)
        return name.substr(colons + 2);
    const size_t space = name.rfind(' ');
    return space == std::string_view::npos ? name : name.substr(space + 1);
}

constexpr std::string_view owner(std::string_view pretty)
{
    constexpr std::string_view with = "[with Derived = ";
    const size_t derived = pretty.find(with);
    if (derived != std::string_view::npos) {
        const size_t begin = derived + with.size();
        return last_component(pretty.substr(begin, pretty.find_first_of(";]", begin) - begin));
    }
    const std::string_view name = signature(pretty);
    const size_t colons = name.rfind("::");
    if (colons == std::string_view::npos)
        return std::string_view();
    std::string_view owner = name.substr(0, colons);
    owner = owner.substr(0, owner.find('<'));
    const size_t space = owner.rfind(' ');
    if (space != std::string_view::npos)
        owner.remove_prefix(space + 1);
    owner = last_component(owner);
    return owner == "faxcom" ? std::string_view() : owner;
}

} // namespace trace_name_parts

template <size_t N> constexpr TraceName<N> trace_name(const char (&pretty_function)[N])
{
    const std::string_view pretty(pretty_function, N - 1);
    const std::string_view owner = trace_name_parts::owner(pretty);
    const std::string_view method = trace_name_parts::method(pretty);
    TraceName<N> name;
    size_t at = 0;
    for (char c : owner)
        name.text[at++] = c;
    if (!owner.empty()) {
        name.text[at++] = ':';
        name.text[at++] = ':';
    }
    for (char c : method)
        name.text[at++] = c;
    return name;
}

} // namespace faxcom::debug

#endif
