// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * The one idiom for the state of a COM object that a member may replace while other threads
 * read it (the objects are registered "Both"): a std::shared_ptr<const T>, an immutable
 * snapshot, read and swapped under a mutex.  A reader takes the pointer, which copies no T and
 * cannot throw, and reads the snapshot outside the lock for as long as it holds it; a writer
 * builds the next snapshot and swaps it in (replace), or has change() copy, change and swap it
 * in one step under the lock, so that two changes never lose one another.  Locking can fail
 * (std::system_error: winpthreads allocates a mutex at its first use), so every use runs
 * inside ComObject::guarded().
 *
 * FaxServer keeps its live ServerConnection (thread-safe itself) the same way, as a
 * SharedState<ServerConnection>.
 */
#ifndef FAXCOM_SHARED_STATE_H
#define FAXCOM_SHARED_STATE_H

#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

namespace faxcom {

template <typename T> class SharedState {
  public:
    explicit SharedState(std::shared_ptr<T> value = nullptr) noexcept : value_(std::move(value)) {}
    SharedState(const SharedState &) = delete;
    SharedState &operator=(const SharedState &) = delete;

    std::shared_ptr<T> get() const
    {
        std::lock_guard<std::mutex> guard(lock_);
        return value_;
    }

    /* Swaps `value` in and hands back what it replaced (released by the caller, outside the lock). */
    std::shared_ptr<T> exchange(std::shared_ptr<T> value)
    {
        std::lock_guard<std::mutex> guard(lock_);
        return std::exchange(value_, std::move(value));
    }

    void replace(std::shared_ptr<T> value) { exchange(std::move(value)); }

    /* The next snapshot: a copy of the current one, which must be set, with `change` applied. */
    template <typename Change> void change(Change &&change)
    {
        std::shared_ptr<T> previous;
        std::lock_guard<std::mutex> guard(lock_);
        auto next = std::make_shared<std::remove_const_t<T>>(*value_);
        change(*next);
        previous = std::exchange(value_, std::move(next));
    }

  private:
    mutable std::mutex lock_;
    std::shared_ptr<T> value_;
};

} // namespace faxcom

#endif
