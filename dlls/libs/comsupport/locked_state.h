// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The one idiom for state a COM object's getters read while another thread may change it
 * (FaxJob.Refresh, FaxPort.Csid = ..., FaxStatus.Refresh): getters take a snapshot, a copy
 * made under the lock, and read only that; writers replace or change it under the same lock.
 * A snapshot allocates, so it is taken inside guarded() (ComObject::return_from does both).
 */
#ifndef FAXCOM_LOCKED_STATE_H
#define FAXCOM_LOCKED_STATE_H

#include <mutex>
#include <utility>

namespace faxcom {

template <typename T> class LockedState {
  public:
    explicit LockedState(T value) : value_(std::move(value)) {}
    LockedState(const LockedState &) = delete;
    LockedState &operator=(const LockedState &) = delete;

    T snapshot() const
    {
        std::lock_guard<std::mutex> guard(lock_);
        return value_;
    }

    void replace(T value)
    {
        std::lock_guard<std::mutex> guard(lock_);
        value_ = std::move(value);
    }

    template <typename Change> void change(Change &&change)
    {
        std::lock_guard<std::mutex> guard(lock_);
        change(value_);
    }

  private:
    mutable std::mutex lock_;
    T value_;
};

} // namespace faxcom

#endif
