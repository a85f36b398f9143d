// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxDoc: a document to fax, created only by FaxServer.CreateDocument.  Its 35 properties
 * are plain values (empty strings and FALSE by default) until Send, which turns them into a
 * job on the server (document_submission.h has the property-to-HylaFAX mapping) and returns
 * the job id.  CallHandle and ConnectionObject (TAPI call hand-over) are not supported:
 * reading CallHandle gives 0, setting either fails with E_NOTIMPL.
 */
#include <mutex>

#include "client_settings.h"
#include "comsupport/com_object.h"
#include "common/decimal.h"
#include "documents/document_submission.h"
#include "object_factories.h"
#include "comsupport/server_connection.h"

namespace faxcom {

namespace {

/* The FaxServer settings for one job, as what they mean (table in client_settings.h); the
 * backend says them in its own terms. */
SubmissionPolicy submission_policy(const ClientSettings &settings)
{
    SubmissionPolicy policy;
    policy.discount = DiscountPeriod{
        static_cast<int>(settings.discount_start_hour), static_cast<int>(settings.discount_start_minute),
        static_cast<int>(settings.discount_end_hour), static_cast<int>(settings.discount_end_minute)};
    policy.retries = static_cast<int>(settings.retries);
    policy.retry_delay_minutes = static_cast<int>(settings.retry_delay);
    policy.give_up_after_days = static_cast<int>(settings.dirty_days);
    policy.branding = settings.branding;
    policy.use_device_tsid = settings.use_device_tsid;
    policy.submit_suspended = settings.pause_server_queue;
    policy.archive_when_done = settings.archive_outbound;
    return policy;
}

class FaxDocument final : public ComObject<FaxDocument, IFaxDoc, TypeInfoId::fax_doc> {
  public:
    static constexpr const char *class_name = "FaxDoc";

    FaxDocument(std::shared_ptr<ServerConnection> connection, std::shared_ptr<const ClientSettings> settings,
                std::string file_name)
        : connection_(std::move(connection)), settings_(std::move(settings))
    {
        fields_.file_name = std::move(file_name);
    }

#define FAXDOC_TEXT(property, member)                                                                        \
    HRESULT STDMETHODCALLTYPE get_##property(BSTR *value) override                                           \
    {                                                                                                        \
        TRACE("%p, %p.\n", this, value);                                                                     \
        return get_text(value, &DocumentFields::member);                                                     \
    }                                                                                                        \
    HRESULT STDMETHODCALLTYPE put_##property(BSTR value) override                                            \
    {                                                                                                        \
        TRACE("%p, %s.\n", this, debug::str(value).c_str());                                                 \
        return put_text(value, &DocumentFields::member);                                                     \
    }
#define FAXDOC_FLAG(property, member)                                                                        \
    HRESULT STDMETHODCALLTYPE get_##property(BOOL *value) override                                           \
    {                                                                                                        \
        TRACE("%p, %p.\n", this, value);                                                                     \
        std::lock_guard<std::mutex> guard(lock_);                                                            \
        return return_bool(value, fields_.member);                                                           \
    }                                                                                                        \
    HRESULT STDMETHODCALLTYPE put_##property(BOOL value) override                                            \
    {                                                                                                        \
        TRACE("%p, %d.\n", this, value);                                                                     \
        std::lock_guard<std::mutex> guard(lock_);                                                            \
        fields_.member = value != FALSE;                                                                     \
        return S_OK;                                                                                         \
    }

