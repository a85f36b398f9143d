// SPDX-License-Identifier: LGPL-2.1-or-later
/*
 * FaxDoc: a document to fax, created only by FaxServer.CreateDocument.  Its 35 properties
 * are plain values (empty strings and FALSE by default) until Send, which turns them into a
 * job on the server (document_submission.h has the property-to-HylaFAX mapping) and returns
 * the job id.  CallHandle and ConnectionObject (TAPI call hand-over) are not supported:
 * reading CallHandle gives 0, setting either fails with E_NOTIMPL.
 */
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
                std::shared_ptr<const DocumentFields> fields)
        : connection_(std::move(connection)), settings_(std::move(settings)), fields_(std::move(fields))
    {
    }

    /* The document's properties, plain values until Send. */
    HRESULT STDMETHODCALLTYPE get_FileName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::file_name);
    }
    HRESULT STDMETHODCALLTYPE put_FileName(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::file_name);
    }
    HRESULT STDMETHODCALLTYPE get_CoverpageName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::coverpage_name);
    }
    HRESULT STDMETHODCALLTYPE put_CoverpageName(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::coverpage_name);
    }
    HRESULT STDMETHODCALLTYPE get_SendCoverpage(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::send_coverpage);
    }
    HRESULT STDMETHODCALLTYPE put_SendCoverpage(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_flag(value, &DocumentFields::send_coverpage);
    }
    HRESULT STDMETHODCALLTYPE get_ServerCoverpage(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::server_coverpage);
    }
    HRESULT STDMETHODCALLTYPE put_ServerCoverpage(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_flag(value, &DocumentFields::server_coverpage);
    }
    HRESULT STDMETHODCALLTYPE get_DiscountSend(BOOL *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::discount_send);
    }
    HRESULT STDMETHODCALLTYPE put_DiscountSend(BOOL value) override
    {
        TRACE("%p, %d.\n", this, value);
        return put_flag(value, &DocumentFields::discount_send);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_name);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientName(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_name);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientCompany(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_company);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientCompany(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_company);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientAddress(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_address);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientAddress(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_address);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientCity(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_city);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientCity(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_city);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientState(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_state);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientState(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_state);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientZip(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_zip);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientZip(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_zip);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientCountry(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_country);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientCountry(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_country);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientTitle(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_title);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientTitle(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_title);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientDepartment(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_department);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientDepartment(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_department);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientOffice(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_office);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientOffice(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_office);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientHomePhone(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_home_phone);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientHomePhone(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_home_phone);
    }
    HRESULT STDMETHODCALLTYPE get_RecipientOfficePhone(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::recipient_office_phone);
    }
    HRESULT STDMETHODCALLTYPE put_RecipientOfficePhone(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::recipient_office_phone);
    }
    HRESULT STDMETHODCALLTYPE get_SenderName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_name);
    }
    HRESULT STDMETHODCALLTYPE put_SenderName(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_name);
    }
    HRESULT STDMETHODCALLTYPE get_SenderCompany(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_company);
    }
    HRESULT STDMETHODCALLTYPE put_SenderCompany(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_company);
    }
    HRESULT STDMETHODCALLTYPE get_SenderAddress(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_address);
    }
    HRESULT STDMETHODCALLTYPE put_SenderAddress(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_address);
    }
    HRESULT STDMETHODCALLTYPE get_SenderTitle(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_title);
    }
    HRESULT STDMETHODCALLTYPE put_SenderTitle(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_title);
    }
    HRESULT STDMETHODCALLTYPE get_SenderDepartment(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_department);
    }
    HRESULT STDMETHODCALLTYPE put_SenderDepartment(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_department);
    }
    HRESULT STDMETHODCALLTYPE get_SenderOffice(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_office);
    }
    HRESULT STDMETHODCALLTYPE put_SenderOffice(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_office);
    }
    HRESULT STDMETHODCALLTYPE get_SenderHomePhone(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_home_phone);
    }
    HRESULT STDMETHODCALLTYPE put_SenderHomePhone(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_home_phone);
    }
    HRESULT STDMETHODCALLTYPE get_SenderOfficePhone(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_office_phone);
    }
    HRESULT STDMETHODCALLTYPE put_SenderOfficePhone(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_office_phone);
    }
    HRESULT STDMETHODCALLTYPE get_CoverpageNote(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::coverpage_note);
    }
    HRESULT STDMETHODCALLTYPE put_CoverpageNote(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::coverpage_note);
    }
    HRESULT STDMETHODCALLTYPE get_CoverpageSubject(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::coverpage_subject);
    }
    HRESULT STDMETHODCALLTYPE put_CoverpageSubject(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::coverpage_subject);
    }
    HRESULT STDMETHODCALLTYPE get_Tsid(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::tsid);
    }
    HRESULT STDMETHODCALLTYPE put_Tsid(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::tsid);
    }
    HRESULT STDMETHODCALLTYPE get_BillingCode(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::billing_code);
    }
    HRESULT STDMETHODCALLTYPE put_BillingCode(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::billing_code);
    }
    HRESULT STDMETHODCALLTYPE get_EmailAddress(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::email_address);
    }
    HRESULT STDMETHODCALLTYPE put_EmailAddress(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::email_address);
    }
    HRESULT STDMETHODCALLTYPE get_DisplayName(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::display_name);
    }
    HRESULT STDMETHODCALLTYPE put_DisplayName(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::display_name);
    }
    HRESULT STDMETHODCALLTYPE get_FaxNumber(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::fax_number);
    }
    HRESULT STDMETHODCALLTYPE put_FaxNumber(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::fax_number);
    }
    HRESULT STDMETHODCALLTYPE get_SenderFax(BSTR *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return return_from(value, fields_, &DocumentFields::sender_fax);
    }
    HRESULT STDMETHODCALLTYPE put_SenderFax(BSTR value) override
    {
        TRACE("%p, %s.\n", this, debug::str(value).c_str());
        return put_text(value, &DocumentFields::sender_fax);
    }

    HRESULT STDMETHODCALLTYPE Send(long *job_id) override
    {
        TRACE("%p, %p.\n", this, job_id);
        return guarded([&]() -> HRESULT {
            if (FAILED(check_out_pointer(job_id)))
                return E_POINTER;
            *job_id = 0;
            const std::shared_ptr<const DocumentFields> snapshot = fields_.get();
            const DocumentFields &fields = *snapshot;
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
        return guarded([&] {
            return fail(E_NOTIMPL,
                        "FaxDoc.ConnectionObject (handing over a TAPI call) is not supported by faxcom");
        });
    }

    HRESULT STDMETHODCALLTYPE get_CallHandle(long *value) override
    {
        TRACE("%p, %p.\n", this, value);
        return guarded([&] { return return_value(value, 0L); });
    }

    HRESULT STDMETHODCALLTYPE put_CallHandle(long value) override
    {
        FIXME("%p, %ld: handing over a TAPI call is not supported.\n", this, value);
        return guarded([&] {
            return fail(E_NOTIMPL, "FaxDoc.CallHandle (handing over a TAPI call) is not supported by faxcom");
        });
    }

  private:
    HRESULT put_text(BSTR value, std::string DocumentFields::*member)
    {
        return guarded([&] {
            std::string text = utf8_from_bstr(value);
            fields_.change([&](DocumentFields &fields) { fields.*member = std::move(text); });
            return S_OK;
        });
    }

    HRESULT put_flag(BOOL value, bool DocumentFields::*member)
    {
        return guarded([&] {
            fields_.change([&](DocumentFields &fields) { fields.*member = value != FALSE; });
            return S_OK;
        });
    }

    const std::shared_ptr<ServerConnection> connection_;
    const std::shared_ptr<const ClientSettings> settings_;
    SharedState<const DocumentFields> fields_;
};

} // namespace

HRESULT create_fax_document(std::shared_ptr<ServerConnection> connection,
                            std::shared_ptr<const ClientSettings> settings, std::string file_name,
                            VARIANT *out)
{
    auto fields = std::make_shared<DocumentFields>();
    fields->file_name = std::move(file_name);
    return FaxDocument::create_variant(out, std::move(connection), std::move(settings), std::move(fields));
}

} // namespace faxcom
