// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The one generic piece for faxcom's three collections (FaxJobs, FaxPorts,
 * FaxRoutingMethods): one immutable vector, shared, with Count and a 1-based Item returning
 * the element object as VT_DISPATCH.  The element object shares its element with the
 * collection (an aliasing shared_ptr that keeps the vector alive) instead of copying it.
 * Derived classes provide create_item(std::shared_ptr<const Element>, VARIANT *).
 */
#ifndef FAXCOM_COM_COLLECTION_H
#define FAXCOM_COM_COLLECTION_H

#include <memory>
#include <vector>

#include "comsupport/com_object.h"
#include "comsupport/server_connection.h"

namespace faxcom {

template <typename Derived, typename Interface, auto type_info_id, typename Element>
class ComCollection : public ComObject<Derived, Interface, type_info_id> {
  public:
    using Elements = std::vector<Element>;

    ComCollection(std::shared_ptr<ServerConnection> connection, std::shared_ptr<const Elements> elements)
        : connection_(std::move(connection)), elements_(std::move(elements))
    {
    }

    HRESULT STDMETHODCALLTYPE get_Count(long *count) override
    {
        TRACE("%p, %p.\n", this, count);
        return this->guarded([&] { return this->return_value(count, static_cast<long>(elements_->size())); });
    }

    HRESULT STDMETHODCALLTYPE get_Item(long index, VARIANT *item) override
    {
        TRACE("%p, %ld, %p.\n", this, index, item);
        return this->guarded([&]() -> HRESULT {
            if (FAILED(this->check_out_pointer(item)))
                return E_POINTER;
            VariantInit(item);
            const Elements &elements = *elements_;
            if (index < 1 || static_cast<size_t>(index) > elements.size())
                return this->fail(E_INVALIDARG, "index " + std::to_string(index) + " is out of range: " +
                                                    (elements.empty() ? std::string("the collection is empty")
                                                                      : "valid indexes are 1 to " +
                                                                            std::to_string(elements.size())));
            std::shared_ptr<const Element> element(elements_, &elements[index - 1]);
            return static_cast<Derived *>(this)->create_item(std::move(element), item);
        });
    }

  protected:
    const std::shared_ptr<ServerConnection> &connection() const { return connection_; }

  private:
    const std::shared_ptr<ServerConnection> connection_;
    const std::shared_ptr<const Elements> elements_;
};

} // namespace faxcom

#endif
