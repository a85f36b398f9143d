// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxStatus: what a port (HylaFAX modem) is doing, as a snapshot taken by FaxPort.GetStatus
 * and re-taken by Refresh.
 *
 *   Description       the modem's status line from the server ("Running and idle", "Sending job 5"...)
 *   DeviceName/Id     the port's
 *   Send / Receive    the modem is sending / receiving
 *   while a job is being sent on the modem, from that job:
 *     DocumentName (DisplayName), Address (the number), RecipientName, SenderName, Tsid,
 *     PageCount (total pages), CurrentPage (pages sent + 1, at most PageCount),
 *     SubmittedTime / StartTime (the job's scheduled send time, UTC), ElapsedTime (now - StartTime)
 *   while a fax is being received: Tsid and CallerId of the sender, PageCount so far
 *   Csid              the modem's LocalIdentifier
 *   RoutingString, DocumentSize: HylaFAX does not report them (empty / 0)
 * Values with no job on the modem are empty strings, 0 and a zero DATE.
 */
#include <ctime>
#include <mutex>

#include "comsupport/com_object.h"
#include "fax_port_identity.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

/* 1970-01-01 as an OLE automation DATE (days since 1899-12-30). */
constexpr double unix_epoch_date = 25569.0;

DATE date_from_unix(std::time_t when)
{
    return when ? unix_epoch_date + static_cast<double>(when) / 86400.0 : 0.0;
}

/* What the text properties read when the modem has no job or fax they describe. */
const std::string no_text;

class FaxStatus final : public ComObject<FaxStatus, IFaxStatus, TypeInfoId::fax_status> {
  public:
    static constexpr const char *class_name = "FaxStatus";

    FaxStatus(std::shared_ptr<ServerConnection> connection, std::shared_ptr<const PortIdentity> port,
              std::shared_ptr<const ModemActivity> activity)
        : connection_(std::move(connection)), port_(std::move(port)), activity_(std::move(activity))
    {
    }

    HRESULT STDMETHODCALLTYPE get_CallerId(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> const std::string & {
            return a.receiving ? a.receiving->caller_id_number : no_text;
        });
    }
    HRESULT STDMETHODCALLTYPE get_Csid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, &PortIdentity::local_id);
    }
    HRESULT STDMETHODCALLTYPE get_CurrentPage(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> long {
            if (a.job)
                return std::min(a.job->pages_done + 1, std::max(a.job->pages_total, a.job->pages_done + 1));
            return a.receiving ? a.receiving->pages : 0;
        });
    }
    HRESULT STDMETHODCALLTYPE get_DeviceId(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, &PortIdentity::device_id);
    }
    HRESULT STDMETHODCALLTYPE get_DeviceName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, port_, &PortIdentity::name);
    }
    HRESULT STDMETHODCALLTYPE get_DocumentName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> const std::string & {
            return a.job ? a.job->display_name : no_text;
        });
    }
    HRESULT STDMETHODCALLTYPE get_Send(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_,
                           [](const ModemActivity &a) { return a.state == ModemActivity::State::sending; });
    }
    HRESULT STDMETHODCALLTYPE get_Receive(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_,
                           [](const ModemActivity &a) { return a.state == ModemActivity::State::receiving; });
    }
    HRESULT STDMETHODCALLTYPE get_Address(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> const std::string & {
            if (!a.job)
                return no_text;
            return a.job->dial_string.empty() ? a.job->external_number : a.job->dial_string;
        });
    }
    HRESULT STDMETHODCALLTYPE get_RoutingString(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> const std::string & {
            return a.receiving ? a.receiving->subaddress : no_text;
        });
    }
    HRESULT STDMETHODCALLTYPE get_SenderName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> const std::string & {
            if (a.job)
                return a.job->sender_name;
            return a.receiving ? a.receiving->caller_id_name : no_text;
        });
    }
    HRESULT STDMETHODCALLTYPE get_RecipientName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> const std::string & {
            return a.job ? a.job->recipient_name : no_text;
        });
    }
    HRESULT STDMETHODCALLTYPE get_DocumentSize(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> long {
            return a.receiving ? static_cast<long>(a.receiving->size_bytes) : 0;
        });
    }
    HRESULT STDMETHODCALLTYPE get_Description(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, &ModemActivity::status_text);
    }
    HRESULT STDMETHODCALLTYPE get_PageCount(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) -> long {
            if (a.job)
                return a.job->pages_total;
            return a.receiving ? a.receiving->pages : 0;
        });
    }
    HRESULT STDMETHODCALLTYPE get_Tsid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [this](const ModemActivity &a) -> const std::string & {
            if (a.receiving)
                return a.receiving->sender_tsi;
            if (a.job && !a.job->tsi.empty())
                return a.job->tsi;
            return a.job ? port_->local_id : no_text;
        });
    }
    HRESULT STDMETHODCALLTYPE get_StartTime(DATE *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) {
            return a.job ? date_from_unix(a.job->scheduled_time) : 0.0;
        });
    }
    HRESULT STDMETHODCALLTYPE get_SubmittedTime(DATE *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) {
            return a.job ? date_from_unix(a.job->scheduled_time) : 0.0;
        });
    }
    HRESULT STDMETHODCALLTYPE get_ElapsedTime(DATE *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, activity_, [](const ModemActivity &a) {
            if (!a.job || !a.job->scheduled_time)
                return 0.0;
            std::time_t now = std::time(nullptr);
            return now > a.job->scheduled_time ? static_cast<double>(now - a.job->scheduled_time) / 86400.0
                                               : 0.0;
        });
    }

    HRESULT STDMETHODCALLTYPE Refresh() override
    {
        TRACE("%p.\n", this);
        return guarded([&]() -> HRESULT {
            Result<ModemActivity> activity = modem_activity(*connection_, port_->name);
            if (!activity.ok())
                return fail(activity.error());
            activity_.replace(std::make_shared<const ModemActivity>(std::move(activity).value()));
            return S_OK;
        });
    }

  private:
    const std::shared_ptr<ServerConnection> connection_;
    const std::shared_ptr<const PortIdentity> port_;
    SharedState<const ModemActivity> activity_;
};

} // namespace

HRESULT create_fax_status(std::shared_ptr<ServerConnection> connection,
                          std::shared_ptr<const PortIdentity> port, ModemActivity activity, VARIANT *out)
{
    return FaxStatus::create_variant(out, std::move(connection), std::move(port),
                                     std::make_shared<const ModemActivity>(std::move(activity)));
}

} // namespace faxcom