    FAXDOC_TEXT(FileName, file_name)
    FAXDOC_TEXT(CoverpageName, coverpage_name)
    FAXDOC_FLAG(SendCoverpage, send_coverpage)
    FAXDOC_FLAG(ServerCoverpage, server_coverpage)
    FAXDOC_FLAG(DiscountSend, discount_send)
    FAXDOC_TEXT(RecipientName, recipient_name)
    FAXDOC_TEXT(RecipientCompany, recipient_company)
    FAXDOC_TEXT(RecipientAddress, recipient_address)
    FAXDOC_TEXT(RecipientCity, recipient_city)
    FAXDOC_TEXT(RecipientState, recipient_state)
    FAXDOC_TEXT(RecipientZip, recipient_zip)
    FAXDOC_TEXT(RecipientCountry, recipient_country)
    FAXDOC_TEXT(RecipientTitle, recipient_title)
    FAXDOC_TEXT(RecipientDepartment, recipient_department)
    FAXDOC_TEXT(RecipientOffice, recipient_office)
    FAXDOC_TEXT(RecipientHomePhone, recipient_home_phone)
    FAXDOC_TEXT(RecipientOfficePhone, recipient_office_phone)
    FAXDOC_TEXT(SenderName, sender_name)
    FAXDOC_TEXT(SenderCompany, sender_company)
    FAXDOC_TEXT(SenderAddress, sender_address)
    FAXDOC_TEXT(SenderTitle, sender_title)
    FAXDOC_TEXT(SenderDepartment, sender_department)
    FAXDOC_TEXT(SenderOffice, sender_office)
    FAXDOC_TEXT(SenderHomePhone, sender_home_phone)
    FAXDOC_TEXT(SenderOfficePhone, sender_office_phone)
    FAXDOC_TEXT(CoverpageNote, coverpage_note)
    FAXDOC_TEXT(CoverpageSubject, coverpage_subject)
    FAXDOC_TEXT(Tsid, tsid)
    FAXDOC_TEXT(BillingCode, billing_code)
    FAXDOC_TEXT(EmailAddress, email_address)
    FAXDOC_TEXT(DisplayName, display_name)
    FAXDOC_TEXT(FaxNumber, fax_number)
    FAXDOC_TEXT(SenderFax, sender_fax)
#undef FAXDOC_TEXT
#undef FAXDOC_FLAG

    HRESULT STDMETHODCALLTYPE Send(long *job_id) override
    {
        TRACE("%p, %p.\n", this, job_id);
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(job_id)))
                return E_POINTER;
            *job_id = 0;
            DocumentFields fields;
            {
                std::lock_guard<std::mutex> guard(lock_);
                fields = fields_;
            }
            Result<std::shared_ptr<FaxService>> service = connection_->service();
            if (!service.ok())
                return fail(service.error());
            if (fields.server_coverpage && fields.send_coverpage)
                WARN("HylaFAX has no server cover pages: CoverpageName is read on this machine.\n");
            Result<PreparedSubmission> prepared =
                prepare_submission(fields, submission_policy(*settings_), std::time(nullptr));
            if (!prepared.ok())
                return fail(prepared.error());
            for (const std::string &warning : prepared.value().warnings)
                WARN("%s\n", warning.c_str());
            Result<std::string> id = service.value()->submit_job(prepared.value().request);
            if (!id.ok())
                return fail(id.error());
            /* The backend hands out only ids that passed parse_job_id; checked once more here
             * because this is where the text becomes a long. */
            Result<long> number = parse_job_id(id.value());
            if (!number.ok())
                return fail(hresult_invalid_data, number.error().message);
            TRACE("submitted job %ld.\n", number.value());
            *job_id = number.value();
            return S_OK;
        });
    }

    HRESULT STDMETHODCALLTYPE putref_ConnectionObject(IDispatch *object) override
    {
        FIXME("%p, %p: handing over a TAPI call is not supported.\n", this, object);
        return fail(E_NOTIMPL,
                    "FaxDoc.ConnectionObject (handing over a TAPI call) is not supported by faxcom");
    }

    HRESULT STDMETHODCALLTYPE get_CallHandle(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_value(value, 0L);
    }

    HRESULT STDMETHODCALLTYPE put_CallHandle(long value) override
    {
        FIXME("%p, %ld: handing over a TAPI call is not supported.\n", this, value);
        return fail(E_NOTIMPL, "FaxDoc.CallHandle (handing over a TAPI call) is not supported by faxcom");
    }

  private:
    HRESULT get_text(BSTR *value, std::string DocumentFields::*member) const
    {
        return guarded([&] {
            std::lock_guard<std::mutex> guard(lock_);
            return return_string(value, fields_.*member);
        });
    }

    HRESULT put_text(BSTR value, std::string DocumentFields::*member)
    {
        return guarded([&] {
            std::string text = utf8_from_bstr(value);
            std::lock_guard<std::mutex> guard(lock_);
            fields_.*member = std::move(text);
            return S_OK;
        });
    }

    const std::shared_ptr<ServerConnection> connection_;
    const std::shared_ptr<const ClientSettings> settings_;
    mutable std::mutex lock_;
    DocumentFields fields_;
};

} // namespace

HRESULT create_fax_document(std::shared_ptr<ServerConnection> connection,
                            std::shared_ptr<const ClientSettings> settings, std::string file_name,
                            VARIANT *out)
{
    return FaxDocument::create_variant(out, std::move(connection), std::move(settings), std::move(file_name));
}

} // namespace faxcom
